import {
  type ActionItemDetail,
  type ActionItemSummary,
  type AggregatePayloadInput,
  type actionItemAssignDraftInput,
  type actionItemCancelDraftInput,
  type actionItemCreateInput,
  type actionItemDelegateInput,
  type actionItemDraftInput,
  type actionItemListInput,
  type actionItemProgressInput,
  actionItemStatusMachine,
  type actionItemSummaryInput,
  type actionItemSummaryOutput,
  type actionItemTransitionInput,
  type actionItemUpdateInput,
  actionItemWorkStatuses,
  allowedActions,
  type commentInput,
  dateOnlySchema,
  type EventTypeOf,
  type evidenceSubmitInput,
  type extensionDecisionInput,
  type extensionRequestInput,
  isFinal,
  mayAssignDraft,
  mayCancelDraft,
  mayDraftItem,
  mayReadDraft,
  regionInScope,
  todayIn,
  type verificationInput,
} from '@tindak/shared';
import { z } from 'zod';
import type { Context } from '../context';
import { BadRequestError, DomainError, NotFoundError } from '../errors';
import { recordEvent } from '../events/record-event';
import {
  type ActionItemChanges,
  type ActionItemCursor,
  type ActionItemRow,
  findActionItemDetail,
  findActionItemIdByKey,
  findActionItemSummary,
  insertActionItem,
  listActionItems as listActionItemRows,
  lockActionItem,
  type NewActionItem,
  summarizeActionItems,
  updateActionItem,
} from '../repositories/action-item.repo';
import {
  decideExtensionRequest,
  findExtensionRequest,
  hasPendingExtension,
  insertComment,
  insertDisposition,
  insertEvidence,
  insertEvidenceFiles,
  insertExtensionRequest,
  judgePendingEvidence,
  lastReportedProgress,
  listChain,
  listComments,
  listEvidence,
  listEvidenceFiles,
  listExtensions,
  nextChainStep,
} from '../repositories/action-item-steps.repo';
import { listEventsFor } from '../repositories/event.repo';
import { findHomeRegions } from '../repositories/home.repo';
import { findOrganization } from '../repositories/organization.repo';
import { findPerson } from '../repositories/person.repo';
import { isVisible } from '../repositories/scope';
import { actorOf, type ItemAuthority, requireItemAuthority } from './authority';
import { changedFields } from './changes';
import { createdAtKeySchema, cursorCodec, cursorId } from './cursor';
import { closeDirectiveIfSettled } from './directive-closing';
import { withDirectiveSpreads } from './directive-spread';
import { requireAttachableFile } from './file.service';
import { createOnce } from './idempotent';
import { linkPayload, resolveIndicatorLink, type StoredLink, shownIndicatorLink } from './indicator-link';
import { approvedDueDates, latestDecisionOf } from './item-decision';
import { readableAmong, shownLink, withReadableMeetings } from './linked-records';
import { onceByReceipt, writeReceipt } from './request-receipt';
import { requireVisible, scopeOf } from './scope';
import { requireTransition } from './transitions';
import { recordVerifiedValue } from './verified-value';
import { changeVersioned } from './versioned-change';

type In<T extends z.ZodType> = z.output<T>;

const today = () => todayIn();

// --- Drafts ------------------------------------------------------------------------------------

/** A draft belongs to its meeting's host office until a head assigns it: its home is that host. */
function meetingHome(ctx: Context, meetingId: string | null) {
  return meetingId ? findHomeRegions(ctx.db, 'meeting', meetingId) : Promise.resolve([]);
}

/** Whether the caller may see drafts from this meeting (the system itself always may). */
async function readsDrafts(ctx: Context, meetingId: string | null): Promise<boolean> {
  if (!ctx.user) return true;
  return mayReadDraft(actorOf(ctx.user), await meetingHome(ctx, meetingId));
}

/**
 * Any change to a draft: it must be readable to the caller (NOT_FOUND otherwise, like a missing
 * item), and only heads over the meeting's host office may assign or edit it; cancelling is also
 * open to those who drafted it (`mayCancelDraft`).
 */
