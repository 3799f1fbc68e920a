import type { Database } from '@tindak/db';
import {
  allowedActions,
  DEFAULT_TIME_ZONE,
  type EventTypeOf,
  isFinal,
  isProposalDecision,
  type ProposalAction,
  type ProposalDetail,
  type ProposalListOutput,
  proposalAwaitingDecisionStatuses,
  type proposalCreateInput,
  type proposalListInput,
  proposalStatusMachine,
  type proposalTransitionInput,
  type proposalUpdateInput,
  todayIn,
} from '@tindak/shared';
import type { z } from 'zod';
import type { Context } from '../context';
import { BadRequestError, ConflictError, NotFoundError } from '../errors';
import { recordEvent } from '../events/record-event';
import { listCommitmentsForProposal } from '../repositories/commitment.repo';
import { listEventsFor } from '../repositories/event.repo';
import { findHomeRegions } from '../repositories/home.repo';
import { organizationRegions } from '../repositories/organization.repo';
import {
  addMeetings,
  addProposers,
  findProposalIdByKey,
  findProposalRow,
  findProposalSummary,
  insertProposal,
  listMeetingIds,
  listProposalMeetings,
  listProposals as listProposalRows,
  listProposerIds,
  lockProposal,
  type ProposalValues,
  removeMeetings,
  removeProposers,
  updateProposalIfVersion,
} from '../repositories/proposal.repo';
import { requireRecordAuthority } from './authority';
import { changedFields } from './changes';
import { createdCursor } from './cursor';
import { diffLinks, unique } from './id-sets';
import { createOnce } from './idempotent';
import { readableAmong, relink, shownLink } from './linked-records';
import { defaultRaisedOn, requireMeetingOrLetter } from './proposal-letter';
import { requireVisible, requireWithinScope, scopeOf } from './scope';
import { requireTransition } from './transitions';

type ListInput = z.output<typeof proposalListInput>;
type CreateInput = z.output<typeof proposalCreateInput>;
type UpdateInput = z.output<typeof proposalUpdateInput>;
type TransitionInput = z.output<typeof proposalTransitionInput>;

export async function listProposals(ctx: Context, input: ListInput): Promise<ProposalListOutput> {
  const cursor = input.cursor ? createdCursor.decode(input.cursor) : null;
  const filter = {
    ...input,
    scopeRegion: scopeOf(ctx),
    statuses: input.awaitingDecision ? proposalAwaitingDecisionStatuses : undefined,
  };
  const rows = await listProposalRows(ctx.db, filter, cursor, input.limit);
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => row.summary),
    nextCursor:
      rows.length > input.limit && last ? createdCursor.encode([last.key.createdAt, last.key.id]) : null,
  };
}

export async function getProposal(ctx: Context, id: string): Promise<ProposalDetail> {
  await requireVisible(ctx, 'proposal', id);
  const [summary, row] = await Promise.all([findProposalSummary(ctx.db, id), findProposalRow(ctx.db, id)]);
  if (!summary || !row) throw new NotFoundError('proposalNotFound', 'id');
  const [meetings, commitments, history, home] = await Promise.all([
    listProposalMeetings(ctx.db, id),
    listCommitmentsForProposal(ctx.db, id),
    listEventsFor(ctx.db, 'proposal', id),
    findHomeRegions(ctx.db, 'proposal', id),
  ]);
  const [readableMeetings, readableCommitments] = await Promise.all([
    readableAmong(
      ctx,
      'meeting',
      meetings.map((m) => m.id),
    ),
    readableAmong(
      ctx,
      'commitment',
      commitments.map((c) => c.id),
    ),
  ]);
  const status = row.status;
  return {
    ...summary,
    description: row.description,
    decision:
      row.decisionNote !== null || row.decidedOn !== null
        ? { note: row.decisionNote, decidedOn: row.decidedOn }
        : null,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    meetings: meetings.map((m) => shownLink(m, readableMeetings)),
    commitments: commitments.map((c) => shownLink(c, readableCommitments)),
    allowedActions: allowedActions(proposalStatusMachine, status),
    homeRegionCodes: [...home],
    history,
  };
}

