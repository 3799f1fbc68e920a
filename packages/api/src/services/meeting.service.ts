import type {
  MeetingDetail,
  MeetingListOutput,
  meetingCreateInput,
  meetingListInput,
  meetingUpdateInput,
} from '@tindak/shared';
import type { z } from 'zod';
import type { Context } from '../context';
import { BadRequestError, ConflictError, NotFoundError } from '../errors';
import { recordEvent } from '../events/record-event';
import { listEventsFor } from '../repositories/event.repo';
import {
  deleteParticipants,
  findMeetingIdByKey,
  findMeetingRow,
  findMeetingSummary,
  insertMeeting,
  insertParticipants,
  listMeetings as listMeetingRows,
  listParticipantRows,
  listParticipants,
  type MeetingCursor,
  type MeetingRow,
  type MeetingValues,
  type ParticipantValues,
  updateMeetingIfVersion,
  updateParticipant,
} from '../repositories/meeting.repo';
import { findOrganization } from '../repositories/organization.repo';
import { createOnce } from './idempotent';
import { participantKey, resolveParticipants } from './participants';

type ListInput = z.output<typeof meetingListInput>;
type CreateInput = z.output<typeof meetingCreateInput>;
type UpdateInput = z.output<typeof meetingUpdateInput>;

function encodeCursor(cursor: MeetingCursor): string {
  return Buffer.from(JSON.stringify([cursor.startsAt, cursor.id])).toString('base64url');
}

function decodeCursor(value: string): MeetingCursor {
  try {
    const [startsAt, id] = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as unknown[];
    if (typeof startsAt === 'string' && typeof id === 'string' && !Number.isNaN(Date.parse(startsAt))) {
      if (/^[0-9a-f-]{36}$/i.test(id)) return { startsAt, id };
    }
  } catch {
    // fall through to the error below
  }
  throw new BadRequestError('invalidCursor', 'cursor');
}

export async function listMeetings(ctx: Context, input: ListInput): Promise<MeetingListOutput> {
  const cursor = input.cursor ? decodeCursor(input.cursor) : null;
  const rows = await listMeetingRows(ctx.db, input, cursor, input.limit);
  const items = rows.slice(0, input.limit);
  const last = items.at(-1);
  const nextCursor =
    rows.length > input.limit && last ? encodeCursor({ startsAt: last.startsAt, id: last.id }) : null;
  return { items, nextCursor };
}

export async function getMeeting(ctx: Context, id: string): Promise<MeetingDetail> {
  const [summary, row] = await Promise.all([findMeetingSummary(ctx.db, id), findMeetingRow(ctx.db, id)]);
  if (!summary || !row) throw new NotFoundError('meetingNotFound', 'id');
  const [participants, history] = await Promise.all([
    listParticipants(ctx.db, id),
    listEventsFor(ctx.db, 'meeting', id),
  ]);
  return {
    ...summary,
    summary: row.summary,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    participants,
    history,
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
  };
}

async function assertHostExists(ctx: Context, hostId: string) {
  if (!(await findOrganization(ctx.db, hostId)))
    throw new NotFoundError('organizationNotFound', 'hostOrganizationId');
}

function describeParticipant(p: ParticipantValues) {
  return { personId: p.personId, guestName: p.guestName, role: p.role, attendance: p.attendance };
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
        await recordEvent(trx, ctx.actor, {
          aggregateType: 'meeting',
          aggregateId: meetingId,
          eventType: 'MeetingLogged',
          payload: {
            ...values,
            participants: participants.map(describeParticipant),
          },
        });
        return meetingId;
      }),
  );
  return getMeeting(ctx, id);
}

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
] as const satisfies readonly (keyof MeetingValues)[];

function changedFields(before: MeetingRow, after: MeetingValues) {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const field of trackedFields) {
    const from = before[field];
    const to = after[field];
    const same = from instanceof Date && to instanceof Date ? from.getTime() === to.getTime() : from === to;
    if (!same) changes[field] = { from, to };
  }
  return changes;
}

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
    const before = await trx
      .selectFrom('meetings')
      .selectAll()
      .where('id', '=', input.id)
      .forUpdate()
      .executeTakeFirst();
    if (!before) throw new NotFoundError('meetingNotFound', 'id');
    if (before.version !== input.version) return 'stale' as const;
    await assertHostExists(scoped, input.hostOrganizationId);
    const participants = await resolveParticipants(trx, input.participants);
    const values = meetingValues(input);
    const updated = await updateMeetingIfVersion(trx, input.id, input.version, values);
    if (!updated) return 'stale' as const;
    const changes = changedFields(before, values);
    const people = await syncParticipants(scoped, input.id, participants);
    await recordEvent(trx, ctx.actor, {
      aggregateType: 'meeting',
      aggregateId: input.id,
      eventType: 'MeetingUpdated',
      payload: { version: updated.version, changes, participants: people },
    });
    return 'updated' as const;
  });
  if (outcome === 'stale') {
    throw new ConflictError('staleVersion', await getMeeting(ctx, input.id), 'version');
  }
  return getMeeting(ctx, input.id);
}