async function requireDraftAuthority(
  ctx: Context,
  item: { meetingId: string | null },
  /** Cancelling is also open to the secretariat who drafted it; everything else is the heads'. */
  change: 'assign' | 'cancel' = 'assign',
) {
  if (!ctx.user) return;
  const home = await meetingHome(ctx, item.meetingId);
  const actor = actorOf(ctx.user);
  if (!mayReadDraft(actor, home)) throw new NotFoundError('actionItemNotFound', 'id');
  if (change === 'cancel') {
    if (!mayCancelDraft(actor, home)) throw new DomainError('FORBIDDEN', 'onlyDraftersCancelDrafts');
  } else if (!mayAssignDraft(actor, home)) throw new DomainError('FORBIDDEN', 'onlyHeadsAssignDrafts');
}

// --- Reading -----------------------------------------------------------------------------------

/** (due_on, id) or (created_at, id) keysets, matching the list's sort. */
const itemCursor = cursorCodec(
  z.discriminatedUnion('sort', [
    z.object({ sort: z.literal('due'), dueOn: dateOnlySchema, id: cursorId }),
    z.object({ sort: z.literal('newest'), createdAt: createdAtKeySchema, id: cursorId }),
  ]),
);

function decodeCursor(value: string, sort: 'due' | 'newest'): ActionItemCursor {
  const cursor = itemCursor.decode(value);
  if (cursor.sort !== sort) throw new BadRequestError('invalidCursor', 'cursor');
  return cursor;
}

export async function listActionItems(ctx: Context, input: In<typeof actionItemListInput>) {
  const cursor = input.cursor ? decodeCursor(input.cursor, input.sort) : null;
  // Drafts show only on their meeting's page, to those who may read them.
  const includeDrafts = !!input.meetingId && (await readsDrafts(ctx, input.meetingId));
  const filter = { ...input, scopeRegion: scopeOf(ctx), includeDrafts };
  // Expanding a directive lists its items; otherwise each directive shows once, with its spread.
  const grouped = !!input.groupDirectives && !input.directiveId;
  const rows = await listActionItemRows(ctx.db, filter, input.sort, cursor, input.limit, today(), grouped);
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  let nextCursor: string | null = null;
  if (rows.length > input.limit && last) {
    // The newest-first cursor keeps created_at to the microsecond (see created-keyset.ts).
    nextCursor = itemCursor.encode(
      input.sort === 'due'
        ? { sort: 'due', dueOn: last.item.dueOn, id: last.item.id }
        : { sort: 'newest', createdAt: last.createdKey, id: last.item.id },
    );
  }
  const items = await withReadableMeetings(
    ctx,
    page.map((r) => r.item),
  );
  return { items: grouped ? await withDirectiveSpreads(ctx.db, items, filter, today()) : items, nextCursor };
}

