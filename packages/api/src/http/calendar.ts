import { uuidSchema } from '@tindak/shared';
import type { FastifyInstance } from 'fastify';
import { renderFeed, renderMeeting } from '../calendar/calendar.service';
import { NotFoundError } from '../errors';
import { authorizedRoutes, type ContextFor } from './authorized-route';

const ICS_TYPE = 'text/calendar; charset=utf-8';
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * GET /api/kalender/<token>.ics: a user's private feed; the token is the credential (no cookie, as
 * calendar apps have none). GET /api/rapat/<id>/rapat.ics: one meeting, for a signed-in user.
 */
export async function registerCalendarRoutes(app: FastifyInstance, contextFor: ContextFor) {
  const route = authorizedRoutes(app, contextFor);

  route('GET /api/kalender/:file', async (request, reply, ctx) => {
    const token = request.params.file.replace(/\.ics$/, '');
    const body = TOKEN.test(token) ? await renderFeed(ctx, token) : null;
    if (body === null) throw new NotFoundError('pageNotFound');
    return reply
      .type(ICS_TYPE)
      .header('cache-control', 'private, no-store')
      .header('referrer-policy', 'no-referrer')
      .send(body);
  });

  route('GET /api/rapat/:id/rapat.ics', async (request, reply, ctx) => {
    if (!uuidSchema.safeParse(request.params.id).success) throw new NotFoundError('meetingNotFound', 'id');
    const body = await renderMeeting(ctx, request.params.id);
    return reply
      .type(ICS_TYPE)
      .header('cache-control', 'private, no-store')
      .header('content-disposition', 'attachment; filename="rapat.ics"')
      .send(body);
  });
}
