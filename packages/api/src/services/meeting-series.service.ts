import {
  type CarryOverCandidates,
  type CarryOverKind,
  type CarryOverRecord,
  type carryOverCandidatesInput,
  type carryOverEntryInput,
  type MeetingSeries,
  type SeriesMeeting,
  type setCarryOverInput,
  todayIn,
} from '@tindak/shared';
import type { z } from 'zod';
import type { Context } from '../context';
import { BadRequestError, NotFoundError } from '../errors';
import { recordEvent } from '../events/record-event';
import { isDirectiveVisible } from '../repositories/directive.repo';
import { findMeetingRow } from '../repositories/meeting.repo';
import { bumpMeetingVersion, lockMeeting } from '../repositories/meeting-change.repo';
import {
  countOpenFollowUps,
  earliestFollowerStart,
  listAncestorIds,
  listCarryOverRows,
  listSeriesDirectives,
  listSeriesMeetings,
  listSeriesRecords,
  lockFollowedStart,
  type RecordIds,
  type RecordRow,
  replaceCarryOver,
  type SeriesMeetingRow,
  setFollowsMeeting,
} from '../repositories/meeting-series.repo';
import { isVisible, visibleAmong } from '../repositories/scope';
import { requireRecordAuthority } from './authority';
import { directiveSpreads } from './directive-spread';
import { requireVisible, scopeOf } from './scope';
import { changeVersioned, type VersionedChange } from './versioned-change';

type CarryOverEntry = z.output<typeof carryOverEntryInput>;

const keyOf = (record: { kind: CarryOverKind; id: string }) => `${record.kind}:${record.id}`;

function idsByKind(entries: readonly { kind: CarryOverKind; id: string }[]): RecordIds {
  const ids: RecordIds = { proposal: [], commitment: [], actionItem: [], directive: [] };
  for (const entry of entries) ids[entry.kind].push(entry.id);
  return ids;
}

function toRecord(row: Omit<RecordRow, 'directiveId'>): CarryOverRecord {
  return {
    kind: row.kind,
    id: row.id,
    title: row.title,
    status: row.status,
    open: row.open,
    owner: row.owner,
    dueOn: row.dueOn,
    fromMeeting:
      row.fromMeetingId && row.fromMeetingTitle && row.fromMeetingStartsAt
        ? {
            id: row.fromMeetingId,
            title: row.fromMeetingTitle,
            startsAt: new Date(row.fromMeetingStartsAt).toISOString(),
            timeZone: row.fromMeetingTimeZone ?? 'Asia/Jakarta',
          }
        : null,
  };
}

function toSeriesMeeting(row: SeriesMeetingRow, counts: Map<string, number>): SeriesMeeting {
  return {
    id: row.id,
    type: row.type,
    title: row.title,
    startsAt: new Date(row.startsAt).toISOString(),
    endsAt: new Date(row.endsAt).toISOString(),
    timeZone: row.timeZone,
    status: row.status,
    host: { id: row.hostId, name: row.hostName },
    followsMeetingId: row.followsMeetingId,
    openFollowUps: counts.get(row.id) ?? 0,
  };
}

/**
 * Directives as carry-over records, each with its spread over the items the reader sees (a regency
 * counts its own share only), read live.
 */
async function directiveRecords(
  ctx: Context,
  filter: { meetingIds: readonly string[] | null; openOnly: boolean; only?: string[] },
): Promise<CarryOverRecord[]> {
  const region = scopeOf(ctx);
  const rows = await listSeriesDirectives(ctx.db, { ...filter, region });
  if (rows.length === 0) return [];
  const spreads = await directiveSpreads(
    ctx.db,
    rows.map((row) => row.id),
    { scopeRegion: region },
    todayIn(),
  );
  return rows.map((row) => {
    const spread = spreads.get(row.id);
    return spread ? { ...toRecord(row), spread } : toRecord(row);
  });
}

/**
 * The open records of these meetings the reader sees: an open directive is one record, and its
 * items are not offered apart from it (items of a directive the reader cannot see stay on their own).
 */
async function openSeriesRecords(ctx: Context, meetingIds: readonly string[], only?: RecordIds) {
  const region = scopeOf(ctx);
  const directives = await directiveRecords(ctx, {
    meetingIds,
    openOnly: true,
    ...(only ? { only: only.directive } : {}),
  });
  const offered = new Set(directives.map((d) => d.id));
  const records = await listSeriesRecords(ctx.db, {
    meetingIds,
    region,
    openOnly: true,
    ...(only ? { only } : {}),
  });
  return [
    ...records.filter((row) => !(row.directiveId && offered.has(row.directiveId))).map(toRecord),
    ...directives,
  ];
}