export async function getActionItem(ctx: Context, id: string): Promise<ActionItemDetail> {
  await requireVisible(ctx, 'actionItem', id);
  const stored = await findActionItemSummary(ctx.db, id, today());
  if (!stored) throw new NotFoundError('actionItemNotFound', 'id');
  // The stored summary names its meeting as it is (redaction comes after), so its id is at hand.
  const meetingId = stored.meeting && !stored.meeting.outsideScope ? stored.meeting.id : null;
  if (stored.status === 'draft' && !(await readsDrafts(ctx, meetingId))) {
    throw new NotFoundError('actionItemNotFound', 'id');
  }
  const [summary] = (await withReadableMeetings(ctx, [stored])) as [ActionItemSummary];
  const row = await findActionItemDetail(ctx.db, id);
  const [readableProposals, readableCommitments] = await Promise.all([
    readableAmong(ctx, 'proposal', [row.proposalId]),
    readableAmong(ctx, 'commitment', [row.commitmentId]),
  ]);
  const [chain, extensions, evidence, evidenceFiles, comments, history] = await Promise.all([
    listChain(ctx.db, id),
    listExtensions(ctx.db, id),
    listEvidence(ctx.db, id),
    listEvidenceFiles(ctx.db, id),
    listComments(ctx.db, id),
    listEventsFor(ctx.db, 'action_item', id),
  ]);
  const approvedDates = approvedDueDates(history);
  return {
    ...summary,
    description: row.description,
    proposal: shownLink(
      row.proposalId && row.proposalTitle ? { id: row.proposalId, title: row.proposalTitle } : null,
      readableProposals,
    ),
    commitment: shownLink(
      row.commitmentId && row.commitmentTitle ? { id: row.commitmentId, title: row.commitmentTitle } : null,
      readableCommitments,
    ),
    assignedBy:
      row.assignedById && row.assignedByName ? { id: row.assignedById, name: row.assignedByName } : null,
    completedAt: row.completedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    allowedActions: allowedActions(actionItemStatusMachine, summary.status),
    chain: chain.map((s) => ({
      step: s.step,
      from: {
        organization: s.fromOrgId && s.fromOrgName ? { id: s.fromOrgId, name: s.fromOrgName } : null,
        person: s.fromPersonId && s.fromPersonName ? { id: s.fromPersonId, name: s.fromPersonName } : null,
      },
      to: {
        organization: { id: s.toOrgId, name: s.toOrgName },
        person: s.toPersonId && s.toPersonName ? { id: s.toPersonId, name: s.toPersonName } : null,
      },
      instruction: s.instruction,
      createdAt: s.createdAt.toISOString(),
    })),
    extensions: extensions.map((e) => ({
      ...e,
      approvedDueOn: e.status === 'approved' ? (approvedDates.get(e.id) ?? e.requestedDueOn) : null,
      decidedAt: e.decidedAt?.toISOString() ?? null,
      createdAt: e.createdAt.toISOString(),
    })),
    evidence: evidence.map((e) => ({
      id: e.id,
      note: e.note,
      link: e.link,
      file:
        e.fileId && e.fileName
          ? {
              id: e.fileId,
              fileName: e.fileName,
              sizeBytes: e.sizeBytes ?? 0,
              contentType: e.contentType ?? '',
            }
          : null,
      files: evidenceFiles
        .filter((f) => f.evidenceId === e.id)
        .map((f) => ({ id: f.id, fileName: f.fileName, sizeBytes: f.sizeBytes, contentType: f.contentType })),
      verdict: e.verdict,
      verdictReason: e.verdictReason,
      verifiedAt: e.verifiedAt?.toISOString() ?? null,
      createdAt: e.createdAt.toISOString(),
    })),
    comments: comments.map((c) => ({ ...c, createdAt: c.createdAt.toISOString() })),
    latestDecision: latestDecisionOf(history),
    indicator: await shownIndicatorLink(ctx, row),
    draftHome: summary.status === 'draft' ? [...(await meetingHome(ctx, meetingId))] : null,
    history,
  };
}

export async function summarize(ctx: Context, input: In<typeof actionItemSummaryInput>) {
  const rows = await summarizeActionItems(ctx.db, input.groupBy, input.regionCode, today(), scopeOf(ctx));
  const groups = new Map<
    string,
    {
      key: string;
      name: string;
      total: number;
      byStatus: Record<string, number>;
      byHealth: Record<string, number>;
    }
  >();
  for (const row of rows) {
    const group = groups.get(row.key) ?? {
      key: row.key,
      name: row.name,
      total: 0,
      byStatus: Object.fromEntries(actionItemStatusMachine.statuses.map((s) => [s, 0])),
      byHealth: { on_track: 0, at_risk: 0, overdue: 0 },
    };
    const n = Number(row.n);
    group.total += n;
    group.byStatus[row.status] = (group.byStatus[row.status] ?? 0) + n;
    if (row.health) group.byHealth[row.health] = (group.byHealth[row.health] ?? 0) + n;
    groups.set(row.key, group);
  }
  return [...groups.values()].sort((a, b) => a.key.localeCompare(b.key)) as z.output<
    typeof actionItemSummaryOutput
  >;
}

// --- Writing -----------------------------------------------------------------------------------

/** An office the caller may assign work to: it exists and lies within their scope. */
async function requireOrganization(ctx: Context, id: string, field: string) {
  const organization = await findOrganization(ctx.db, id);
  if (!organization || !regionInScope(scopeOf(ctx), organization.regionCode)) {
    throw new NotFoundError('organizationNotFound', field);
  }
  return organization;
}

async function requirePerson(ctx: Context, id: string | null, field: string) {
  if (!id) return null;
  const person = await findPerson(ctx.db, id);
  if (!person) throw new NotFoundError('personNotFound', field);
  return person;
}

async function requireSource(ctx: Context, input: In<typeof actionItemCreateInput>) {
  const checks = [
    ['meetingId', 'meeting', 'meetingNotFound'],
    ['proposalId', 'proposal', 'proposalNotFound'],
    ['commitmentId', 'commitment', 'commitmentNotFound'],
  ] as const;
  for (const [field, kind, message] of checks) {
    const id = input[field];
    if (!id) continue;
    if (!(await isVisible(ctx.db, kind, id, scopeOf(ctx)))) throw new NotFoundError(message, field);
  }
}

