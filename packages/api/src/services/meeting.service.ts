import {
  type AggregatePayloadInput,
  allowedActions,
  type EventTypeOf,
  isoDateTimeSchema,
  isoToZonedWallTime,
  type MeetingDetail,
  type MeetingListOutput,
  type MeetingSummary,
  type meetingAttachmentInput,
  type meetingAttendanceInput,
  type meetingCreateInput,
  type meetingListInput,
  type meetingMinutesInput,
  type meetingSimilarInput,
  type meetingStatusInput,
  meetingStatusMachine,
  type meetingUpdateInput,
  zonedWallTimeToIso,
} from '@tindak/shared';
import { z } from 'zod';
import type { Context } from '../context';
import { BadRequestError, ConflictError, NotFoundError } from '../errors';
import { recordEvent } from '../events/record-event';
import { listEventsFor } from '../repositories/event.repo';
import { findHomeRegions } from '../repositories/home.repo';
import {
  attendanceByRegion,
  deleteParticipants,
  findMeetingIdByKey,
  findMeetingRow,
  findMeetingSummary,
  insertMeeting,
  insertParticipants,
  listAgenda,
  listAttachments,
  listMeetings as listMeetingRows,
  listParticipantRows,
  listParticipants,
  type MeetingCursor,
  type MeetingRow,
  type MeetingValues,
  type ParticipantValues,
  replaceAgenda,
  updateMeetingIfVersion,
  updateParticipant,
} from '../repositories/meeting.repo';
import {
  bumpMeetingVersion,
  deleteAttachment,
  insertAttachment,
  lockMeeting,
  setAttendance,
  setMeetingMinutes,
  setMeetingStatusRow,
} from '../repositories/meeting-change.repo';
import { findOrganization } from '../repositories/organization.repo';
import { isVisible } from '../repositories/scope';
import { requireRecordAuthority } from './authority';
import { changedFields } from './changes';
import { cursorCodec, cursorId } from './cursor';
import { requireAttachableFile } from './file.service';
import { createOnce } from './idempotent';
import { applySeriesLink } from './meeting-series.service';
import { participantKey, resolveParticipants } from './participants';
import { onceByReceipt, writeReceipt } from './request-receipt';
import { requireVisible, scopeOf } from './scope';
import { requireTransition } from './transitions';
import { changeVersioned, type VersionedChange } from './versioned-change';

/**
 * A meeting someone logs is hosted by an office within their authority (they could not change it
 * afterwards otherwise); an office outside their scope is answered as if it did not exist.
 */
async function requireHostWithinAuthority(ctx: Context, meetingId: string) {
  if (!(await isVisible(ctx.db, 'meeting', meetingId, scopeOf(ctx)))) {
    throw new NotFoundError('organizationNotFound', 'hostOrganizationId');
  }
  await requireRecordAuthority(ctx, 'meeting', meetingId);
}

type ListInput = z.output<typeof meetingListInput>;
type CreateInput = z.output<typeof meetingCreateInput>;
type UpdateInput = z.output<typeof meetingUpdateInput>;

/** (starts_at, id) keysets: the meetings list. */
const meetingCursor = cursorCodec(
  z.tuple([isoDateTimeSchema, cursorId]).transform(([startsAt, id]): MeetingCursor => ({ startsAt, id })),
);

export async function listMeetings(ctx: Context, input: ListInput): Promise<MeetingListOutput> {
  const cursor = input.cursor ? meetingCursor.decode(input.cursor) : null;
  const rows = await listMeetingRows(ctx.db, { ...input, scopeRegion: scopeOf(ctx) }, cursor, input.limit);
  const items = rows.slice(0, input.limit);
  const last = items.at(-1);
  const nextCursor =
    rows.length > input.limit && last ? meetingCursor.encode([last.startsAt, last.id]) : null;
  return { items, nextCursor };
}

