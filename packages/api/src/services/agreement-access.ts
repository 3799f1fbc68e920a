import { mayKeepAgreement } from '@tindak/shared';
import type { Context } from '../context';
import { DomainError, NotFoundError } from '../errors';
import { isAgreementVisible } from '../repositories/agreement.repo';
import { actorOf } from './authority';
import { scopeOf } from './scope';

/** An agreement outside the caller's scope is answered exactly like a missing one. */
export async function requireVisibleAgreement(ctx: Context, id: string, field = 'id'): Promise<void> {
  if (!(await isAgreementVisible(ctx.db, id, scopeOf(ctx))))
    throw new NotFoundError('agreementNotFound', field);
}

/** Whether the caller keeps agreements of an office in this region; the system itself always does. */
export function keepsAgreement(ctx: Context, keeperRegion: string | null): boolean {
  return !ctx.user || mayKeepAgreement(actorOf(ctx.user), keeperRegion);
}

/**
 * The caller may change an agreement kept by an office in this region (see `mayKeepAgreement`).
 * Callers check visibility first, so FORBIDDEN tells them nothing new.
 */
export function requireAgreementKeeper(ctx: Context, keeperRegion: string | null, field?: string): void {
  if (!keepsAgreement(ctx, keeperRegion)) throw new DomainError('FORBIDDEN', 'notKeeperOfAgreement', field);
}