export async function createActionItem(ctx: Context, given: In<typeof actionItemCreateInput>) {
  // Unless someone else is named, whoever records the assignment is the one who gave it.
  const input = { ...given, assignedByPersonId: given.assignedByPersonId ?? ctx.user?.personId ?? null };
  const { id } = await createOnce(
    input.idempotencyKey,
    (key) => findActionItemIdByKey(ctx.db, key),
    () =>
      ctx.db.transaction().execute(async (trx) => {
        const scoped = { ...ctx, db: trx };
        await requireSource(scoped, input);
        const owner = await requireOrganization(scoped, input.ownerOrganizationId, 'ownerOrganizationId');
        await requirePerson(scoped, input.ownerPersonId, 'ownerPersonId');
        const assigner = await requirePerson(scoped, input.assignedByPersonId, 'assignedByPersonId');
        const link = await resolveIndicatorLink(scoped, input.indicator, owner.regionCode);
        const { idempotencyKey, indicator: _link, ...values } = input;
        return insertAssignedItem(
          scoped,
          { ...values, idempotencyKey: idempotencyKey ?? null },
          owner,
          assigner,
          link,
        );
      }),
  );
  return getActionItem(ctx, id);
}

/**
 * Writes one assigned (open) item whose source, owner, assigner and link the caller has checked:
 * the row, the first step of its disposition chain and ActionItemAssigned (which notifies the
 * owner). Runs inside the caller's transaction; a directive (issue 19) writes one per office.
 */
export async function insertAssignedItem(
  scoped: Context,
  values: Omit<NewActionItem, 'regionCode' | 'indicatorId' | 'indicatorRegionCode' | 'status'>,
  owner: { id: string; regionCode: string | null },
  assigner: { id: string; organization: { id: string } | null } | null,
  link: StoredLink | undefined,
): Promise<string> {
  const itemId = await insertActionItem(scoped.db, { ...values, ...link, regionCode: owner.regionCode });
  // The assignment is the first step of the disposition chain.
  await insertDisposition(scoped.db, {
    actionItemId: itemId,
    step: 1,
    fromOrganizationId: assigner?.organization?.id ?? null,
    fromPersonId: assigner?.id ?? null,
    toOrganizationId: owner.id,
    toPersonId: values.ownerPersonId,
    instruction: values.description ?? values.title,
    actorId: scoped.actor.id,
  });
  await recordEvent(scoped.db, scoped.actor, {
    aggregateType: 'action_item',
    aggregateId: itemId,
    regions: [owner.regionCode],
    eventType: 'ActionItemAssigned',
    payload: {
      title: values.title,
      dueOn: values.dueOn,
      priority: values.priority,
      ownerOrganizationId: owner.id,
      ownerPersonId: values.ownerPersonId,
      assignedByPersonId: values.assignedByPersonId,
      source: {
        meetingId: values.meetingId,
        proposalId: values.proposalId,
        commitmentId: values.commitmentId,
        ...(values.directiveId ? { directiveId: values.directiveId } : {}),
      },
      ...linkPayload(link),
    },
  });
  return itemId;
}

/**
 * The secretariat (or a head) of the meeting's host office drafts a follow-up from it. Nobody else
 * sees the draft until a head of that office assigns it (`assignDraft`).
 */
export async function createDraft(ctx: Context, input: In<typeof actionItemDraftInput>) {
  const { id } = await createOnce(
    input.idempotencyKey,
    (key) => findActionItemIdByKey(ctx.db, key),
    () =>
      ctx.db.transaction().execute(async (trx) => {
        const scoped = { ...ctx, db: trx };
        if (!(await isVisible(trx, 'meeting', input.meetingId, scopeOf(scoped)))) {
          throw new NotFoundError('meetingNotFound', 'meetingId');
        }
        const home = await meetingHome(scoped, input.meetingId);
        if (ctx.user && !mayDraftItem(actorOf(ctx.user), home)) {
          throw new DomainError('FORBIDDEN', 'onlySecretariatDrafts');
        }
        const owner = await requireOrganization(scoped, input.ownerOrganizationId, 'ownerOrganizationId');
        await requirePerson(scoped, input.ownerPersonId, 'ownerPersonId');
        const link = await resolveIndicatorLink(scoped, input.indicator, owner.regionCode);
        const { idempotencyKey, indicator: _link, ...values } = input;
        const itemId = await insertActionItem(trx, {
          ...values,
          ...link,
          proposalId: null,
          commitmentId: null,
          assignedByPersonId: null,
          regionCode: owner.regionCode,
          idempotencyKey: idempotencyKey ?? null,
          status: 'draft',
        });
        await recordEvent(trx, ctx.actor, {
          aggregateType: 'action_item',
          aggregateId: itemId,
          // The host's regions, not the owner's: the owner does not see a draft.
          regions: home.filter((code): code is string => code !== null),
          eventType: 'ActionItemDrafted',
          payload: {
            title: input.title,
            dueOn: input.dueOn,
            priority: input.priority,
            ownerOrganizationId: owner.id,
            ownerPersonId: input.ownerPersonId,
            assignedByPersonId: null,
            source: { meetingId: input.meetingId, proposalId: null, commitmentId: null },
            ...linkPayload(link),
          },
        });
        return itemId;
      }),
  );
  return getActionItem(ctx, id);
}

