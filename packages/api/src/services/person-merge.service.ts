import type { personMergeInput } from '@tindak/shared';
import type { z } from 'zod';
import type { Context } from '../context';
import { BadRequestError, ConflictError, NotFoundError } from '../errors';
import { recordEvent } from '../events/record-event';
import { type LockedPerson, lockPerson, updatePerson } from '../repositories/people-directory.repo';
import { movePersonReferences } from '../repositories/person-merge.repo';
import { getDirectoryPerson, requirePersonKeeper } from './people-directory.service';

type Stale = { stale: 'keepId' | 'duplicateId' };

/**
 * Two records of one person become one: every participation, item, hand-off, commitment and the
 * account that name the duplicate move to the person kept, in one transaction with one event. The
 * duplicate stays with `merged_into` set, so old events and links that name it still lead
 * somewhere (as for offices, docs/decisions.md). Both must be the caller's to keep; both are locked
 * in id order (two merges of the same pair cannot deadlock) and must be at the versions seen.
 *
 * Accounts: every account is a person (users.person_id is unique). When both records have one,
 * the merge is refused: two accounts cannot be one person, and choosing which sign-in survives is
 * not a directory keeper's call. When only the duplicate has one, the account moves with the rest
 * (refusing would leave that duplicate unmergeable for good, since accounts are never deleted): it
 * is the same human, and their sign-in should carry the meetings and items of both records. The
 * account keeps its name and office; the person kept takes the office, as when an account is
 * linked to a person (`createAccount`), with `PersonChangedWithAccount`.
 */
export async function mergePeople(ctx: Context, input: z.output<typeof personMergeInput>) {
  if (input.keepId === input.duplicateId) throw new BadRequestError('mergeSamePerson', 'duplicateId');
  const outcome = await ctx.db.transaction().execute(async (trx): Promise<Stale | { moved: number }> => {
    const locked = new Map<string, LockedPerson>();
    for (const id of [input.keepId, input.duplicateId].sort()) {
      const person = await lockPerson(trx, id);
      const field = id === input.keepId ? 'keepId' : 'duplicateId';
      if (!person) throw new NotFoundError('personNotFound', field);
      locked.set(id, person);
    }
    const keep = locked.get(input.keepId) as LockedPerson;
    const duplicate = locked.get(input.duplicateId) as LockedPerson;
    requirePersonKeeper(ctx, keep);
    requirePersonKeeper(ctx, duplicate);
    if (keep.version !== input.keepVersion) return { stale: 'keepId' };
    if (duplicate.version !== input.duplicateVersion) return { stale: 'duplicateId' };
    if (keep.mergedInto) throw new BadRequestError('personMerged', 'keepId');
    if (duplicate.mergedInto) throw new BadRequestError('personMerged', 'duplicateId');
    if (keep.userId && duplicate.userId) throw new BadRequestError('mergeTwoAccounts', 'duplicateId');
    // A NIP is one civil servant's: two different ones are two people, whatever their names.
    if (keep.nip && duplicate.nip && keep.nip !== duplicate.nip) {
      throw new BadRequestError('mergeTwoNips', 'duplicateId');
    }

    const moved = await movePersonReferences(trx, duplicate.id, keep.id);
    // What the duplicate knew and the kept record lacks is kept too; the NIP leaves the duplicate
    // first (it is unique), so an import matching by NIP finds the person kept.
    const tookOver = {
      ...(duplicate.nip && !keep.nip ? { nip: duplicate.nip } : {}),
      ...(duplicate.position && !keep.position ? { position: duplicate.position } : {}),
    };
    await updatePerson(trx, duplicate.id, { mergedInto: keep.id, ...(tookOver.nip ? { nip: null } : {}) });
    if (Object.keys(tookOver).length > 0) await updatePerson(trx, keep.id, tookOver);
    await recordEvent(trx, ctx.actor, {
      aggregateType: 'person',
      aggregateId: keep.id,
      eventType: 'PeopleMerged',
      payload: {
        duplicateId: duplicate.id,
        duplicateName: duplicate.fullName,
        moved,
        ...(Object.keys(tookOver).length > 0
          ? { tookOver: Object.keys(tookOver) as ('nip' | 'position')[] }
          : {}),
      },
    });
    const account = duplicate.userId && duplicate.accountOrganizationId;
    if (duplicate.userId && account && keep.organizationId !== account) {
      await updatePerson(trx, keep.id, { organizationId: account });
      await recordEvent(trx, ctx.actor, {
        aggregateType: 'person',
        aggregateId: keep.id,
        eventType: 'PersonChangedWithAccount',
        payload: { userId: duplicate.userId, organizationId: { from: keep.organizationId, to: account } },
      });
    }
    return { moved: Object.values(moved).reduce((sum, n) => sum + n, 0) };
  });
  if ('stale' in outcome) {
    const id = outcome.stale === 'keepId' ? input.keepId : input.duplicateId;
    throw new ConflictError('staleVersion', await getDirectoryPerson(ctx, id), outcome.stale);
  }
  return { kept: await getDirectoryPerson(ctx, input.keepId), moved: outcome.moved };
}
