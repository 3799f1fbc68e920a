import { can } from '@tindak/shared';
import type { Context, SessionUser } from './context';
import { DomainError } from './errors';
import { recordEvent } from './events/record-event';
import type { RouteRule } from './policy-table';

/**
 * Applies a protected rule from the policy table to the caller, for tRPC procedures and plain HTTP
 * routes alike: anonymous callers get UNAUTHORIZED, roles without the permission FORBIDDEN,
 * recorded as a PermissionDenied event naming what was refused (`subject`). Returns the user.
 */
export async function requireRule(
  ctx: Context,
  rule: Exclude<RouteRule, 'public'>,
  subject: string,
): Promise<SessionUser> {
  const user = ctx.user;
  if (!user) throw new DomainError('UNAUTHORIZED', 'notSignedIn');
  if (rule === 'signedIn') return user;
  const needed = typeof rule === 'string' ? [rule] : rule;
  if (needed.some((permission) => can(user.role, permission))) return user;
  await ctx.db.transaction().execute((trx) =>
    recordEvent(
      trx,
      { id: user.id },
      {
        aggregateType: 'user',
        aggregateId: user.id,
        eventType: 'PermissionDenied',
        payload: { procedure: subject, role: user.role },
      },
    ),
  );
  throw new DomainError('FORBIDDEN', 'forbidden');
}
