import type { Database } from '@tindak/db';
import {
  allowedActions,
  type CommitmentDetail,
  type CommitmentListOutput,
  commitmentActionNeeds,
  type commitmentCreateInput,
  type commitmentListInput,
  commitmentStatusMachine,
  type commitmentTransitionInput,
  type commitmentUpdateInput,
  DEFAULT_TIME_ZONE,
  isFinal,
  todayIn,
} from '@tindak/shared';
import type { z } from 'zod';
import type { Context, SessionUser } from '../context';
import { BadRequestError, ConflictError, NotFoundError } from '../errors';
import { recordEvent } from '../events/record-event';
import {
  addRegions,
  type CommitmentValues,
  findCommitmentIdByKey,
  findCommitmentRow,
  findCommitmentSources,
  findCommitmentSummary,
  insertCommitment,
  listCommitmentParties,
  listCommitments as listCommitmentRows,
  listRegionCodes,
  lockCommitment,
  removeRegions,
  updateCommitmentIfVersion,
} from '../repositories/commitment.repo';
import { addFollower, isFollowing, removeFollower } from '../repositories/commitment-follower.repo';
import { listProposalIds, replaceProposalLinks } from '../repositories/commitment-proposal.repo';
import { listEventsFor } from '../repositories/event.repo';
import { findHomeRegions } from '../repositories/home.repo';
import { findMeetingRow } from '../repositories/meeting.repo';
import { earliestMeetingDay } from '../repositories/meeting-day.repo';
import { organizationRegions } from '../repositories/organization.repo';
import { findPeople } from '../repositories/person.repo';
import { existingRegionCodes } from '../repositories/region.repo';
import { agreementLinkOf, shownAgreementLink } from './agreement-link';
import { requireRecordAuthority } from './authority';
import { changedFields } from './changes';
import { keptProposals, shownProposals } from './commitment-proposals';
import { createdCursor } from './cursor';
import { diffLinks, unique } from './id-sets';
import { createOnce } from './idempotent';
import { linkPayload, resolveIndicatorLink, shownIndicatorLink } from './indicator-link';
import { readableAmong, relinkOne, shownLink, withReadableMeetings } from './linked-records';
import { requireVisible, requireWithinScope, scopeOf } from './scope';
import { requireTransition } from './transitions';

type ListInput = z.output<typeof commitmentListInput>;
type CreateInput = z.output<typeof commitmentCreateInput>;
type UpdateInput = z.output<typeof commitmentUpdateInput>;
type TransitionInput = z.output<typeof commitmentTransitionInput>;

export async function listCommitments(ctx: Context, input: ListInput): Promise<CommitmentListOutput> {
  const cursor = input.cursor ? createdCursor.decode(input.cursor) : null;
  // Due dates are calendar days in WIB, so "overdue" starts at midnight Jakarta time.
  const today = todayIn(DEFAULT_TIME_ZONE);
  const { overdueOnly, ...filter } = input;
  const rows = await listCommitmentRows(
    ctx.db,
    { ...filter, overdueBefore: overdueOnly ? today : undefined, scopeRegion: scopeOf(ctx) },
    cursor,
    input.limit,
    today,
  );
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: await withReadableMeetings(
      ctx,
      page.map((row) => row.summary),
    ),
    nextCursor:
      rows.length > input.limit && last ? createdCursor.encode([last.key.createdAt, last.key.id]) : null,
  };
}

/** Who has promised something the caller can see: the tracker's party filter. */
export function listParties(ctx: Context) {
  return listCommitmentParties(ctx.db, scopeOf(ctx));
}

