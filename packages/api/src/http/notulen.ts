import { uuidSchema } from '@tindak/shared';
import type { FastifyInstance } from 'fastify';
import { NotFoundError } from '../errors';
import { loadNotulen } from '../notulen/notulen-data';
import { authorizedRoutes, type ContextFor } from './authorized-route';

const formats = {
  pdf: { contentType: 'application/pdf', document: 'notulen-pdf' },
  docx: {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    document: 'notulen-docx',
  },
} as const;

/**
 * The official minutes of a meeting as a download: GET /api/rapat/:id/notulen.pdf or .docx.
 * Same rules as reading the meeting (`meetings.get`: the read permission and the caller's scope).
 */
export async function registerNotulenRoutes(app: FastifyInstance, contextFor: ContextFor) {
  const route = authorizedRoutes(app, contextFor);

  for (const extension of ['pdf', 'docx'] as const) {
    const format = formats[extension];
    route(`GET /api/rapat/:id/notulen.${extension}`, async (request, reply, ctx) => {
      if (!uuidSchema.safeParse(request.params.id).success) throw new NotFoundError('meetingNotFound', 'id');
      const notulen = await loadNotulen(ctx, request.params.id);
      const content = await app.documents.render({ kind: format.document, notulen });
      const fileName = `${notulen.fileBase}.${extension}`;
      return reply
        .header('content-type', format.contentType)
        .header('content-length', content.length)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .header(
          'content-disposition',
          `attachment; filename="${fileName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
        )
        .send(content);
    });
  }
}
