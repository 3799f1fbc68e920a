import { randomUUID } from 'node:crypto';
import { todayIn } from '@tindak/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../src/context';
import { createUser, useTestApi } from './support';
import { makeOffice, meetingInput } from './support/fixtures';
import { refusedWithoutEffect } from './support/refusal-check';

/**
 * Issue 20: a phone resends what it queued offline, sometimes after the first send already reached
 * the server (the answer was lost). Each of the four field changes carries the key made when the
 * person saved; the same key from the same person applies once, whatever the timing.
 */
const api = useTestApi();
let officeId: string;
let otherHead: SessionUser;

const inDays = (n: number) => {
  const [y, m, d] = todayIn().split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
};

beforeAll(async () => {
  officeId = (await makeOffice(api, 'Diskominfo Kabupaten Kerinci', '15.01')).id;
  const national = await api.database.db
    .selectFrom('users')
    .select('organizationId')
    .where('id', '=', api.head.id)
    .executeTakeFirstOrThrow();
  otherHead = await createUser(api, { role: 'head', organizationId: national.organizationId });
});

async function newItem() {
  const meeting = await api.caller().meetings.create(meetingInput(officeId));
  return api.caller().actionItems.create({
    title: 'Pendataan menara telekomunikasi',
    meetingId: meeting.id,
    ownerOrganizationId: officeId,
    dueOn: inDays(30),
  });
}

async function newMeeting() {
  return api
    .caller()
    .meetings.create(
      meetingInput(officeId, { participants: [{ kind: 'guest', guestName: 'Camat Gunung Kerinci' }] }),
    );
}

async function eventCount(aggregateId: string, eventType: string) {
  const { n } = await api.database.db
    .selectFrom('events')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('aggregateId', '=', aggregateId)
    .where('eventType', '=', eventType)
    .executeTakeFirstOrThrow();
  return Number(n);
}

/** One change per procedure, sent as `user` with `key`; returns the record id and what counts it once. */
const changes = {
  'actionItems.reportProgress': {
    event: 'ProgressReported',
    prepare: newItem,
    send: (target: { id: string; version: number }, key: string, user = api.head) =>
      api.callerAs(user).actionItems.reportProgress({
        id: target.id,
        version: target.version,
        progress: 60,
        idempotencyKey: key,
      }),
  },
  'actionItems.comment': {
    event: 'CommentAdded',
    prepare: newItem,
    send: (target: { id: string; version: number }, key: string, user = api.head) =>
      api
        .callerAs(user)
        .actionItems.comment({ id: target.id, body: 'Sudah survei lokasi.', idempotencyKey: key }),
  },
  'actionItems.submitEvidence': {
    event: 'EvidenceSubmitted',
    prepare: newItem,
    send: (target: { id: string; version: number }, key: string, user = api.head) =>
      api.callerAs(user).actionItems.submitEvidence({
        id: target.id,
        version: target.version,
        note: 'Foto menara terlampir.',
        idempotencyKey: key,
      }),
  },
  'meetings.recordAttendance': {
    event: 'AttendanceRecorded',
    prepare: newMeeting,
    send: async (target: { id: string; version: number }, key: string, user = api.head) => {
      const meeting = await api.callerAs(user).meetings.get({ id: target.id });
      return api.callerAs(user).meetings.recordAttendance({
        id: target.id,
        version: target.version,
        entries: [{ participantId: meeting.participants[0]?.id as string, attendance: 'present' }],
        idempotencyKey: key,
      });
    },
  },
} as const;

describe.each(Object.entries(changes))('%s with an idempotency key', (_procedure, change) => {
  it('applies once when the same key is sent again, and answers the same', async () => {
    const target = await change.prepare();
    const key = randomUUID();
    const first = await change.send(target, key);
    const again = await change.send(target, key);
    expect(again).toEqual(first);
    expect(await eventCount(target.id, change.event)).toBe(1);
  });

  it('applies once when two sends with the same key arrive together', async () => {
    const target = await change.prepare();
    const key = randomUUID();
    const [a, b] = await Promise.all([change.send(target, key), change.send(target, key)]);
    expect(a).toEqual(b);
    expect(await eventCount(target.id, change.event)).toBe(1);
  });

  it("does not hand one person's receipt to another who sends the same key", async () => {
    const target = await change.prepare();
    const key = randomUUID();
    await change.send(target, key);
    const second = change.send(target, key, otherHead);
    if (change.event === 'CommentAdded') {
      // No version to go stale: the other person's comment is their own, applied.
      await second;
      expect(await eventCount(target.id, change.event)).toBe(2);
    } else {
      // Their send is judged on its own: at the version both saw, it is stale now.
      await expect(second).rejects.toMatchObject({ code: 'CONFLICT' });
      expect(await eventCount(target.id, change.event)).toBe(1);
    }
  });
});

describe('receipts and refusals', () => {
  it('returns the record as it is, not a conflict, when a change is replayed after later changes', async () => {
    const item = await newItem();
    const key = randomUUID();
    const first = await api
      .caller()
      .actionItems.reportProgress({ id: item.id, version: item.version, progress: 30, idempotencyKey: key });
    const later = await api
      .caller()
      .actionItems.reportProgress({ id: item.id, version: first.version, progress: 50 });
    const replay = await api
      .caller()
      .actionItems.reportProgress({ id: item.id, version: item.version, progress: 30, idempotencyKey: key });
    expect(replay).toMatchObject({ version: later.version, progress: 50 });
    expect(await eventCount(item.id, 'ProgressReported')).toBe(2);
  });

  it('a stale change with a new key writes nothing, not even a receipt', async () => {
    const item = await newItem();
    await api.caller().actionItems.reportProgress({ id: item.id, version: item.version, progress: 10 });
    await refusedWithoutEffect(
      api.database.db,
      () =>
        api.caller().actionItems.reportProgress({
          id: item.id,
          version: item.version,
          progress: 20,
          idempotencyKey: randomUUID(),
        }),
      'CONFLICT',
    );
  });

  it('refuses a key already used for another procedure, and writes nothing', async () => {
    const item = await newItem();
    const key = randomUUID();
    const progressed = await api
      .caller()
      .actionItems.reportProgress({ id: item.id, version: item.version, progress: 10, idempotencyKey: key });
    await refusedWithoutEffect(
      api.database.db,
      () =>
        api.caller().actionItems.submitEvidence({
          id: item.id,
          version: progressed.version,
          note: 'Bukti',
          idempotencyKey: key,
        }),
      'BAD_REQUEST',
    );
  });

  it('a refused change (no authority) writes no receipt, so the key stays usable', async () => {
    const item = await newItem();
    const tebo = await makeOffice(api, 'Diskominfo Kabupaten Tebo', '15.09');
    const outsider = await createUser(api, { role: 'staff', organizationId: tebo.id });
    const key = randomUUID();
    await refusedWithoutEffect(
      api.database.db,
      () => api.callerAs(outsider).actionItems.comment({ id: item.id, body: 'Titip', idempotencyKey: key }),
      'NOT_FOUND',
    );
    await api.caller().actionItems.comment({ id: item.id, body: 'Catatan', idempotencyKey: key });
    expect(await eventCount(item.id, 'CommentAdded')).toBe(1);
  });
});
