import { uuidSchema } from '@tindak/shared';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { renderFeed, renderMeeting } from '../calendar/calendar.service';
import type { Context } from '../context';
import { DomainError } from '../errors';

const ICS_TYPE = 'text/calendar; charset=utf-8';
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * GET /api/kalender/<token>.ics: a user's private feed; the token is the credential (no cookie, as
 * calendar apps have none). GET /api/rapat/<id>/rapat.ics: one meeting, for a signed-in user.
 */
export async function registerCalendarRoutes(
  app: FastifyInstance,
  contextFor: (request: FastifyRequest, reply: FastifyReply) => Promise<Context>,
) {
  app.get<{ Params: { file: string } }>('/api/kalender/:file', async (request, reply) => {
    const token = request.params.file.replace(/\.ics$/, '');
    const ctx = await contextFor(request, reply);
    const body = TOKEN.test(token) ? await renderFeed(ctx, token) : null;
    if (body === null) return reply.code(404).send({ error: 'Not Found' });
    return reply
      .type(ICS_TYPE)
      .header('cache-control', 'private, no-store')
      .header('referrer-policy', 'no-referrer')
      .send(body);
  });

  app.get<{ Params: { id: string } }>('/api/rapat/:id/rapat.ics', async (request, reply) => {
    const ctx = await contextFor(request, reply);
    if (!ctx.user) return reply.code(401).send({ error: { code: 'UNAUTHORIZED' } });
    if (!uuidSchema.safeParse(request.params.id).success) return reply.code(404).send({ error: 'Not Found' });
    try {
      const body = await renderMeeting(ctx, request.params.id);
      return reply
        .type(ICS_TYPE)
        .header('cache-control', 'private, no-store')
        .header('content-disposition', 'attachment; filename="rapat.ics"')
        .send(body);
    } catch (error) {
      if (error instanceof DomainError && error.code === 'NOT_FOUND') {
        return reply.code(404).send({ error: 'Not Found' });
      }
      throw error;
    }
  });
}
