import {
  type Actor,
  type ItemHome,
  type MessageKey,
  mayAssignItem,
  mayChangeRecord,
  mayDecideItem,
  mayWorkOnItem,
  type RecordKind,
} from '@tindak/shared';
import type { Context, SessionUser } from '../context';
import { DomainError } from '../errors';
import { findHomeRegions } from '../repositories/home.repo';

/** The signed-in user as the shared write rules see them. */
export function actorOf(user: SessionUser): Actor {
  return {
    role: user.role,
    scopeRegion: user.scopeRegion,
    organizationId: user.organizationId,
    personId: user.personId,
  };
}

const refusal: Record<RecordKind, MessageKey> = {
  meeting: 'notOrganizerOfMeeting',
  proposal: 'notOwnerOfRecord',
  commitment: 'notOwnerOfRecord',
};

/**
 * The caller may change this meeting, proposal or commitment (see `mayChangeRecord`). Run it inside
 * the change's transaction, before anything is written; the system itself (seed, jobs) may always.
 * The caller can already read the record (callers check visibility first), so FORBIDDEN tells
 * them nothing new.
 */
export async function requireRecordAuthority(ctx: Context, kind: RecordKind, id: string): Promise<void> {
  if (!ctx.user) return;
  const home = await findHomeRegions(ctx.db, kind, id);
  if (!mayChangeRecord(actorOf(ctx.user), kind, home)) throw new DomainError('FORBIDDEN', refusal[kind]);
}

export type ItemAuthority = 'assign' | 'decide' | 'work';

const itemRules = {
  assign: [mayAssignItem, 'onlyHeadsOverOwner'],
  decide: [mayDecideItem, 'onlyHeadsOverOwner'],
  work: [mayWorkOnItem, 'notOwnerOfItem'],
} as const satisfies Record<ItemAuthority, readonly [(a: Actor, i: ItemHome) => boolean, MessageKey]>;

/** The caller may act on this (locked) action item in this way; the system itself may always. */
export function requireItemAuthority(ctx: Context, item: ItemHome, authority: ItemAuthority): void {
  if (!ctx.user) return;
  const [allowed, message] = itemRules[authority];
  if (!allowed(actorOf(ctx.user), item)) throw new DomainError('FORBIDDEN', message);
}