/** A meeting's carry-over section as the reader sees it: records out of their scope are left out. */
async function carryOverLines(ctx: Context, meetingId: string) {
  const rows = await listCarryOverRows(ctx.db, meetingId);
  if (rows.length === 0) return [];
  const only = idsByKind(rows);
  const records = [
    ...(
      await listSeriesRecords(ctx.db, { meetingIds: null, region: scopeOf(ctx), openOnly: false, only })
    ).map(toRecord),
    ...(await directiveRecords(ctx, { meetingIds: null, openOnly: false, only: only.directive })),
  ];
  const byKey = new Map(records.map((record) => [keyOf(record), record]));
  return rows.flatMap((row) => {
    const record = byKey.get(keyOf(row));
    return record ? [{ ...record, position: row.position, note: row.note }] : [];
  });
}

/** The series a meeting belongs to, as far as the reader sees it, and its carry-over section. */
export async function getMeetingSeries(ctx: Context, meetingId: string): Promise<MeetingSeries> {
  await requireVisible(ctx, 'meeting', meetingId, 'meetingId');
  const row = await findMeetingRow(ctx.db, meetingId);
  if (!row) throw new NotFoundError('meetingNotFound', 'meetingId');
  const region = scopeOf(ctx);
  const chain = await listSeriesMeetings(ctx.db, meetingId, region);
  const counts = await countOpenFollowUps(
    ctx.db,
    chain.map((m) => m.id),
    region,
  );
  const meetings = chain.map((m) => toSeriesMeeting(m, counts));
  return {
    meetingId,
    version: row.version,
    meetings,
    previous: meetings.find((m) => m.id === row.followsMeetingId) ?? null,
    next: meetings.filter((m) => m.followsMeetingId === meetingId),
    carryOver: await carryOverLines(ctx, meetingId),
  };
}

/**
 * What a meeting that follows `followsMeetingId` may carry over: the open records of that meeting
 * and of the meetings before it in the series, that the reader sees; with `meetingId` (a meeting
 * being edited), also what it carries already, even if closed since.
 */
export async function listCarryOverCandidates(
  ctx: Context,
  input: z.output<typeof carryOverCandidatesInput>,
): Promise<CarryOverCandidates> {
  await requireVisible(ctx, 'meeting', input.followsMeetingId, 'followsMeetingId');
  if (input.meetingId) await requireVisible(ctx, 'meeting', input.meetingId, 'meetingId');
  const ancestors = await listAncestorIds(ctx.db, input.followsMeetingId);
  const items = await openSeriesRecords(ctx, ancestors);
  if (input.meetingId) {
    const known = new Set(items.map(keyOf));
    for (const line of await carryOverLines(ctx, input.meetingId)) {
      if (known.has(keyOf(line))) continue;
      const { position: _position, note: _note, ...record } = line;
      items.push(record);
    }
  }
  return { items };
}

/**
 * Every entry must be an open record of the followed meeting or one before it in the series that
 * the caller sees (or one the section already carries, so a record closed since can stay).
 */
async function requireCarryOverCandidates(
  ctx: Context,
  meetingId: string,
  followsMeetingId: string | null,
  entries: readonly CarryOverEntry[],
  field: string,
) {
  if (entries.length === 0) return;
  if (!followsMeetingId) throw new BadRequestError('carryOverNeedsSeries', field);
  const region = scopeOf(ctx);
  const ancestors = await listAncestorIds(ctx.db, followsMeetingId);
  const candidates = await openSeriesRecords(ctx, ancestors, idsByKind(entries));
  const allowed = new Set([
    ...candidates.map(keyOf),
    ...(await listCarryOverRows(ctx.db, meetingId)).map(keyOf),
  ]);
  const wanted = idsByKind(entries);
  const visible = {
    proposal: await visibleAmong(ctx.db, 'proposal', wanted.proposal, region),
    commitment: await visibleAmong(ctx.db, 'commitment', wanted.commitment, region),
    actionItem: await visibleAmong(ctx.db, 'actionItem', wanted.actionItem, region),
    directive: await visibleDirectives(ctx, wanted.directive),
  };
  for (const [index, entry] of entries.entries()) {
    // A record out of the caller's sight is answered as missing, whatever else is wrong with it.
    if (!visible[entry.kind].has(entry.id)) {
      throw new NotFoundError('carryOverRecordNotFound', `${field}.${index}.id`);
    }
    if (!allowed.has(keyOf(entry)))
      throw new BadRequestError('carryOverNotCandidate', `${field}.${index}.id`);
  }
}

/** The directives among `ids` the caller sees. */
async function visibleDirectives(ctx: Context, ids: readonly string[]): Promise<Set<string>> {
  const region = scopeOf(ctx);
  const seen = new Set<string>();
  for (const id of ids) if (await isDirectiveVisible(ctx.db, id, region)) seen.add(id);
  return seen;
}

function sameCarryOver(
  current: readonly { kind: CarryOverKind; id: string; note: string | null }[],
  wanted: readonly CarryOverEntry[],
) {
  return (
    current.length === wanted.length &&
    current.every((row, index) => {
      const entry = wanted[index];
      return entry && keyOf(row) === keyOf(entry) && row.note === entry.note;
    })
  );
}

