import { type FieldIssue, localizeIssues, messageRef, statusLabel, translateMessage } from '@tindak/shared';
import { initTRPC, TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import { requireRule } from './authorize';
import type { Context, SessionUser } from './context';
import { DomainError } from './errors';
import { procedurePolicy } from './policy-table';

export interface ErrorData {
  /** Field-level problems, each with a dotted path and a message in the caller's language. */
  issues?: FieldIssue[];
  /** For CONFLICT: the record as it is now. */
  current?: unknown;
}

const t = initTRPC.context<Context>().create({
  // Live updates (server-sent events): a ping keeps proxies from closing a quiet stream, and the
  // client reconnects (resuming from its last event id) if it hears nothing for a while.
  sse: {
    ping: { enabled: true, intervalMs: 15_000 },
    client: { reconnectAfterInactivityMs: 40_000 },
  },
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

/**
 * Looks the procedure up in the policy table: unlisted procedures are refused (deny by default),
 * anonymous callers of protected ones get UNAUTHORIZED, roles without the permission FORBIDDEN
 * (recorded as a PermissionDenied event).
 */
const policy = t.middleware(async ({ ctx, path, next }) => {
  const rule = procedurePolicy[path];
  if (rule === undefined) throw new DomainError('FORBIDDEN', 'forbidden');
  if (rule === 'public') return next();
  const user = await requireRule(ctx, rule, path);
  return next({ ctx: { ...ctx, actor: { id: user.id } } });
});

/** Narrows the context: a protected handler can never see a missing user. */
const signedIn = t.middleware(({ ctx, next }) => {
  if (!ctx.user) throw new DomainError('UNAUTHORIZED', 'notSignedIn');
  return next({ ctx: { ...ctx, user: ctx.user as SessionUser } });
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure.use(domainErrors).use(policy);
export const protectedProcedure = publicProcedure.use(signedIn);
