import multipart from '@fastify/multipart';
import { can, uuidSchema } from '@tindak/shared';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Context } from '../context';
import { DomainError } from '../errors';
import { canReadFile, MAX_FILE_BYTES, readFile, storeFile } from '../services/file.service';
import { replyWithDomainError } from './error-reply';

/**
 * Uploads go over plain multipart HTTP (tRPC carries JSON): POST /api/files returns the stored
 * file's id, which a tRPC mutation then attaches to a meeting or an item's evidence.
 */
export async function registerFileRoutes(
  app: FastifyInstance,
  contextFor: (request: FastifyRequest, reply: FastifyReply) => Promise<Context>,
) {
  await app.register(multipart, { limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 5 } });

  const fail = (reply: FastifyReply, lang: Context['lang'], error: unknown) => {
    if (error instanceof DomainError) return replyWithDomainError(reply, lang, error);
    throw error;
  };

  app.post('/api/files', async (request, reply) => {
    const ctx = await contextFor(request, reply);
    const lang = ctx.lang;
    if (!ctx.user) return fail(reply, lang, new DomainError('UNAUTHORIZED', 'notSignedIn'));
    // Files are attached to meetings (secretariat, heads) or submitted as evidence (staff, heads).
    if (!can(ctx.user.role, 'meeting.write') && !can(ctx.user.role, 'actionItem.work')) {
      return fail(reply, lang, new DomainError('FORBIDDEN', 'forbidden'));
    }
    try {
      const part = await request.file();
      if (!part) return fail(reply, lang, new DomainError('BAD_REQUEST', 'required', 'file'));
      const content = await part.toBuffer().catch((error: { code?: string }) => {
        if (error.code === 'FST_REQ_FILE_TOO_LARGE') {
          throw new DomainError(
            'BAD_REQUEST',
            'fileTooLarge',
            'file',
            undefined,
            MAX_FILE_BYTES / 1024 / 1024,
          );
        }
        throw error;
      });
      return reply.code(201).send(await storeFile(ctx, part.filename, content));
    } catch (error) {
      if ((error as { code?: string }).code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') {
        return fail(reply, lang, new DomainError('BAD_REQUEST', 'required', 'file'));
      }
      return fail(reply, lang, error);
    }
  });

  app.get<{ Params: { id: string } }>('/api/files/:id', async (request, reply) => {
    const ctx = await contextFor(request, reply);
    const lang = ctx.lang;
    if (!ctx.user) return fail(reply, lang, new DomainError('UNAUTHORIZED', 'notSignedIn'));
    if (!uuidSchema.safeParse(request.params.id).success || !(await canReadFile(ctx, request.params.id))) {
      return fail(reply, lang, new DomainError('NOT_FOUND', 'fileNotFound', 'id'));
    }
    try {
      const file = await readFile(ctx, request.params.id);
      return reply
        .header('content-type', file.contentType)
        .header('content-length', file.sizeBytes)
        .header('x-content-type-options', 'nosniff')
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
        .send(file.content);
    } catch (error) {
      return fail(reply, lang, error);
    }
  });
}
