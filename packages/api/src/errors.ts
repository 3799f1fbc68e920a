import type { MessageKey } from '@tindak/shared';

export type DomainErrorCode =
  | 'BAD_REQUEST'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'PAYLOAD_TOO_LARGE'
  | 'TOO_MANY_REQUESTS';

/**
 * An error a person can act on. `message` is a key from the shared message catalogue; the tRPC
 * error formatter translates it into the caller's language.
 */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    readonly messageKey: MessageKey,
    /** The input field to show the message next to, e.g. `hostOrganizationId`. */
    readonly field?: string,
    /** For CONFLICT: the current state, so the client can show what changed. */
    readonly current?: unknown,
    /** Fills `{0}` in the message, e.g. the current status. */
    readonly param?: string | number,
  ) {
    super(messageKey);
    this.name = 'DomainError';
  }
}

export class NotFoundError extends DomainError {
  constructor(messageKey: MessageKey, field?: string) {
    super('NOT_FOUND', messageKey, field);
  }
}

export class ConflictError extends DomainError {
  constructor(messageKey: MessageKey, current?: unknown, field?: string) {
    super('CONFLICT', messageKey, field, current);
  }
}

export class BadRequestError extends DomainError {
  constructor(messageKey: MessageKey, field?: string, param?: string | number) {
    super('BAD_REQUEST', messageKey, field, undefined, param);
  }
}

/** PostgreSQL unique violation on a named constraint or index. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const e = error as { code?: string; constraint?: string };
  return e?.code === '23505' && (constraint === undefined || e.constraint === constraint);
}
