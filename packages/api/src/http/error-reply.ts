import { messageRef, translateMessage } from '@tindak/shared';
import type { FastifyReply } from 'fastify';
import type { Context } from '../context';
import type { DomainError } from '../errors';

const statusOf: Record<string, number> = {
  NOT_FOUND: 404,
  CONFLICT: 409,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  TOO_MANY_REQUESTS: 429,
};

/**
 * A domain error as the plain HTTP routes (files, exports, minutes) answer it: the status, and the
 * message in the caller's language with the field it concerns, as tRPC errors carry them.
 */
export function replyWithDomainError(reply: FastifyReply, lang: Context['lang'], error: DomainError) {
  const message = translateMessage(messageRef(error.messageKey, error.param), lang);
  return reply
    .code(statusOf[error.code] ?? 400)
    .send({ error: { code: error.code, message, field: error.field ?? null } });
}
