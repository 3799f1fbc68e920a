import { can, uuidSchema } from '@tindak/shared';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Context } from '../context';
import { DomainError } from '../errors';
import { loadNotulen } from '../notulen/notulen-data';
import { renderNotulenDocx } from '../notulen/notulen-docx';
import { renderNotulenPdf } from '../notulen/notulen-pdf';
import { replyWithDomainError } from './error-reply';

const formats = {
  pdf: { contentType: 'application/pdf', render: renderNotulenPdf },
  docx: {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    render: renderNotulenDocx,
  },
} as const;

/**
 * The official minutes of a meeting as a download: GET /api/rapat/:id/notulen.pdf or .docx.
 * Same rules as reading the meeting (`meetings.get`: the read permission and the caller's scope).
 */
export async function registerNotulenRoutes(
  app: FastifyInstance,
  contextFor: (request: FastifyRequest, reply: FastifyReply) => Promise<Context>,
) {
  const fail = replyWithDomainError;

  for (const [extension, format] of Object.entries(formats)) {
    app.get<{ Params: { id: string } }>(`/api/rapat/:id/notulen.${extension}`, async (request, reply) => {
      const ctx = await contextFor(request, reply);
      if (!ctx.user) return fail(reply, ctx.lang, new DomainError('UNAUTHORIZED', 'notSignedIn'));
      if (!can(ctx.user.role, 'read'))
        return fail(reply, ctx.lang, new DomainError('FORBIDDEN', 'forbidden'));
      if (!uuidSchema.safeParse(request.params.id).success) {
        return fail(reply, ctx.lang, new DomainError('NOT_FOUND', 'meetingNotFound', 'id'));
      }
      try {
        const notulen = await loadNotulen(ctx, request.params.id);
        const content = await format.render(notulen);
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
      } catch (error) {
        if (error instanceof DomainError) return fail(reply, ctx.lang, error);
        throw error;
      }
    });
  }
}
