import { randomUUID } from 'node:crypto';
import { TRPCError } from '@trpc/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApi } from './support';
import { countRows, makeOffice, meetingInput } from './support/fixtures';

const api = useTestApi();
let hostId: string;
let kerinciOfficeId: string;

beforeAll(async () => {
  hostId = (await makeOffice(api, 'Diskominfo Provinsi Jambi')).id;
  kerinciOfficeId = (await makeOffice(api, 'Diskominfo Kabupaten Kerinci', '15.01')).id;
});

async function failureOf(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(error)}`);
  return error;
}

describe('meetings.create', () => {
  it('stores the meeting, its participants and one MeetingLogged event', async () => {
    const ariansyah = await api.caller().people.create({
      fullName: 'Drs. Ariansyah, M.E.',
      position: 'Kepala Dinas',
      organizationId: hostId,
    });
    const meeting = await api.caller().meetings.create(
      meetingInput(hostId, {
        participants: [
          { kind: 'person', personId: ariansyah.id, role: 'chair', attendance: 'present' },
          { kind: 'guest', guestName: 'Perwakilan Diskominfo Kerinci', organizationId: kerinciOfficeId },
        ],
      }),
    );

    expect(meeting.title).toBe('Rakornis Kominfo 2025');
    expect(meeting.startsAt).toBe('2025-11-03T02:00:00.000Z');
    expect(meeting.version).toBe(1);
    expect(meeting.participants.map((p) => [p.name, p.role, p.region?.code])).toEqual([
      ['Drs. Ariansyah, M.E.', 'chair', '15'],
      ['Perwakilan Diskominfo Kerinci', 'participant', '15.01'],
    ]);
    expect(meeting.regions.map((r) => r.code)).toEqual(['15', '15.01']);

    const events = await api.database.db
      .selectFrom('events')
      .selectAll()
      .where('aggregateId', '=', meeting.id)
      .execute();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ aggregateType: 'meeting', eventType: 'MeetingLogged' });
    expect(meeting.history.map((h) => h.eventType)).toEqual(['MeetingLogged']);
  });

  it('writes nothing when a participant refers to an unknown person', async () => {
    const [meetingsBefore, eventsBefore] = [await countRows(api, 'meetings'), await countRows(api, 'events')];
    const error = await failureOf(
      api.caller().meetings.create(
        meetingInput(hostId, {
          title: 'Rapat yang gagal',
          participants: [
            { kind: 'guest', guestName: 'Tamu' },
            { kind: 'person', personId: randomUUID() },
          ],
        }),
      ),
    );
    expect(error.code).toBe('NOT_FOUND');
    expect(error.cause).toMatchObject({ field: 'participants.1.personId' });
    expect(await countRows(api, 'meetings')).toBe(meetingsBefore);
    expect(await countRows(api, 'events')).toBe(eventsBefore);
  });

  it('rejects an unknown host office as NOT_FOUND on that field', async () => {
    const error = await failureOf(api.caller().meetings.create(meetingInput(randomUUID())));
    expect(error.code).toBe('NOT_FOUND');
    expect(error.cause).toMatchObject({ field: 'hostOrganizationId' });
  });

  it.each([
    ['a blank title', { title: '  ' }],
    ['an end before the start', { endsAt: '2025-11-03T08:00:00+07:00' }],
    ['an oversized summary', { summary: 'x'.repeat(20_001) }],
    ['a wrong type', { participants: 'semua' as never }],
    ['an unknown meeting type', { type: 'pesta' as never }],
    ['a date without a zone', { startsAt: '2025-11-03 09:00' }],
  ])('rejects %s with BAD_REQUEST and writes nothing', async (_label, overrides) => {
    const before = await countRows(api, 'meetings');
    const error = await failureOf(api.caller().meetings.create(meetingInput(hostId, overrides)));
    expect(error.code).toBe('BAD_REQUEST');
    expect(await countRows(api, 'meetings')).toBe(before);
  });

  it('creates one meeting when the same request is retried, even concurrently', async () => {
    const idempotencyKey = randomUUID();
    const input = meetingInput(hostId, { title: 'Audiensi ke Komdigi', idempotencyKey });
    const before = await countRows(api, 'meetings');
    const results = await Promise.all([
      api.caller().meetings.create(input),
      api.caller().meetings.create(input),
      api.caller().meetings.create(input),
    ]);
    const again = await api.caller().meetings.create(input);
    expect(new Set([...results, again].map((m) => m.id)).size).toBe(1);
    expect(await countRows(api, 'meetings')).toBe(before + 1);
    const logged = await api.database.db
      .selectFrom('events')
      .select('id')
      .where('aggregateId', '=', again.id)
      .execute();
    expect(logged).toHaveLength(1);
  });
});

describe('meetings.update', () => {
  it('applies a change, bumps the version and records what changed', async () => {
    const created = await api
      .caller()
      .meetings.create(meetingInput(hostId, { title: 'Forum Perangkat Daerah' }));
    const updated = await api.caller().meetings.update({
      ...meetingInput(hostId, { title: 'Forum Perangkat Daerah 2024', place: 'Wiltop Hotel Jambi' }),
      id: created.id,
      version: created.version,
      participants: [{ kind: 'guest', guestName: 'Narasumber BPS', role: 'resource_person' }],
    });
    expect(updated.version).toBe(2);
    expect(updated.title).toBe('Forum Perangkat Daerah 2024');
    expect(updated.participants.map((p) => p.name)).toEqual(['Narasumber BPS']);
    const [latest] = updated.history;
    expect(latest?.eventType).toBe('MeetingUpdated');
    expect(latest?.payload).toMatchObject({
      changes: {
        title: { from: 'Forum Perangkat Daerah', to: 'Forum Perangkat Daerah 2024' },
        place: { to: 'Wiltop Hotel Jambi' },
      },
      participants: { added: [{ guestName: 'Narasumber BPS' }] },
    });
  });

  it('keeps participant rows of people who stay', async () => {
    const created = await api
      .caller()
      .meetings.create(
        meetingInput(hostId, { participants: [{ kind: 'guest', guestName: 'Perwakilan Tebo' }] }),
      );
    const keptId = created.participants[0]?.id;
    const updated = await api.caller().meetings.update({
      ...meetingInput(hostId),
      id: created.id,
      version: 1,
      participants: [
        { kind: 'guest', guestName: 'Perwakilan Tebo', attendance: 'present' },
        { kind: 'guest', guestName: 'Perwakilan Bungo' },
      ],
    });
    const tebo = updated.participants.find((p) => p.name === 'Perwakilan Tebo');
    expect(tebo).toMatchObject({ id: keptId, attendance: 'present' });
  });

  it('lets one of two edits from the same version win; the other gets CONFLICT with the current state', async () => {
    const created = await api.caller().meetings.create(meetingInput(hostId, { title: 'Audiensi Banyuasin' }));
    const edit = (title: string) =>
      api
        .caller()
        .meetings.update({ ...meetingInput(hostId, { title }), id: created.id, version: created.version });
    const outcomes = await Promise.allSettled([edit('Versi A'), edit('Versi B')]);
    const won = outcomes.filter((o) => o.status === 'fulfilled');
    const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const error = lost[0]?.reason as TRPCError;
    expect(error.code).toBe('CONFLICT');
    const current = (error.cause as { current?: { title: string; version: number } }).current;
    expect(current?.version).toBe(2);
    const stored = await api.caller().meetings.get({ id: created.id });
    expect(stored.title).toBe(current?.title);
    expect(stored.history.filter((h) => h.eventType === 'MeetingUpdated')).toHaveLength(1);
  });

  it('answers NOT_FOUND for an unknown meeting', async () => {
    const error = await failureOf(
      api.caller().meetings.update({ ...meetingInput(hostId), id: randomUUID(), version: 1 }),
    );
    expect(error.code).toBe('NOT_FOUND');
  });
});

describe('meetings.get', () => {
  it('answers NOT_FOUND for an unknown id and BAD_REQUEST for a malformed one', async () => {
    expect((await failureOf(api.caller().meetings.get({ id: randomUUID() }))).code).toBe('NOT_FOUND');
    expect((await failureOf(api.caller().meetings.get({ id: 'rapat-1' }))).code).toBe('BAD_REQUEST');
  });
});