/**
 * A head of the meeting's host office assigns a draft with one action: it opens, its disposition
 * chain starts, and ActionItemAssigned tells the owner like any new item.
 */
export function assignDraft(ctx: Context, input: In<typeof actionItemAssignDraftInput>) {
  return changeItem(ctx, input, 'assign', async (scoped, item) => {
    const to = requireTransition(actionItemStatusMachine, item.status, 'assign');
    const owner = await requireOrganization(scoped, item.ownerOrganizationId, 'ownerOrganizationId');
    const assigner = await requirePerson(scoped, ctx.user?.personId ?? null, 'assignedByPersonId');
    await insertDisposition(scoped.db, {
      actionItemId: item.id,
      step: 1,
      fromOrganizationId: assigner?.organization?.id ?? null,
      fromPersonId: assigner?.id ?? null,
      toOrganizationId: owner.id,
      toPersonId: item.ownerPersonId,
      instruction: item.description ?? item.title,
      actorId: ctx.actor.id,
    });
    await apply(
      scoped,
      item,
      { status: to, assignedByPersonId: assigner?.id ?? null },
      'ActionItemAssigned',
      {
        title: item.title,
        dueOn: item.dueOnText,
        priority: item.priority,
        ownerOrganizationId: owner.id,
        ownerPersonId: item.ownerPersonId,
        assignedByPersonId: assigner?.id ?? null,
        source: { meetingId: item.meetingId, proposalId: item.proposalId, commitmentId: item.commitmentId },
        fromDraft: true,
        ...linkPayload(item),
      },
    );
  });
}

/**
 * A change to one item: visible, the caller's to make in this way (assign, decide or work: see
 * `authority.ts` in @tindak/shared), at the caller's version, locked for the transaction.
 */
function changeItem(
  ctx: Context,
  input: { id: string; version: number },
  authority: ItemAuthority,
  work: (scoped: Context, item: ActionItemRow) => Promise<void>,
  draftChange: 'assign' | 'cancel' = 'assign',
): Promise<ActionItemDetail> {
  return changeVersioned(
    ctx,
    input,
    {
      kind: 'actionItem',
      lock: lockActionItem,
      read: getActionItem,
      authorize: (scoped, item) =>
        item.status === 'draft'
          ? requireDraftAuthority(scoped, item, draftChange)
          : requireItemAuthority(scoped, item, authority),
    },
    work,
  );
}

async function apply<T extends EventTypeOf<'action_item'>>(
  ctx: Context,
  item: ActionItemRow,
  changes: ActionItemChanges,
  eventType: T,
  payload: AggregatePayloadInput<'action_item', T>,
) {
  await updateActionItem(ctx.db, item.id, item.version, changes);
  await recordEvent(ctx.db, ctx.actor, {
    aggregateType: 'action_item',
    aggregateId: item.id,
    eventType,
    payload,
    regions: [item.regionCode, ...(changes.regionCode === undefined ? [] : [changes.regionCode])],
  });
  // The last of a directive's items to be done or cancelled closes it, in this transaction.
  if (changes.status && item.directiveId) await closeDirectiveIfSettled(ctx, item.directiveId, item.id);
}

/**
 * A directive's changes to its items (issue 19), each on an item locked inside the directive's
 * transaction and recorded as the item's own event: cancelling it with the directive, and moving
 * its deadline with the directive's.
 */