export async function getCommitment(ctx: Context, id: string): Promise<CommitmentDetail> {
  await requireVisible(ctx, 'commitment', id);
  const [summary, row] = await Promise.all([
    findCommitmentSummary(ctx.db, id, todayIn(DEFAULT_TIME_ZONE)),
    findCommitmentRow(ctx.db, id),
  ]);
  if (!summary || !row) throw new NotFoundError('commitmentNotFound', 'id');
  const [sources, history, following, readableMeetings, proposals, home] = await Promise.all([
    findCommitmentSources(ctx.db, row),
    listEventsFor(ctx.db, 'commitment', id),
    ctx.user ? isFollowing(ctx.db, id, ctx.user.id) : Promise.resolve(false),
    readableAmong(ctx, 'meeting', [row.meetingId]),
    shownProposals(ctx, id),
    findHomeRegions(ctx.db, 'commitment', id),
  ]);
  return {
    ...summary,
    description: row.description,
    evidence: row.evidence,
    meeting: shownLink(sources.meeting, readableMeetings),
    proposal: proposals[0] ?? null,
    proposals,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    allowedActions: allowedActions(commitmentStatusMachine, row.status),
    homeRegionCodes: [...home],
    history,
    following,
    indicator: await shownIndicatorLink(ctx, row),
    agreement: await shownAgreementLink(ctx, row.agreementId),
  };
}

/** Follow a commitment to be told when its status changes (or stop). Any reader in scope may. */
export async function followCommitment(ctx: Context, user: SessionUser, id: string, follow: boolean) {
  await requireVisible(ctx, 'commitment', id);
  if (follow) await addFollower(ctx.db, id, user.id);
  else await removeFollower(ctx.db, id, user.id);
  return { following: follow };
}

/** Every id the commitment names must exist; an unknown one is reported on its own field. */
async function assertReferences(db: Database, input: CreateInput | UpdateInput) {
  const offices = await organizationRegions(db, [
    input.committedByOrganizationId,
    ...(input.ownerOrganizationId ? [input.ownerOrganizationId] : []),
  ]);
  if (!offices.has(input.committedByOrganizationId)) {
    throw new NotFoundError('organizationNotFound', 'committedByOrganizationId');
  }
  if (input.ownerOrganizationId && !offices.has(input.ownerOrganizationId)) {
    throw new NotFoundError('organizationNotFound', 'ownerOrganizationId');
  }
  const people = await findPeople(
    db,
    [input.committedByPersonId, input.ownerPersonId].filter((id): id is string => id !== null),
  );
  if (input.committedByPersonId && !people.has(input.committedByPersonId)) {
    throw new NotFoundError('personNotFound', 'committedByPersonId');
  }
  if (input.ownerPersonId && !people.has(input.ownerPersonId)) {
    throw new NotFoundError('personNotFound', 'ownerPersonId');
  }
  const regions = await existingRegionCodes(db, input.regionCodes);
  input.regionCodes.forEach((code, index) => {
    if (!regions.has(code)) throw new NotFoundError('regionNotFound', `regionCodes.${index}`);
  });
  if (input.meetingId && !(await findMeetingRow(db, input.meetingId))) {
    throw new NotFoundError('meetingNotFound', 'meetingId');
  }
}

/**
 * The meeting and proposals a commitment comes from: records the caller may read, or the hidden
 * ones it already had (see `relinkOne`, `keptProposals`). `proposalId` is the first proposal.
 */
async function keptSources(
  ctx: Context,
  input: CreateInput | UpdateInput,
  before: { meetingId: string | null; proposalIds: readonly string[] } | null,
) {
  const meetingId = await relinkOne(ctx, 'meeting', before?.meetingId ?? null, input.meetingId, 'meetingId');
  const proposalIds = await keptProposals(ctx, input, before?.proposalIds ?? []);
  return { meetingId, proposalIds, proposalId: proposalIds[0] ?? null };
}