export async function getMeeting(ctx: Context, id: string): Promise<MeetingDetail> {
  await requireVisible(ctx, 'meeting', id);
  const [summary, row] = await Promise.all([findMeetingSummary(ctx.db, id), findMeetingRow(ctx.db, id)]);
  if (!summary || !row) throw new NotFoundError('meetingNotFound', 'id');
  const [participants, history, agenda, attachments, byRegion, home] = await Promise.all([
    listParticipants(ctx.db, id),
    listEventsFor(ctx.db, 'meeting', id),
    listAgenda(ctx.db, id),
    listAttachments(ctx.db, id),
    attendanceByRegion(ctx.db, id),
    findHomeRegions(ctx.db, 'meeting', id),
  ]);
  return {
    ...summary,
    summary: row.summary,
    statusReason: row.statusReason,
    minutes: row.minutes,
    agenda,
    attachments: attachments.map((a) => ({ ...a, createdAt: a.createdAt.toISOString() })),
    attendanceByRegion: byRegion,
    homeRegionCodes: [...home],
    allowedActions: allowedActions(meetingStatusMachine, summary.status),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    participants,
    history,
    headcount: row.headcount,
    trainingQuota: row.trainingQuota,
    trainedCount: row.trainedCount,
    followsMeetingId: row.followsMeetingId,
  };
}

function meetingValues(input: CreateInput | UpdateInput): MeetingValues {
  return {
    type: input.type,
    title: input.title,
    startsAt: new Date(input.startsAt),
    endsAt: new Date(input.endsAt),
    timeZone: input.timeZone,
    place: input.place,
    onlineUrl: input.onlineUrl,
    hostOrganizationId: input.hostOrganizationId,
    summary: input.summary,
    headcount: input.headcount,
    trainingQuota: input.trainingQuota,
    trainedCount: input.trainedCount,
  };
}

async function assertHostExists(ctx: Context, hostId: string) {
  if (!(await findOrganization(ctx.db, hostId)))
    throw new NotFoundError('organizationNotFound', 'hostOrganizationId');
}

function describeParticipant(p: ParticipantValues) {
  return {
    personId: p.personId,
    guestName: p.guestName,
    role: p.role,
    attendance: p.attendance,
    representedBy: p.representedBy,
  };
}

export async function createMeeting(ctx: Context, input: CreateInput): Promise<MeetingDetail> {
  const { id } = await createOnce(
    input.idempotencyKey,
    (key) => findMeetingIdByKey(ctx.db, key),
    () =>
      ctx.db.transaction().execute(async (trx) => {
        const scoped = { ...ctx, db: trx };
        await assertHostExists(scoped, input.hostOrganizationId);
        const participants = await resolveParticipants(trx, input.participants);
        const values = meetingValues(input);
        const meetingId = await insertMeeting(trx, {
          ...values,
          idempotencyKey: input.idempotencyKey ?? null,
        });
        await insertParticipants(trx, meetingId, participants);
        await requireHostWithinAuthority(scoped, meetingId);
        await recordEvent(trx, ctx.actor, {
          aggregateType: 'meeting',
          aggregateId: meetingId,
          eventType: 'MeetingLogged',
          payload: {
            ...values,
            participants: participants.map(describeParticipant),
          },
        });
        await applySeriesLink(
          scoped,
          { id: meetingId, startsAt: values.startsAt, previousFollowsMeetingId: null },
          input,
        );
        if (input.held) await markLoggedMeetingHeld(scoped, meetingId, values.startsAt);
        return meetingId;
      }),
  );
  return getMeeting(ctx, id);
}

/**
 * A meeting logged after it took place goes straight on to held, through the same transition
 * (and the same event) as "Tandai terlaksana" on its page, so its history shows both steps.
 */
