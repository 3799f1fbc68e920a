import { type FieldIssue, localizeIssues, messageRef, statusLabel, translateMessage } from '@tindak/shared';
import { initTRPC, TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import type { Context } from './context';
import { DomainError } from './errors';

export interface ErrorData {
  /** Field-level problems, each with a dotted path and a message in the caller's language. */
  issues?: FieldIssue[];
  /** For CONFLICT: the record as it is now. */
  current?: unknown;
}

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error, ctx }) {
    const lang = ctx?.lang ?? 'id';
    const data: typeof shape.data & ErrorData = { ...shape.data };
    delete data.stack;
    let message = shape.message;
    if (error.cause instanceof ZodError) {
      data.issues = localizeIssues(error.cause.issues, lang);
      message = data.issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join(' ');
    } else if (error.cause instanceof DomainError) {
      const { messageKey, param } = error.cause;
      const shown = typeof param === 'string' ? statusLabel(param, lang) : param;
      message = translateMessage(messageRef(messageKey, shown), lang);
      if (error.cause.field) data.issues = [{ path: error.cause.field, message }];
      if (error.cause.current !== undefined) data.current = error.cause.current;
    } else if (error.code === 'INTERNAL_SERVER_ERROR') {
      // Never leak internals (SQL, stack) to the client; the server log has the details.
      message = translateMessage('internalError', lang);
    }
    return { ...shape, message, data };
  },
});

/** Turns domain errors thrown by services into tRPC errors with the matching code. */
const domainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof DomainError) {
    const cause = result.error.cause;
    throw new TRPCError({ code: cause.code, message: cause.messageKey, cause });
  }
  return result;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure.use(domainErrors);