type References = Pick<CreateInput, 'addressedToOrganizationId' | 'proposerOrganizationIds'>;

/** Every office the proposal names must exist; an unknown one is reported on its own field. */
async function assertReferences(db: Database, input: References) {
  const offices = await organizationRegions(db, [
    input.addressedToOrganizationId,
    ...input.proposerOrganizationIds,
  ]);
  if (!offices.has(input.addressedToOrganizationId)) {
    throw new NotFoundError('organizationNotFound', 'addressedToOrganizationId');
  }
  input.proposerOrganizationIds.forEach((id, index) => {
    if (!offices.has(id)) throw new NotFoundError('organizationNotFound', `proposerOrganizationIds.${index}`);
  });
}

/** The field a meeting id came in on, for a message next to it. */
const meetingField = (meetingIds: readonly string[]) => (id: string) =>
  `meetingIds.${meetingIds.indexOf(id)}`;

/** `raisedOn` is the day given, or the one already known (the stored day, or the meeting's / today). */
function proposalValues(input: CreateInput | UpdateInput, raisedOn: string): ProposalValues {
  return {
    title: input.title,
    description: input.description,
    addressedToOrganizationId: input.addressedToOrganizationId,
    raisedOn: input.raisedOn ?? raisedOn,
    letterNumber: input.letterNumber,
    letterDate: input.letterDate,
  };
}

export async function createProposal(ctx: Context, input: CreateInput): Promise<ProposalDetail> {
  const { id } = await createOnce(
    input.idempotencyKey,
    (key) => findProposalIdByKey(ctx.db, key),
    () =>
      ctx.db.transaction().execute(async (trx) => {
        const scoped = { ...ctx, db: trx };
        await assertReferences(trx, input);
        await relink(scoped, 'meeting', [], input.meetingIds, meetingField(input.meetingIds));
        const { initial } = proposalStatusMachine;
        const status = input.submit ? requireTransition(proposalStatusMachine, initial, 'submit') : initial;
        const proposerOrganizationIds = unique(input.proposerOrganizationIds);
        const meetingIds = unique(input.meetingIds);
        requireMeetingOrLetter({ meetingCount: meetingIds.length, letterDate: input.letterDate });
        const values = proposalValues(input, await defaultRaisedOn(trx, meetingIds, input.letterDate));
        const proposalId = await insertProposal(trx, {
          ...values,
          status,
          idempotencyKey: input.idempotencyKey ?? null,
        });
        await addProposers(trx, proposalId, proposerOrganizationIds);
        await addMeetings(trx, proposalId, meetingIds);
        await requireWithinScope(scoped, 'proposal', proposalId, 'proposerOrganizationIds');
        // Recorded from a meeting of another office (one the caller only attended), it is not theirs.
        await requireRecordAuthority(scoped, 'proposal', proposalId);
        await recordEvent(trx, ctx.actor, {
          aggregateType: 'proposal',
          aggregateId: proposalId,
          eventType: status === 'submitted' ? 'ProposalSubmitted' : 'ProposalDrafted',
          payload: { ...values, status, proposerOrganizationIds, meetingIds },
        });
        return proposalId;
      }),
  );
  return getProposal(ctx, id);
}

const trackedFields = [
  'title',
  'description',
  'addressedToOrganizationId',
  'raisedOn',
  'letterNumber',
  'letterDate',
] as const satisfies readonly (keyof ProposalValues)[];

