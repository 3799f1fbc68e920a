import multipart from '@fastify/multipart';
import { uuidSchema } from '@tindak/shared';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { BadRequestError, DomainError, NotFoundError } from '../errors';
import { canReadFile, MAX_FILE_BYTES, readFile, storeFile } from '../services/file.service';
import { authorizedRoutes, type ContextFor } from './authorized-route';

/**
 * What reading the multipart body can fail with is the client's upload (too large, not multipart,
 * cut off, malformed), answered with a message naming the field rather than a server error.
 */
function uploadError(error: unknown): DomainError {
  if (error instanceof DomainError) return error;
  const code = (error as { code?: string } | null)?.code;
  if (code === 'FST_REQ_FILE_TOO_LARGE')
    return new BadRequestError('fileTooLarge', 'file', MAX_FILE_BYTES / 1024 / 1024);
  if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') return new BadRequestError('required', 'file');
  return new BadRequestError('uploadUnreadable', 'file');
}

/** The form's file, if it has one. */
async function readUpload(request: FastifyRequest) {
  try {
    const part = await request.file();
    return part && { fileName: part.filename, content: await part.toBuffer() };
  } catch (error) {
    throw uploadError(error);
  }
}

/** Types shown in the page rather than downloaded; never SVG or HTML, which can carry script. */
const inlineTypes = new Set(['image/png', 'image/jpeg', 'image/webp', 'application/pdf']);

/**
 * Uploads go over plain multipart HTTP (tRPC carries JSON): POST /api/files returns the stored
 * file's id, which a tRPC mutation then attaches to a meeting or an item's evidence.
 */
export async function registerFileRoutes(app: FastifyInstance, contextFor: ContextFor) {
  await app.register(multipart, { limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 5 } });
  const route = authorizedRoutes(app, contextFor);

  route('POST /api/files', async (request, reply, ctx) => {
    const upload = await readUpload(request);
    if (!upload) throw new BadRequestError('required', 'file');
    return reply.code(201).send(await storeFile(ctx, upload.fileName, upload.content));
  });

  route('GET /api/files/:id', async (request, reply, ctx) => {
    if (!uuidSchema.safeParse(request.params.id).success || !(await canReadFile(ctx, request.params.id))) {
      throw new NotFoundError('fileNotFound', 'id');
    }
    const file = await readFile(ctx, request.params.id);
    // `?inline=1` asks to show the file in the page (an image, a PDF in a frame); only types a
    // browser shows without running anything are ever inline. Anything else downloads.
    const inline =
      (request.query as { inline?: unknown }).inline === '1' && inlineTypes.has(file.contentType);
    const name = `filename*=UTF-8''${encodeURIComponent(file.fileName)}`;
    if (inline) {
      // Our own pages may frame it (the PDF preview); it may load nothing and run nothing.
      reply.header(
        'content-security-policy',
        "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'",
      );
      reply.header('x-frame-options', 'SAMEORIGIN');
    }
    return reply
      .header('content-type', file.contentType)
      .header('content-length', file.sizeBytes)
      .header('x-content-type-options', 'nosniff')
      .header('content-disposition', `${inline ? 'inline' : 'attachment'}; ${name}`)
      .send(file.content);
  });
}