/** Replaces the section (when it changed) and records it. */
async function writeCarryOver(ctx: Context, meetingId: string, entries: readonly CarryOverEntry[]) {
  const current = await listCarryOverRows(ctx.db, meetingId);
  if (sameCarryOver(current, entries)) return;
  await replaceCarryOver(ctx.db, meetingId, entries);
  await recordEvent(ctx.db, ctx.actor, {
    aggregateType: 'meeting',
    aggregateId: meetingId,
    eventType: 'MeetingCarryOverSet',
    payload: { items: entries.map((e) => ({ kind: e.kind, id: e.id, note: e.note })) },
  });
}

/**
 * A meeting's place in its series, on create and on every update (inside their transaction, after
 * the meeting row is written): the meeting it follows must be one the caller reads that starts
 * earlier, and every meeting that follows it must start later, so a reschedule can never make the
 * series loop. `followsMeetingId` undefined keeps the link; `carryOver` undefined keeps the section.
 */
export async function applySeriesLink(
  ctx: Context,
  meeting: { id: string; startsAt: Date; previousFollowsMeetingId: string | null },
  input: { followsMeetingId?: string | null | undefined; carryOver?: readonly CarryOverEntry[] | undefined },
): Promise<void> {
  const previous = meeting.previousFollowsMeetingId;
  const follows = input.followsMeetingId === undefined ? previous : input.followsMeetingId;
  const linkChanged = follows !== previous;
  if (follows) {
    if (follows === meeting.id) throw new BadRequestError('followsLaterMeeting', 'followsMeetingId');
    if (linkChanged && !(await isVisible(ctx.db, 'meeting', follows, scopeOf(ctx)))) {
      throw new NotFoundError('followedMeetingNotFound', 'followsMeetingId');
    }
    const followedStart = await lockFollowedStart(ctx.db, follows);
    if (!followedStart) throw new NotFoundError('followedMeetingNotFound', 'followsMeetingId');
    if (followedStart.getTime() >= meeting.startsAt.getTime()) {
      throw new BadRequestError('followsLaterMeeting', linkChanged ? 'followsMeetingId' : 'startsAt');
    }
  }
  const earliestFollower = await earliestFollowerStart(ctx.db, meeting.id);
  if (earliestFollower && earliestFollower.getTime() <= meeting.startsAt.getTime()) {
    throw new BadRequestError('followerStartsEarlier', 'startsAt');
  }
  if (input.carryOver !== undefined) {
    await requireCarryOverCandidates(ctx, meeting.id, follows, input.carryOver, 'carryOver');
  }
  if (linkChanged) {
    await setFollowsMeeting(ctx.db, meeting.id, follows);
    await recordEvent(ctx.db, ctx.actor, {
      aggregateType: 'meeting',
      aggregateId: meeting.id,
      eventType: 'MeetingSeriesLinked',
      payload: { followsMeetingId: follows, previousFollowsMeetingId: previous },
    });
  }
  // Leaving the series leaves nothing to carry over from it.
  const carryOver = follows === null ? [] : input.carryOver;
  if (carryOver !== undefined) await writeCarryOver(ctx, meeting.id, carryOver);
}

const seriesChange: VersionedChange<NonNullable<Awaited<ReturnType<typeof lockMeeting>>>, MeetingSeries> = {
  kind: 'meeting',
  lock: lockMeeting,
  read: getMeetingSeries,
  authorize: (scoped, meeting) => requireRecordAuthority(scoped, 'meeting', meeting.id),
};

/** Edits the carry-over section of a meeting later ("Tindak lanjut rapat sebelumnya"). */
export function setCarryOver(
  ctx: Context,
  input: z.output<typeof setCarryOverInput>,
): Promise<MeetingSeries> {
  return changeVersioned(
    ctx,
    { id: input.meetingId, version: input.version },
    seriesChange,
    async (scoped, row) => {
      await requireCarryOverCandidates(scoped, row.id, row.followsMeetingId, input.items, 'items');
      const before = await listCarryOverRows(scoped.db, row.id);
      if (sameCarryOver(before, input.items)) return;
      await writeCarryOver(scoped, row.id, input.items);
      await bumpMeetingVersion(scoped.db, row.id);
    },
  );
}

/**
 * Puts a recorded meeting into a series after the fact, carrying over every open record the
 * caller sees of the earlier meetings (the demo seed links meetings logged before their forerunner).
 */
export function followMeeting(
  ctx: Context,
  input: { id: string; version: number; followsMeetingId: string },
): Promise<MeetingSeries> {
  return changeVersioned(ctx, input, seriesChange, async (scoped, row) => {
    const { items } = await listCarryOverCandidates(scoped, { followsMeetingId: input.followsMeetingId });
    await applySeriesLink(
      scoped,
      { id: row.id, startsAt: row.startsAt, previousFollowsMeetingId: row.followsMeetingId },
      {
        followsMeetingId: input.followsMeetingId,
        carryOver: items.map((record) => ({ kind: record.kind, id: record.id, note: null })),
      },
    );
    await bumpMeetingVersion(scoped.db, row.id);
  });
}