/** `madeOn` is the day given, or the one already known (the stored day, or the meeting's / today). */
function commitmentValues(input: CreateInput | UpdateInput, madeOn: string): CommitmentValues {
  return {
    title: input.title,
    description: input.description,
    committedByOrganizationId: input.committedByOrganizationId,
    committedByPersonId: input.committedByPersonId,
    dueOn: input.dueOn,
    ownerOrganizationId: input.ownerOrganizationId,
    ownerPersonId: input.ownerPersonId,
    meetingId: input.meetingId,
    proposalId: input.proposalId,
    isPublic: input.isPublic,
    madeOn: input.madeOn ?? madeOn,
  };
}

/**
 * The region an indicator link defaults to: the promise's first region, else its owner office's
 * (issue 18); null for a promise tied to neither.
 */
async function linkRegion(db: Database, input: CreateInput | UpdateInput): Promise<string | null> {
  const first = input.regionCodes[0];
  if (first) return first;
  if (!input.ownerOrganizationId) return null;
  return (await organizationRegions(db, [input.ownerOrganizationId])).get(input.ownerOrganizationId) ?? null;
}

/** A new promise is dated by the meeting it was made in, else by today (WIB). */
async function defaultMadeOn(db: Database, meetingId: string | null | undefined): Promise<string> {
  return (await earliestMeetingDay(db, meetingId ? [meetingId] : [])) ?? todayIn(DEFAULT_TIME_ZONE);
}

export async function createCommitment(ctx: Context, input: CreateInput): Promise<CommitmentDetail> {
  const { id } = await createOnce(
    input.idempotencyKey,
    (key) => findCommitmentIdByKey(ctx.db, key),
    () =>
      ctx.db.transaction().execute(async (trx) => {
        const scoped = { ...ctx, db: trx };
        const kept = { ...input, ...(await keptSources(scoped, input, null)) };
        await assertReferences(trx, kept);
        const values = {
          ...commitmentValues(kept, await defaultMadeOn(trx, kept.meetingId)),
          agreementId: await agreementLinkOf(scoped, input, null),
        };
        const regionCodes = unique(input.regionCodes);
        const link = await resolveIndicatorLink(scoped, input.indicator, await linkRegion(trx, input));
        const commitmentId = await insertCommitment(trx, {
          ...values,
          ...link,
          idempotencyKey: input.idempotencyKey ?? null,
        });
        await addRegions(trx, commitmentId, regionCodes);
        await replaceProposalLinks(trx, commitmentId, kept.proposalIds);
        await requireWithinScope(scoped, 'commitment', commitmentId, 'regionCodes');
        // Recorded from a meeting of another office (one the caller only attended), it is not theirs.
        await requireRecordAuthority(scoped, 'commitment', commitmentId);
        await recordEvent(trx, ctx.actor, {
          aggregateType: 'commitment',
          aggregateId: commitmentId,
          eventType: 'CommitmentMade',
          payload: { ...values, proposalIds: kept.proposalIds, regionCodes, ...linkPayload(link) },
        });
        return commitmentId;
      }),
  );
  return getCommitment(ctx, id);
}

const trackedFields = [
  'title',
  'description',
  'committedByOrganizationId',
  'committedByPersonId',
  'dueOn',
  'ownerOrganizationId',
  'ownerPersonId',
  'meetingId',
  'proposalId',
  'isPublic',
  'madeOn',
  'indicatorId',
  'indicatorRegionCode',
  'agreementId',
] as const satisfies readonly (keyof CommitmentValues)[];