export const directiveItemChanges = {
  cancel(scoped: Context, item: ActionItemRow, reason: string) {
    const to = requireTransition(actionItemStatusMachine, item.status, 'cancel');
    return apply(scoped, item, { status: to }, 'ActionItemStatusChanged', {
      action: 'cancel',
      from: item.status,
      to,
      reason,
    });
  },
  moveDeadline(scoped: Context, item: ActionItemRow, dueOn: string) {
    return apply(scoped, item, { dueOn }, 'ActionItemUpdated', {
      changes: { dueOn: { from: item.dueOnText, to: dueOn } },
    });
  },
};

function requireOpen(item: ActionItemRow) {
  const status = item.status;
  if (isFinal(actionItemStatusMachine, status)) throw new BadRequestError('illegalTransition', 'id', status);
}

/** Passing down and asking for time are work on an assigned item, not on a draft. */
function requireAssigned(item: ActionItemRow) {
  requireOpen(item);
  if (item.status === 'draft') throw new BadRequestError('draftNotOpen', 'id');
}

/** The fields an edit of the details may change, in the order the history lists them. */
const detailFields = [
  'title',
  'description',
  'ownerPersonId',
  'dueOn',
  'priority',
  'indicatorId',
  'indicatorRegionCode',
] as const;

export function updateActionItemDetails(ctx: Context, input: In<typeof actionItemUpdateInput>) {
  return changeItem(ctx, input, 'assign', async (scoped, item) => {
    requireOpen(item);
    await requirePerson(scoped, input.ownerPersonId, 'ownerPersonId');
    // Left out, the link stays as it is; null clears it.
    const link = await resolveIndicatorLink(scoped, input.indicator, item.regionCode);
    const before = {
      title: item.title,
      description: item.description,
      ownerPersonId: item.ownerPersonId,
      dueOn: item.dueOnText,
      priority: item.priority,
      indicatorId: item.indicatorId,
      indicatorRegionCode: item.indicatorRegionCode,
    };
    const after = {
      title: input.title,
      description: input.description,
      ownerPersonId: input.ownerPersonId,
      dueOn: input.dueOn,
      priority: input.priority,
      indicatorId: link ? link.indicatorId : item.indicatorId,
      indicatorRegionCode: link ? link.indicatorRegionCode : item.indicatorRegionCode,
    };
    const changes = changedFields(before, after, detailFields);
    await apply(scoped, item, after, 'ActionItemUpdated', { changes });
  });
}

/** The record a replayed change returns: the item as it is now, first send's change included. */
const replayItem = (ctx: Context) => (result: { id: string }) => getActionItem(ctx, result.id);

export function reportProgress(ctx: Context, input: In<typeof actionItemProgressInput>) {
  const request = { procedure: 'actionItems.reportProgress', idempotencyKey: input.idempotencyKey };
  return onceByReceipt(ctx, request, () => progressOnce(ctx, input, request), replayItem(ctx));
}

function progressOnce(
  ctx: Context,
  input: In<typeof actionItemProgressInput>,
  request: { procedure: string; idempotencyKey?: string | undefined },
) {
  return changeItem(ctx, input, 'work', async (scoped, item) => {
    await writeReceipt(scoped.db, ctx, request, { id: item.id });
    const from = item.status;
    if (!actionItemWorkStatuses.includes(from))
      throw new BadRequestError('illegalTransition', 'progress', from);
    const status =
      from === 'open' && input.progress > 0
        ? requireTransition(actionItemStatusMachine, from, 'start')
        : from;
    await apply(scoped, item, { progress: input.progress, status }, 'ProgressReported', {
      from: item.progress,
      to: input.progress,
      note: input.note,
      ...(status !== from ? { status: { from, to: status } } : {}),
    });
  });
}

export function changeStatus(ctx: Context, input: In<typeof actionItemTransitionInput>) {
  return changeItem(ctx, input, 'assign', async (scoped, item) => {
    const from = item.status;
    const to = requireTransition(actionItemStatusMachine, from, input.action);
    await apply(scoped, item, { status: to }, 'ActionItemStatusChanged', {
      action: input.action,
      from,
      to,
      reason: input.reason,
    });
  });
}

/**
 * Cancel a draft: its heads, and the host office's secretariat who drafted it (`mayCancelDraft`);
 * anything but a draft goes through `changeStatus`, heads only.
 */
