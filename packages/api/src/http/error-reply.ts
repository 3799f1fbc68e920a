import { type Language, type MessageKey, messageRef, statusLabel, translateMessage } from '@tindak/shared';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../errors';
import { pickLanguage } from './language';

const statusOf: Record<string, number> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  TOO_MANY_REQUESTS: 429,
  INTERNAL_SERVER_ERROR: 500,
};
const codeOf = (status: number) =>
  Object.keys(statusOf).find((code) => statusOf[code] === status) ?? 'BAD_REQUEST';

/** The language of the context a route resolved (the user's own), for errors thrown after it. */
const resolvedLanguages = new WeakMap<FastifyRequest, Language>();

export function rememberLanguage(request: FastifyRequest, lang: Language) {
  resolvedLanguages.set(request, lang);
}

function languageOf(request: FastifyRequest): Language {
  return resolvedLanguages.get(request) ?? pickLanguage(request.headers);
}

/** Every plain HTTP error has this one shape, as the web reads it: `{ error: { code, message, field } }`. */
export function replyWithMessage(
  reply: FastifyReply,
  status: number,
  message: string,
  field: string | null = null,
) {
  return reply.code(status).send({ error: { code: codeOf(status), message, field } });
}

/** A message from the catalogue, in the language of the request. */
export function translated(request: FastifyRequest, key: MessageKey) {
  return translateMessage(key, languageOf(request));
}

/**
 * A domain error: its status, and its message in the caller's language with the field it
 * concerns, as tRPC errors carry them (a status parameter named as the interface names it).
 */
function replyWithDomainError(reply: FastifyReply, lang: Language, error: DomainError) {
  const shown = typeof error.param === 'string' ? statusLabel(error.param, lang) : error.param;
  const message = translateMessage(messageRef(error.messageKey, shown), lang);
  return replyWithMessage(reply, statusOf[error.code] ?? 400, message, error.field ?? null);
}

/**
 * The one place a failed plain HTTP request becomes an answer (the server's error handler, and its
 * handler for malformed URLs). A client sees a translated message and never internals (SQL,
 * stacks, library messages): those go to the server log only.
 */
export function replyToError(
  error: Error & { statusCode?: number },
  request: FastifyRequest,
  reply: FastifyReply,
) {
  const lang = languageOf(request);
  if (error instanceof DomainError) return replyWithDomainError(reply, lang, error);
  // Fastify's own refusals (a malformed URL, body or media type, a body too large, a failed
  // schema validation) keep their status, with a message of ours.
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    request.log.info({ err: error }, 'request refused');
    return replyWithMessage(reply, status, translateMessage('invalidInput', lang));
  }
  request.log.error({ err: error }, 'request failed');
  return replyWithMessage(reply, 500, translateMessage('internalError', lang));
}

export function registerErrorReplies(app: FastifyInstance) {
  app.setErrorHandler(replyToError);
}

/** Unknown paths: the same shape as every other error, with a message a person can read. */
export function replyNotFound(request: FastifyRequest, reply: FastifyReply) {
  return replyWithMessage(reply, 404, translated(request, 'pageNotFound'));
}
