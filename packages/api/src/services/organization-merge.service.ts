import type { organizationMergeInput } from '@tindak/shared';
import type { z } from 'zod';
import type { Context } from '../context';
import { BadRequestError, ConflictError, NotFoundError } from '../errors';
import { recordEvent } from '../events/record-event';
import { type LockedOffice, lockOffice, updateOffice } from '../repositories/organization-directory.repo';
import { moveOfficeReferences } from '../repositories/organization-merge.repo';
import { retireMergedDirectiveItems } from './directive-merge';
import { getDirectoryOffice, moveOfficeItems, requireOfficeKeeper } from './organization.service';

type Stale = { stale: 'keepId' | 'duplicateId' };

/**
 * Two records of one office become one: everything that names the duplicate (people, accounts,
 * meetings hosted and attended, proposals, commitments, action items and their hand-offs) moves to
 * the office kept, in one transaction with one event. The duplicate stays, deactivated, with
 * `merged_into` set, so old events and links that name it still lead somewhere (docs/decisions.md).
 * Both offices must be the caller's to keep; both are locked (in id order, so two merges of the
 * same pair cannot deadlock) and must still be at the versions the caller saw.
 */
export async function mergeOrganizations(ctx: Context, input: z.output<typeof organizationMergeInput>) {
  if (input.keepId === input.duplicateId) throw new BadRequestError('mergeSameOffice', 'duplicateId');
  const outcome = await ctx.db.transaction().execute(async (trx): Promise<Stale | { moved: number }> => {
    const locked = new Map<string, LockedOffice>();
    for (const id of [input.keepId, input.duplicateId].sort()) {
      const office = await lockOffice(trx, id);
      const field = id === input.keepId ? 'keepId' : 'duplicateId';
      if (!office) throw new NotFoundError('organizationNotFound', field);
      locked.set(id, office);
    }
    const keep = locked.get(input.keepId) as LockedOffice;
    const duplicate = locked.get(input.duplicateId) as LockedOffice;
    requireOfficeKeeper(ctx, keep);
    requireOfficeKeeper(ctx, duplicate);
    if (keep.version !== input.keepVersion) return { stale: 'keepId' };
    if (duplicate.version !== input.duplicateVersion) return { stale: 'duplicateId' };
    if (!keep.active) throw new BadRequestError('organizationInactive', 'keepId');
    if (duplicate.mergedInto) throw new BadRequestError('organizationMerged', 'duplicateId');

    const moved = await moveOfficeReferences(trx, duplicate.id, keep.id);
    await retireMergedDirectiveItems({ ...ctx, db: trx }, duplicate.id, keep.name);
    if (keep.regionCode !== duplicate.regionCode) {
      // The duplicate's indicators join the kept office's region, where their names must be free.
      await moveOfficeItems(trx, keep.id, keep.regionCode, 'keepId');
    }
    await updateOffice(trx, duplicate.id, { active: false, mergedInto: keep.id });
    await recordEvent(trx, ctx.actor, {
      aggregateType: 'organization',
      aggregateId: keep.id,
      eventType: 'OrganizationsMerged',
      payload: { duplicateId: duplicate.id, duplicateName: duplicate.name, moved },
    });
    return { moved: Object.values(moved).reduce((sum, n) => sum + n, 0) };
  });
  if ('stale' in outcome) {
    const id = outcome.stale === 'keepId' ? input.keepId : input.duplicateId;
    throw new ConflictError('staleVersion', await getDirectoryOffice(ctx, id), outcome.stale);
  }
  return { kept: await getDirectoryOffice(ctx, input.keepId), moved: outcome.moved };
}