export function cancelDraft(ctx: Context, input: In<typeof actionItemCancelDraftInput>) {
  return changeItem(
    ctx,
    input,
    'assign',
    async (scoped, item) => {
      if (item.status !== 'draft') throw new BadRequestError('illegalTransition', 'id', item.status);
      const to = requireTransition(actionItemStatusMachine, item.status, 'cancel');
      await apply(scoped, item, { status: to }, 'ActionItemStatusChanged', {
        action: 'cancel',
        from: item.status,
        to,
        reason: input.reason,
      });
    },
    'cancel',
  );
}

export function delegate(ctx: Context, input: In<typeof actionItemDelegateInput>) {
  return changeItem(ctx, input, 'assign', async (scoped, item) => {
    requireAssigned(item);
    const target = await requireOrganization(scoped, input.toOrganizationId, 'toOrganizationId');
    await requirePerson(scoped, input.toPersonId, 'toPersonId');
    const step = await nextChainStep(scoped.db, item.id);
    await insertDisposition(scoped.db, {
      actionItemId: item.id,
      step,
      fromOrganizationId: item.ownerOrganizationId,
      fromPersonId: item.ownerPersonId,
      toOrganizationId: target.id,
      toPersonId: input.toPersonId,
      instruction: input.instruction,
      actorId: ctx.actor.id,
    });
    await apply(
      scoped,
      item,
      { ownerOrganizationId: target.id, ownerPersonId: input.toPersonId, regionCode: target.regionCode },
      'ActionItemDelegated',
      {
        step,
        from: { organizationId: item.ownerOrganizationId, personId: item.ownerPersonId },
        to: { organizationId: target.id, personId: input.toPersonId },
        instruction: input.instruction,
      },
    );
  });
}

export function requestExtension(ctx: Context, input: In<typeof extensionRequestInput>) {
  return changeItem(ctx, input, 'work', async (scoped, item) => {
    requireAssigned(item);
    if (input.requestedDueOn <= item.dueOnText)
      throw new BadRequestError('extensionMustBeLater', 'requestedDueOn');
    if (await hasPendingExtension(scoped.db, item.id))
      throw new BadRequestError('extensionPending', 'requestedDueOn');
    const request = {
      id: await insertExtensionRequest(scoped.db, {
        actionItemId: item.id,
        previousDueOn: item.dueOnText,
        requestedDueOn: input.requestedDueOn,
        reason: input.reason,
        requestedBy: ctx.actor.id,
      }),
    };
    await apply(scoped, item, {}, 'ExtensionRequested', {
      extensionId: request.id,
      previousDueOn: item.dueOnText,
      requestedDueOn: input.requestedDueOn,
      reason: input.reason,
    });
  });
}

export function decideExtension(ctx: Context, input: In<typeof extensionDecisionInput>) {
  return changeItem(ctx, input, 'decide', async (scoped, item) => {
    const request = await findExtensionRequest(scoped.db, item.id, input.extensionId);
    if (!request) throw new NotFoundError('extensionNotFound', 'extensionId');
    if (request.status !== 'pending') throw new BadRequestError('extensionNotPending', 'extensionId');
    // A head may approve another date than the one asked for, and then says why.
    const approvedDueOn = input.approve ? (input.approvedDueOn ?? request.requestedDueOn) : null;
    if (approvedDueOn !== null && approvedDueOn !== request.requestedDueOn) {
      if (approvedDueOn <= item.dueOnText) throw new BadRequestError('extensionMustBeLater', 'approvedDueOn');
      if (!input.note) throw new BadRequestError('reasonRequired', 'note');
    }
    await decideExtensionRequest(scoped.db, request.id, {
      approved: input.approve,
      note: input.note,
      decidedBy: ctx.actor.id,
    });
    await apply(scoped, item, approvedDueOn ? { dueOn: approvedDueOn } : {}, 'ExtensionDecided', {
      extensionId: request.id,
      approved: input.approve,
      note: input.note,
      dueOn: { from: item.dueOnText, to: approvedDueOn ?? item.dueOnText },
      requestedDueOn: request.requestedDueOn,
    });
  });
}

export function submitEvidence(ctx: Context, input: In<typeof evidenceSubmitInput>) {
  const request = { procedure: 'actionItems.submitEvidence', idempotencyKey: input.idempotencyKey };
  return onceByReceipt(ctx, request, () => evidenceOnce(ctx, input, request), replayItem(ctx));
}