export async function updateProposal(ctx: Context, input: UpdateInput): Promise<ProposalDetail> {
  await requireVisible(ctx, 'proposal', input.id);
  const outcome = await ctx.db.transaction().execute(async (trx) => {
    const scoped = { ...ctx, db: trx };
    const before = await lockProposal(trx, input.id);
    if (!before) throw new NotFoundError('proposalNotFound', 'id');
    await requireRecordAuthority(scoped, 'proposal', input.id);
    if (before.version !== input.version) return 'stale' as const;
    const status = before.status;
    // A decided or withdrawn proposal is a record of what happened: its content stays as it was.
    if (isFinal(proposalStatusMachine, status))
      throw new BadRequestError('illegalTransition', undefined, status);
    await assertReferences(trx, input);
    const values = proposalValues(input, before.raisedOn);
    const updated = await updateProposalIfVersion(trx, input.id, input.version, values);
    if (!updated) return 'stale' as const;

    const changes = changedFields(before, values, trackedFields);
    const proposers = diffLinks(await listProposerIds(trx, input.id), input.proposerOrganizationIds);
    await removeProposers(trx, input.id, proposers.removed);
    await addProposers(trx, input.id, proposers.added);
    if (proposers.added.length + proposers.removed.length > 0) changes.proposerOrganizationIds = proposers;
    const stored = await listMeetingIds(trx, input.id);
    const meetings = await relink(
      scoped,
      'meeting',
      stored,
      input.meetingIds,
      meetingField(input.meetingIds),
    );
    const meetingCount = stored.length - meetings.removed.length + meetings.added.length;
    requireMeetingOrLetter(
      { meetingCount, letterDate: values.letterDate },
      { meetingCount: stored.length, letterDate: before.letterDate },
    );
    await removeMeetings(trx, input.id, meetings.removed);
    await addMeetings(trx, input.id, meetings.added);
    if (meetings.added.length + meetings.removed.length > 0) changes.meetingIds = meetings;
    // Relinking must not hand the proposal out of the caller's own authority.
    await requireRecordAuthority(scoped, 'proposal', input.id);

    await recordEvent(trx, ctx.actor, {
      aggregateType: 'proposal',
      aggregateId: input.id,
      eventType: 'ProposalUpdated',
      payload: { version: updated.version, changes },
    });
    return 'updated' as const;
  });
  if (outcome === 'stale') {
    throw new ConflictError('staleVersion', await getProposal(ctx, input.id), 'version');
  }
  return getProposal(ctx, input.id);
}

const transitionEvents: Record<ProposalAction, EventTypeOf<'proposal'>> = {
  submit: 'ProposalSubmitted',
  startReview: 'ProposalReviewStarted',
  accept: 'ProposalDecided',
  acceptPartly: 'ProposalDecided',
  reject: 'ProposalDecided',
  withdraw: 'ProposalWithdrawn',
};

export async function transitionProposal(ctx: Context, input: TransitionInput): Promise<ProposalDetail> {
  await requireVisible(ctx, 'proposal', input.id);
  const outcome = await ctx.db.transaction().execute(async (trx) => {
    const before = await lockProposal(trx, input.id);
    if (!before) throw new NotFoundError('proposalNotFound', 'id');
    await requireRecordAuthority({ ...ctx, db: trx }, 'proposal', input.id);
    if (before.version !== input.version) return 'stale' as const;
    const from = before.status;
    const to = requireTransition(proposalStatusMachine, from, input.action);
    const decided = isProposalDecision(input.action);
    // The schema already asks for the note; checked again because this is where the decision is stored.
    if (decided && !input.decisionNote) throw new BadRequestError('reasonRequired', 'decisionNote');
    const decidedOn = decided ? (input.decidedOn ?? todayIn(DEFAULT_TIME_ZONE)) : null;
    const updated = await updateProposalIfVersion(
      trx,
      input.id,
      input.version,
      decided ? { status: to, decisionNote: input.decisionNote, decidedOn } : { status: to },
    );
    if (!updated) return 'stale' as const;
    await recordEvent(trx, ctx.actor, {
      aggregateType: 'proposal',
      aggregateId: input.id,
      eventType: transitionEvents[input.action],
      payload: {
        version: updated.version,
        action: input.action,
        from,
        to,
        note: input.decisionNote,
        ...(decided ? { outcome: to, decidedOn } : {}),
      },
    });
    return 'changed' as const;
  });
  if (outcome === 'stale') {
    throw new ConflictError('staleVersion', await getProposal(ctx, input.id), 'version');
  }
  return getProposal(ctx, input.id);
}
