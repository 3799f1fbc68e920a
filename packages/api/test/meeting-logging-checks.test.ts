import type { TRPCError } from '@trpc/server';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ZodError } from 'zod';
import { createUser, useTestApi } from './support';
import { dbSnapshots } from './support/db-snapshot';
import { makeOffice, meetingInput } from './support/fixtures';

// What the meeting form checks before and while a meeting is logged (issue 21): a meeting logged
// after the fact is saved as held, a likely second copy is found, "represented" names who came.
const api = useTestApi();
let provinceId: string;
let kerinciId: string;

beforeAll(async () => {
  provinceId = (await makeOffice(api, 'Diskominfo Provinsi Jambi', '15')).id;
  kerinciId = (await makeOffice(api, 'Diskominfo Kabupaten Kerinci', '15.01')).id;
});

describe('logging a meeting that already took place', () => {
  it('saves it as held in the same change, with the logging and the status change in its history', async () => {
    const meeting = await api
      .caller()
      .meetings.create(meetingInput(provinceId, { title: 'Forum Perangkat Daerah 2024', held: true }));
    expect(meeting.status).toBe('held');
    expect(meeting.allowedActions).toEqual([]);
    const events = await api.database.db
      .selectFrom('events')
      .select(['eventType', 'payload'])
      .where('aggregateId', '=', meeting.id)
      .orderBy('id')
      .execute();
    expect(events.map((e) => e.eventType)).toEqual(['MeetingLogged', 'MeetingStatusChanged']);
    expect(events[1]?.payload).toMatchObject({ action: 'markHeld', from: 'scheduled', to: 'held' });
  });

  it('keeps a meeting logged without the choice scheduled', async () => {
    const meeting = await api.caller().meetings.create(meetingInput(provinceId, { title: 'Rapat biasa' }));
    expect(meeting.status).toBe('scheduled');
  });

  it('refuses "held" for a meeting that has not started, and writes nothing', async () => {
    const snapshots = dbSnapshots(api.database.db);
    const before = await snapshots.take();
    const nextYear = new Date().getUTCFullYear() + 1;
    await expect(
      api.caller().meetings.create(
        meetingInput(provinceId, {
          title: 'Rapat tahun depan',
          startsAt: `${nextYear}-03-02T09:00:00+07:00`,
          endsAt: `${nextYear}-03-02T12:00:00+07:00`,
          held: true,
        }),
      ),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      cause: { messageKey: 'meetingNotStarted', field: 'held' },
    });
    expect(await snapshots.changesSince(before)).toEqual([]);
  });
});

describe('meetings.similar', () => {
  const day = { startsAt: '2024-08-14T13:30:00+07:00', endsAt: '2024-08-14T16:00:00+07:00' };

  it('finds a meeting of the same type and host starting the same day, whatever its hour', async () => {
    const first = await api
      .caller()
      .meetings.create(meetingInput(provinceId, { type: 'forum', title: 'Forum Perangkat Daerah', ...day }));
    // Another type, another host, another day: not the same meeting.
    await api.caller().meetings.create(meetingInput(provinceId, { type: 'rakornis', ...day }));
    await api.caller().meetings.create(meetingInput(kerinciId, { type: 'forum', ...day }));
    await api.caller().meetings.create(
      meetingInput(provinceId, {
        type: 'forum',
        startsAt: '2024-08-15T09:00:00+07:00',
        endsAt: '2024-08-15T10:00:00+07:00',
      }),
    );

    const similar = await api.caller().meetings.similar({
      type: 'forum',
      startsAt: '2024-08-14T08:00:00+07:00',
      timeZone: 'Asia/Jakarta',
      hostOrganizationId: provinceId,
    });
    expect(similar.map((m) => m.id)).toEqual([first.id]);
    // The meeting being edited is not a copy of itself.
    const editing = await api.caller().meetings.similar({
      type: 'forum',
      startsAt: day.startsAt,
      hostOrganizationId: provinceId,
      excludeId: first.id,
    });
    expect(editing).toEqual([]);
  });

  it('reads the day in the meeting’s own zone', async () => {
    await api.caller().meetings.create(
      meetingInput(provinceId, {
        type: 'pelatihan',
        title: 'Pelatihan pagi WIT',
        // 07:00 in Jayapura is still the previous day, 22:00 UTC.
        startsAt: '2024-09-02T07:00:00+09:00',
        endsAt: '2024-09-02T09:00:00+09:00',
        timeZone: 'Asia/Jayapura',
      }),
    );
    const sameDay = await api.caller().meetings.similar({
      type: 'pelatihan',
      startsAt: '2024-09-02T20:00:00+09:00',
      timeZone: 'Asia/Jayapura',
      hostOrganizationId: provinceId,
    });
    expect(sameDay.map((m) => m.title)).toEqual(['Pelatihan pagi WIT']);
  });

  it('names only meetings the caller may read', async () => {
    const hidden = await api.caller().meetings.create(
      meetingInput(provinceId, {
        type: 'audiensi',
        title: 'Audiensi tertutup',
        startsAt: '2024-10-01T09:00:00+07:00',
        endsAt: '2024-10-01T10:00:00+07:00',
      }),
    );
    const query = {
      type: 'audiensi' as const,
      startsAt: '2024-10-01T11:00:00+07:00',
      hostOrganizationId: provinceId,
    };
    expect((await api.caller().meetings.similar(query)).map((m) => m.id)).toEqual([hidden.id]);
    // A Kerinci secretariat does not see a province meeting Kerinci did not attend.
    const kerinciClerk = await createUser(api, { role: 'secretariat', organizationId: kerinciId });
    expect(await api.callerAs(kerinciClerk).meetings.similar(query)).toEqual([]);
  });
});

describe('attendance "represented"', () => {
  it('is refused without who represented, with the message on that entry, and nothing changes', async () => {
    const meeting = await api.caller().meetings.create(
      meetingInput(provinceId, {
        title: 'Rapat dengan perwakilan',
        participants: [{ kind: 'guest', guestName: 'Kepala Diskominfo Kerinci', organizationId: kerinciId }],
      }),
    );
    const participantId = meeting.participants[0]?.id as string;
    const snapshots = dbSnapshots(api.database.db);
    const before = await snapshots.take();
    const refused = api.caller().meetings.recordAttendance({
      id: meeting.id,
      version: meeting.version,
      entries: [{ participantId, attendance: 'represented', representedBy: '  ' }],
    });
    await expect(refused).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    const error = await refused.catch((e: unknown) => e);
    const issues = ((error as TRPCError).cause as ZodError).issues;
    expect(issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['entries.0.representedBy', 'representedByRequired'],
    ]);
    expect(await snapshots.changesSince(before)).toEqual([]);

    const saved = await api.caller().meetings.recordAttendance({
      id: meeting.id,
      version: meeting.version,
      entries: [{ participantId, attendance: 'represented', representedBy: 'Kabid Aptika' }],
    });
    expect(saved.participants[0]).toMatchObject({ attendance: 'represented', representedBy: 'Kabid Aptika' });
  });
});