function evidenceOnce(
  ctx: Context,
  input: In<typeof evidenceSubmitInput>,
  request: { procedure: string; idempotencyKey?: string | undefined },
) {
  return changeItem(ctx, input, 'work', async (scoped, item) => {
    await writeReceipt(scoped.db, ctx, request, { id: item.id });
    const to = requireTransition(actionItemStatusMachine, item.status, 'submitEvidence');
    // One file or several; each once, in the order sent.
    const fileIds = [...new Set([...(input.fileId ? [input.fileId] : []), ...(input.fileIds ?? [])])];
    for (const fileId of fileIds) await requireAttachableFile(scoped, fileId);
    const evidence = {
      id: await insertEvidence(scoped.db, {
        actionItemId: item.id,
        note: input.note,
        link: input.link,
        fileId: fileIds[0] ?? null,
        submittedBy: ctx.actor.id,
      }),
    };
    await insertEvidenceFiles(scoped.db, evidence.id, fileIds);
    // Evidence says the work is done: progress goes to 100%, and the event says it did.
    await apply(scoped, item, { status: to, progress: 100 }, 'EvidenceSubmitted', {
      evidenceId: evidence.id,
      note: input.note,
      link: input.link,
      fileId: fileIds[0] ?? null,
      ...(fileIds.length > 1 ? { fileIds } : {}),
      ...(item.progress !== 100 ? { progress: { from: item.progress, to: 100 } } : {}),
    });
  });
}

export function verify(ctx: Context, input: In<typeof verificationInput>) {
  return changeItem(ctx, input, 'decide', async (scoped, item) => {
    const action = input.accept ? 'acceptEvidence' : 'rejectEvidence';
    const to = requireTransition(actionItemStatusMachine, item.status, action);
    const [evidenceId] = await judgePendingEvidence(scoped.db, item.id, {
      accepted: input.accept,
      reason: input.reason,
      verifiedBy: ctx.actor.id,
    });
    // The schema refuses a value with a rejection; only an acceptance records one.
    const indicatorValue =
      input.accept && input.indicatorValue
        ? await recordVerifiedValue(scoped, item, evidenceId, input.indicatorValue)
        : undefined;
    // A rejection undoes what the evidence implied: progress returns to what a person last reported.
    const progress = input.accept ? item.progress : await lastReportedProgress(scoped.db, item.id);
    await apply(
      scoped,
      item,
      input.accept ? { status: to, completedAt: new Date() } : { status: to, progress },
      'ActionItemVerified',
      {
        outcome: input.accept ? 'accepted' : 'rejected',
        reason: input.reason,
        status: { from: item.status, to },
        ...(progress !== item.progress ? { progress: { from: item.progress, to: progress } } : {}),
        ...(indicatorValue ? { indicatorValue } : {}),
      },
    );
  });
}

/**
 * A comment is work on the item (its owner, or a head over the owning office), checked on the
 * locked row before anything is written. It does not move the item's version: a comment never
 * conflicts with a change someone else is making.
 */
export function addComment(ctx: Context, input: In<typeof commentInput>) {
  const request = { procedure: 'actionItems.comment', idempotencyKey: input.idempotencyKey };
  return onceByReceipt(ctx, request, () => commentOnce(ctx, input, request), replayItem(ctx));
}

async function commentOnce(
  ctx: Context,
  input: In<typeof commentInput>,
  request: { procedure: string; idempotencyKey?: string | undefined },
) {
  await ctx.db.transaction().execute(async (trx) => {
    const scoped = { ...ctx, db: trx };
    await requireVisible(scoped, 'actionItem', input.id);
    const item = await lockActionItem(trx, input.id);
    if (!item) throw new NotFoundError('actionItemNotFound', 'id');
    if (item.status === 'draft') {
      await requireDraftAuthority(scoped, item);
      throw new BadRequestError('draftNotOpen', 'id');
    }
    requireItemAuthority(scoped, item, 'work');
    await writeReceipt(trx, ctx, request, { id: item.id });
    const comment = {
      id: await insertComment(trx, { actionItemId: input.id, body: input.body, authorId: ctx.actor.id }),
    };
    await recordEvent(trx, ctx.actor, {
      aggregateType: 'action_item',
      aggregateId: input.id,
      eventType: 'CommentAdded',
      payload: { commentId: comment.id, body: input.body },
      regions: [],
    });
  });
  return getActionItem(ctx, input.id);
}