export async function updateCommitment(ctx: Context, input: UpdateInput): Promise<CommitmentDetail> {
  await requireVisible(ctx, 'commitment', input.id);
  const outcome = await ctx.db.transaction().execute(async (trx) => {
    const scoped = { ...ctx, db: trx };
    const before = await lockCommitment(trx, input.id);
    if (!before) throw new NotFoundError('commitmentNotFound', 'id');
    await requireRecordAuthority(scoped, 'commitment', input.id);
    if (before.version !== input.version) return 'stale' as const;
    const status = before.status;
    // Once kept, broken or cancelled, the promise is a record; what it said stays as it was.
    if (isFinal(commitmentStatusMachine, status)) {
      throw new BadRequestError('illegalTransition', undefined, status);
    }
    const storedProposals = await listProposalIds(trx, input.id);
    const sources = await keptSources(scoped, input, { ...before, proposalIds: storedProposals });
    const kept = { ...input, ...sources };
    await assertReferences(trx, kept);
    // Left out, the indicator link stays as it is; null clears it.
    const link = await resolveIndicatorLink(scoped, input.indicator, await linkRegion(trx, input));
    const values = {
      ...commitmentValues(kept, before.madeOn),
      indicatorId: link ? link.indicatorId : before.indicatorId,
      indicatorRegionCode: link ? link.indicatorRegionCode : before.indicatorRegionCode,
      agreementId: await agreementLinkOf(scoped, input, before.agreementId),
    };
    const updated = await updateCommitmentIfVersion(trx, input.id, input.version, values);
    if (!updated) return 'stale' as const;

    const changes = changedFields(before, values, trackedFields);
    const regions = diffLinks(await listRegionCodes(trx, input.id), input.regionCodes);
    await removeRegions(trx, input.id, regions.removed);
    await addRegions(trx, input.id, regions.added);
    if (regions.added.length + regions.removed.length > 0) changes.regionCodes = regions;
    const proposals = diffLinks(storedProposals, kept.proposalIds);
    if (proposals.added.length + proposals.removed.length > 0) changes.proposalIds = proposals;
    // Rewritten even for a new order alone: the first is `proposal_id`, the order is shown.
    await replaceProposalLinks(trx, input.id, kept.proposalIds);
    // Relinking must not hand the commitment out of the caller's own authority.
    await requireRecordAuthority(scoped, 'commitment', input.id);

    await recordEvent(trx, ctx.actor, {
      aggregateType: 'commitment',
      aggregateId: input.id,
      eventType: 'CommitmentUpdated',
      payload: { version: updated.version, changes },
    });
    return 'updated' as const;
  });
  if (outcome === 'stale') {
    throw new ConflictError('staleVersion', await getCommitment(ctx, input.id), 'version');
  }
  return getCommitment(ctx, input.id);
}

export async function transitionCommitment(ctx: Context, input: TransitionInput): Promise<CommitmentDetail> {
  await requireVisible(ctx, 'commitment', input.id);
  const outcome = await ctx.db.transaction().execute(async (trx) => {
    const before = await lockCommitment(trx, input.id);
    if (!before) throw new NotFoundError('commitmentNotFound', 'id');
    await requireRecordAuthority({ ...ctx, db: trx }, 'commitment', input.id);
    if (before.version !== input.version) return 'stale' as const;
    const from = before.status;
    const to = requireTransition(commitmentStatusMachine, from, input.action);
    // The schema already asks for these; checked again because this is where they are stored.
    const needs = commitmentActionNeeds[input.action];
    if (needs === 'evidence' && !input.evidence) throw new BadRequestError('evidenceRequired', 'evidence');
    if (needs === 'reason' && !input.reason) throw new BadRequestError('reasonRequired', 'reason');
    const updated = await updateCommitmentIfVersion(
      trx,
      input.id,
      input.version,
      needs === 'evidence' ? { status: to, evidence: input.evidence } : { status: to },
    );
    if (!updated) return 'stale' as const;
    await recordEvent(trx, ctx.actor, {
      aggregateType: 'commitment',
      aggregateId: input.id,
      eventType: 'CommitmentStatusChanged',
      payload: {
        version: updated.version,
        action: input.action,
        from,
        to,
        ...(input.evidence ? { evidence: input.evidence } : {}),
        ...(input.reason ? { reason: input.reason } : {}),
      },
    });
    return 'changed' as const;
  });
  if (outcome === 'stale') {
    throw new ConflictError('staleVersion', await getCommitment(ctx, input.id), 'version');
  }
  return getCommitment(ctx, input.id);
}
