import type { MessageKey } from '@tindak/shared';
import type { Context } from '../context';
import { NotFoundError } from '../errors';
import { isVisible, type ScopedKind } from '../repositories/scope';

/**
 * The region the caller sees; null means everything (the system itself, or a user whose office
 * has no region).
 */
export function scopeOf(ctx: Context): string | null {
  return ctx.user ? ctx.user.scopeRegion : null;
}

/** The NOT_FOUND message for each kind of scoped record. */
export const notFound: Record<ScopedKind, MessageKey> = {
  meeting: 'meetingNotFound',
  proposal: 'proposalNotFound',
  commitment: 'commitmentNotFound',
  actionItem: 'actionItemNotFound',
};

/** Object-level check: a record outside the caller's scope is answered exactly like a missing one. */
export async function requireVisible(
  ctx: Context,
  kind: ScopedKind,
  id: string,
  field = 'id',
): Promise<void> {
  if (!(await isVisible(ctx.db, kind, id, scopeOf(ctx)))) throw new NotFoundError(notFound[kind], field);
}

/** What someone creates must land within their own scope (or they could not see it afterwards). */
export async function requireWithinScope(
  ctx: Context,
  kind: ScopedKind,
  id: string,
  field: string,
): Promise<void> {
  if (!(await isVisible(ctx.db, kind, id, scopeOf(ctx))))
    throw new NotFoundError('organizationNotFound', field);
}