async function markLoggedMeetingHeld(ctx: Context, meetingId: string, startsAt: Date) {
  if (startsAt.getTime() > Date.now()) throw new BadRequestError('meetingNotStarted', 'held');
  const from = meetingStatusMachine.initial;
  const to = requireTransition(meetingStatusMachine, from, 'markHeld', 'held');
  await setMeetingStatusRow(ctx.db, meetingId, to, null);
  await meetingEvent(ctx, meetingId, 'MeetingStatusChanged', { action: 'markHeld', from, to, reason: null });
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Meetings the caller may read that look like the one being logged (same type and host, starting
 * the same calendar day in its zone): the form warns before a second copy is recorded.
 */
export async function findSimilarMeetings(
  ctx: Context,
  input: z.output<typeof meetingSimilarInput>,
): Promise<MeetingSummary[]> {
  const day = isoToZonedWallTime(input.startsAt, input.timeZone).slice(0, 10);
  const from = zonedWallTimeToIso(`${day}T00:00`, input.timeZone);
  const to = new Date(Date.parse(from) + DAY_MS - 1).toISOString();
  const rows = await listMeetingRows(
    ctx.db,
    { type: input.type, from, to, scopeRegion: scopeOf(ctx) },
    null,
    SIMILAR_LIMIT,
  );
  return rows
    .filter((m) => m.host.id === input.hostOrganizationId && m.id !== input.excludeId)
    .slice(0, SIMILAR_SHOWN);
}

// One day of one type of meeting is a handful even for a busy province; the form names a few.
const SIMILAR_LIMIT = 50;
const SIMILAR_SHOWN = 5;

const trackedFields = [
  'type',
  'title',
  'startsAt',
  'endsAt',
  'timeZone',
  'place',
  'onlineUrl',
  'hostOrganizationId',
  'summary',
  'headcount',
  'trainingQuota',
  'trainedCount',
] as const satisfies readonly (keyof MeetingValues)[];

/** Replaces the participant list, keeping the rows (and their ids) of people who stay. */
async function syncParticipants(ctx: Context, meetingId: string, wanted: ParticipantValues[]) {
  const existing = await listParticipantRows(ctx.db, meetingId);
  const byKey = new Map<string, (typeof existing)[number][]>();
  for (const row of existing)
    byKey.set(participantKey(row), [...(byKey.get(participantKey(row)) ?? []), row]);
  const added: ParticipantValues[] = [];
  const changed: ParticipantValues[] = [];
  for (const p of wanted) {
    const match = byKey.get(participantKey(p))?.shift();
    if (!match) {
      added.push(p);
      continue;
    }
    const differs =
      match.role !== p.role ||
      match.attendance !== p.attendance ||
      match.representedBy !== p.representedBy ||
      match.organizationId !== p.organizationId ||
      match.regionCode !== p.regionCode ||
      match.guestPosition !== p.guestPosition;
    if (differs) {
      await updateParticipant(ctx.db, match.id, p);
      changed.push(p);
    }
  }
  const removed = [...byKey.values()].flat();
  await deleteParticipants(
    ctx.db,
    removed.map((r) => r.id),
  );
  await insertParticipants(ctx.db, meetingId, added);
  return {
    added: added.map(describeParticipant),
    changed: changed.map(describeParticipant),
    removed: removed.map((r) => describeParticipant(r as ParticipantValues)),
  };
}

export async function updateMeeting(ctx: Context, input: UpdateInput): Promise<MeetingDetail> {
  const outcome = await ctx.db.transaction().execute(async (trx) => {
    const scoped = { ...ctx, db: trx };
    await requireVisible(scoped, 'meeting', input.id);
    const before = await lockMeeting(trx, input.id);
    if (!before) throw new NotFoundError('meetingNotFound', 'id');
    await requireRecordAuthority(scoped, 'meeting', input.id);
    if (before.version !== input.version) return 'stale' as const;
    await assertHostExists(scoped, input.hostOrganizationId);
    const participants = await resolveParticipants(trx, input.participants);
    const values = meetingValues(input);
    const updated = await updateMeetingIfVersion(trx, input.id, input.version, values);
    if (!updated) return 'stale' as const;
    const changes = changedFields(before, values, trackedFields);
    const people = await syncParticipants(scoped, input.id, participants);
    // Moving the meeting to another host must not hand it out of the caller's own authority.
    await requireHostWithinAuthority(scoped, input.id);
    await recordEvent(trx, ctx.actor, {
      aggregateType: 'meeting',
      aggregateId: input.id,
      eventType: 'MeetingUpdated',
      payload: { version: updated.version, changes, participants: people },
    });
    // Checked after the new start is written: the series must still run forward in time.
    await applySeriesLink(
      scoped,
      { id: input.id, startsAt: values.startsAt, previousFollowsMeetingId: before.followsMeetingId },
      input,
    );
    return 'updated' as const;
  });
  if (outcome === 'stale') {
    throw new ConflictError('staleVersion', await getMeeting(ctx, input.id), 'version');
  }
  return getMeeting(ctx, input.id);
}

/**
 * How a change to a meeting finds, locks, authorizes and re-reads it: only the host office's
 * secretariat and heads (or those above it) change a meeting; offices that attended only read it.
 */
export const meetingChange: VersionedChange<MeetingRow, MeetingDetail> = {
  kind: 'meeting',
  lock: lockMeeting,
  read: getMeeting,
  authorize: (scoped, meeting) => requireRecordAuthority(scoped, 'meeting', meeting.id),
};

/** A change to one meeting: visible, at the caller's version, locked; the version moves on after `work`. */
function changeMeeting(
  ctx: Context,
  input: { id: string; version: number },
  work: (scoped: Context, meeting: MeetingRow) => Promise<void>,
): Promise<MeetingDetail> {
  return changeVersioned(ctx, input, meetingChange, async (scoped, meeting) => {
    await work(scoped, meeting);
    await bumpMeetingVersion(scoped.db, meeting.id);
  });
}

function meetingEvent<T extends EventTypeOf<'meeting'>>(
  ctx: Context,
  meetingId: string,
  eventType: T,
  payload: AggregatePayloadInput<'meeting', T>,
) {
  return recordEvent(ctx.db, ctx.actor, {
    aggregateType: 'meeting',
    aggregateId: meetingId,
    eventType,
    payload,
  });
}

export function setMeetingStatus(ctx: Context, input: z.output<typeof meetingStatusInput>) {
  return changeMeeting(ctx, input, async (scoped, meeting) => {
    const from = meeting.status;
    const to = requireTransition(meetingStatusMachine, from, input.action);
    await setMeetingStatusRow(scoped.db, meeting.id, to, input.reason);
    await meetingEvent(scoped, meeting.id, 'MeetingStatusChanged', {
      action: input.action,
      from,
      to,
      reason: input.reason,
    });
  });
}

export function saveMinutes(ctx: Context, input: z.output<typeof meetingMinutesInput>) {
  return changeMeeting(ctx, input, async (scoped, meeting) => {
    await setMeetingMinutes(scoped.db, meeting.id, input.minutes);
    await replaceAgenda(scoped.db, meeting.id, input.agenda);
    await meetingEvent(scoped, meeting.id, 'MinutesRecorded', {
      minutesLength: input.minutes?.length ?? 0,
      minutesChanged: (meeting.minutes ?? null) !== input.minutes,
      agenda: input.agenda.map((a) => a.title),
    });
  });
}

export function recordAttendance(ctx: Context, input: z.output<typeof meetingAttendanceInput>) {
  const request = { procedure: 'meetings.recordAttendance', idempotencyKey: input.idempotencyKey };
  return onceByReceipt(
    ctx,
    request,
    () =>
      changeMeeting(ctx, input, async (scoped, meeting) => {
        await writeReceipt(scoped.db, ctx, request, { id: meeting.id });
        await attendanceChange(scoped, meeting, input);
      }),
    (result) => getMeeting(ctx, result.id),
  );
}

async function attendanceChange(
  scoped: Context,
  meeting: MeetingRow,
  input: z.output<typeof meetingAttendanceInput>,
) {
  const rows = await listParticipantRows(scoped.db, meeting.id);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const changes: { participantId: string; from: string; to: string; representedBy: string | null }[] = [];
  for (const [index, entry] of input.entries.entries()) {
    const row = byId.get(entry.participantId);
    if (!row) throw new NotFoundError('participantNotFound', `entries.${index}.participantId`);
    const representedBy = entry.attendance === 'represented' ? entry.representedBy : null;
    if (row.attendance === entry.attendance && row.representedBy === representedBy) continue;
    await setAttendance(scoped.db, row.id, entry.attendance, representedBy);
    changes.push({ participantId: row.id, from: row.attendance, to: entry.attendance, representedBy });
  }
  await meetingEvent(scoped, meeting.id, 'AttendanceRecorded', { changes });
}

export function attachFile(ctx: Context, input: z.output<typeof meetingAttachmentInput>) {
  return changeMeeting(ctx, input, async (scoped, meeting) => {
    const file = await requireAttachableFile(scoped, input.fileId);
    await insertAttachment(scoped.db, meeting.id, file.id);
    await meetingEvent(scoped, meeting.id, 'AttachmentAdded', {
      fileId: file.id,
      fileName: file.fileName,
      sizeBytes: file.sizeBytes,
    });
  });
}

export function detachFile(ctx: Context, input: z.output<typeof meetingAttachmentInput>) {
  return changeMeeting(ctx, input, async (scoped, meeting) => {
    if (!(await deleteAttachment(scoped.db, meeting.id, input.fileId)))
      throw new NotFoundError('fileNotFound', 'fileId');
    await meetingEvent(scoped, meeting.id, 'AttachmentRemoved', { fileId: input.fileId });
  });
}
