import { uuidSchema } from '@tindak/shared';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { NotFoundError } from '../errors';
import { loadDispositionSheet } from '../letters/disposition-data';
import { loadInvitationLetter } from '../letters/invitation-data';
import { authorizedRoutes, type ContextFor } from './authorized-route';

const contentTypes = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

function sendDocument(reply: FastifyReply, content: Uint8Array, extension: 'pdf' | 'docx', base: string) {
  const fileName = `${base}.${extension}`;
  return reply
    .header('content-type', contentTypes[extension])
    .header('content-length', content.length)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .header(
      'content-disposition',
      `attachment; filename="${fileName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    )
    .send(content);
}

/**
 * Official letters (issue 19) as downloads, with the rules of reading their record:
 * GET /api/rapat/:id/undangan.pdf and .docx (the surat undangan of a scheduled, numbered meeting;
 * 409 with a message otherwise), GET /api/tindak-lanjut/:id/disposisi.pdf (the lembar disposisi).
 */
export async function registerLetterRoutes(app: FastifyInstance, contextFor: ContextFor) {
  const route = authorizedRoutes(app, contextFor);

  for (const extension of ['pdf', 'docx'] as const) {
    route(`GET /api/rapat/:id/undangan.${extension}`, async (request, reply, ctx) => {
      if (!uuidSchema.safeParse(request.params.id).success) throw new NotFoundError('meetingNotFound', 'id');
      const letter = await loadInvitationLetter(ctx, request.params.id);
      const content = await app.documents.render({ kind: `undangan-${extension}`, letter });
      return sendDocument(reply, content, extension, letter.fileBase);
    });
  }

  route('GET /api/tindak-lanjut/:id/disposisi.pdf', async (request, reply, ctx) => {
    if (!uuidSchema.safeParse(request.params.id).success) throw new NotFoundError('actionItemNotFound', 'id');
    const sheet = await loadDispositionSheet(ctx, request.params.id);
    const content = await app.documents.render({ kind: 'disposisi-pdf', sheet });
    return sendDocument(reply, content, 'pdf', sheet.fileBase);
  });
}
