import { type ActionItemStatus, dashboardHomeOutput } from '@tindak/shared';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../src/context';
import { homeDashboard } from '../src/services/dashboard.service';
import { createUser, useTestApi } from './support';
import { makeOffice, meetingInput } from './support/fixtures';

/**
 * A seeded province on Wednesday 4 March 2026, 10.00 WIB (this ISO week: Monday 2 March). The head
 * of Diskominfo Provinsi Jambi, a staff member of Kerinci and a viewer in Tebo each get exactly
 * their own home page; the head's trend is replayed from created_at / completed_at set in SQL.
 */
const api = useTestApi();
const NOW = new Date('2026-03-04T03:00:00Z');

let head: SessionUser;
let staff: SessionUser;
let viewer: SessionUser;
const ids: Record<string, string> = {};
const offices: Record<string, string> = {};

interface Seed {
  office: string;
  person?: string;
  dueOn: string;
  createdAt: string;
  status?: ActionItemStatus;
  completedAt?: string;
}

async function item(key: string, seed: Seed) {
  const created = await api.caller().actionItems.create({
    title: `Tindak lanjut ${key}`,
    meetingId: ids.source as string,
    ownerOrganizationId: offices[seed.office] as string,
    ownerPersonId: seed.person ? ids[seed.person] : null,
    dueOn: seed.dueOn,
  });
  await api.database.db
    .updateTable('actionItems')
    .set({
      status: seed.status ?? 'open',
      createdAt: new Date(seed.createdAt),
      completedAt: seed.completedAt ? new Date(seed.completedAt) : null,
    })
    .where('id', '=', created.id)
    .execute();
  ids[key] = created.id;
}

async function meeting(key: string, office: string, startsAt: string, participantOffice?: string) {
  const created = await api.caller().meetings.create(
    meetingInput(offices[office] as string, {
      title: `Rapat ${key}`,
      startsAt: `${startsAt}T09:00:00+07:00`,
      endsAt: `${startsAt}T12:00:00+07:00`,
      participants: participantOffice
        ? [{ kind: 'guest', guestName: 'Tamu', organizationId: offices[participantOffice] as string }]
        : [],
    }),
  );
  ids[key] = created.id;
}

beforeAll(async () => {
  offices.jambi = (await makeOffice(api, 'Diskominfo Provinsi Jambi', '15')).id;
  offices.kerinci = (await makeOffice(api, 'Diskominfo Kabupaten Kerinci', '15.01')).id;
  offices.tebo = (await makeOffice(api, 'Diskominfo Kabupaten Tebo', '15.09')).id;
  offices.sumsel = (await makeOffice(api, 'Diskominfo Provinsi Sumatera Selatan', '16')).id;
  const person = async (fullName: string, office: string) =>
    (await api.caller().people.create({ fullName, organizationId: offices[office] })).id;
  ids.kadis = await person('Drs. Ariansyah, M.E.', 'jambi');
  ids.rina = await person('Rina Oktaviani', 'kerinci');
  ids.budi = await person('Budi Santoso', 'kerinci');
  head = await createUser(api, { role: 'head', organizationId: offices.jambi, personId: ids.kadis });
  staff = await createUser(api, { role: 'staff', organizationId: offices.kerinci, personId: ids.rina });
  viewer = await createUser(api, { role: 'viewer', organizationId: offices.tebo });

  // Meetings: the source of the items (past), and the ones around "now".
  await meeting('source', 'jambi', '2026-03-03');
  await meeting('provinceSoon', 'jambi', '2026-03-05', 'kerinci');
  await meeting('teboSoon', 'tebo', '2026-03-10');
  await meeting('tooFar', 'jambi', '2026-03-20', 'kerinci');
  await meeting('teboCancelled', 'tebo', '2026-03-06');
  await api.database.db
    .updateTable('meetings')
    .set({ status: 'cancelled' })
    .where('id', '=', ids.teboCancelled as string)
    .execute();
  await meeting('sumselSoon', 'sumsel', '2026-03-05');

  // Kerinci: Rina's, her office's (no person named), Budi's.
  await item('A', {
    office: 'kerinci',
    person: 'rina',
    dueOn: '2026-03-01', // a Sunday: overdue from the week after
    createdAt: '2025-12-01T03:00:00Z', // before the trend window
    status: 'in_progress',
  });
  await item('B', {
    office: 'kerinci',
    dueOn: '2026-03-11', // today + 7: still "due soon"
    createdAt: '2026-03-01T20:00:00Z', // Monday 2 March 03.00 WIB, Sunday in UTC
  });
  await item('C', { office: 'kerinci', dueOn: '2026-03-12', createdAt: '2026-02-23T03:00:00Z' });
  await item('D', {
    office: 'kerinci',
    person: 'budi',
    dueOn: '2026-03-05',
    createdAt: '2026-02-23T03:00:00Z',
  });
  await item('E', {
    office: 'kerinci',
    person: 'rina',
    dueOn: '2026-01-10',
    createdAt: '2025-12-20T03:00:00Z',
    status: 'done',
    completedAt: '2026-01-18T18:00:00Z', // Monday 19 January 01.00 WIB, still Sunday in UTC
  });
  await item('F', {
    office: 'kerinci',
    person: 'rina',
    dueOn: '2026-03-06',
    createdAt: '2026-02-23T03:00:00Z',
    status: 'awaiting_verification',
  });
  await item('H', {
    office: 'kerinci',
    person: 'budi',
    dueOn: '2026-03-03',
    createdAt: '2026-01-05T03:00:00Z',
  });
  await item('K', {
    office: 'kerinci',
    person: 'rina',
    dueOn: '2026-01-01',
    createdAt: '2025-12-16T03:00:00Z',
    status: 'cancelled',
  });
  await item('N', {
    office: 'kerinci',
    dueOn: '2025-11-30',
    createdAt: '2025-11-03T03:00:00Z',
    status: 'done',
    completedAt: '2025-11-20T03:00:00Z',
  });
  // Tebo, the province's own office, and Sumatera Selatan (outside Jambi).
  await item('G', { office: 'tebo', dueOn: '2026-03-02', createdAt: '2026-02-16T03:00:00Z' });
  await item('L', {
    office: 'tebo',
    dueOn: '2026-02-28',
    createdAt: '2026-02-10T03:00:00Z',
    status: 'done',
    completedAt: '2026-02-12T03:00:00Z',
  });
  await item('J', { office: 'jambi', dueOn: '2026-03-04', createdAt: '2026-02-23T03:00:00Z' });
  await item('I', {
    office: 'sumsel',
    dueOn: '2026-03-05',
    createdAt: '2026-02-23T03:00:00Z',
    status: 'awaiting_verification',
  });

  // Waiting for the head: F's evidence, H's extension; D's extension is already decided.
  const evidence = (key: string, at: string) =>
    sql`insert into action_item_evidence (action_item_id, note, created_at)
      values (${ids[key]}::uuid, 'Bukti', ${at}::timestamptz)`.execute(api.database.db);
  await evidence('F', '2026-03-02T01:00:00Z');
  await evidence('I', '2026-02-25T01:00:00Z');
  const extension = (key: string, previous: string, requested: string, status: string, at: string) =>
    sql`insert into extension_requests (action_item_id, previous_due_on, requested_due_on, reason, status, created_at)
      values (${ids[key]}::uuid, ${previous}::date, ${requested}::date, 'Menunggu anggaran', ${status}, ${at}::timestamptz)`.execute(
      api.database.db,
    );
  await extension('H', '2026-03-03', '2026-03-17', 'pending', '2026-03-01T03:00:00Z');
  await extension('D', '2026-03-01', '2026-03-05', 'approved', '2026-02-25T03:00:00Z');
});

const home = (user: SessionUser) => homeDashboard(api.context('id', user), user, NOW);
const keyOf = (id: string) => Object.entries(ids).find(([, v]) => v === id)?.[0];
const keys = (rows: { id: string }[]) => rows.map((r) => keyOf(r.id));

describe('dashboard.home for a staff member of Kerinci', () => {
  it('lists her open items and her office’s unnamed ones, overdue or due within 7 days, oldest deadline first', async () => {
    const page = await home(staff);
    expect(page.today).toBe('2026-03-04');
    expect(page.myItems.total).toBe(3);
    expect(
      page.myItems.items.map((i) => [keyOf(i.id), i.dueOn, i.status, i.health, i.ownerPerson?.name ?? null]),
    ).toEqual([
      ['A', '2026-03-01', 'in_progress', 'overdue', 'Rina Oktaviani'],
      ['F', '2026-03-06', 'awaiting_verification', 'at_risk', 'Rina Oktaviani'],
      ['B', '2026-03-11', 'open', 'on_track', null],
    ]);
    expect(page.myItems.items[0]).toMatchObject({
      title: 'Tindak lanjut A',
      ownerOrganization: { id: offices.kerinci, name: 'Diskominfo Kabupaten Kerinci' },
      region: { code: '15.01', name: 'Kabupaten Kerinci' },
    });
  });

  it('has nothing to decide, meetings with her region only, and no completion picture', async () => {
    const page = await home(staff);
    expect(page.waitingForMe).toEqual({ items: [], total: 0 });
    expect(keys(page.upcomingMeetings.items)).toEqual(['provinceSoon']);
    expect(page.upcomingMeetings.items[0]).toMatchObject({
      title: 'Rapat provinceSoon',
      startsAt: '2026-03-05T02:00:00Z',
      timeZone: 'Asia/Jakarta',
      host: { id: offices.jambi, name: 'Diskominfo Provinsi Jambi' },
      online: false,
    });
    expect(page.completion).toBeNull();
  });
});

describe('dashboard.home for a viewer in Tebo', () => {
  it('shows only Tebo’s meetings: no items of their own, nothing to decide', async () => {
    const page = await home(viewer);
    expect(page.myItems).toEqual({ items: [], total: 0 });
    expect(page.waitingForMe).toEqual({ items: [], total: 0 });
    expect(keys(page.upcomingMeetings.items)).toEqual(['teboSoon']);
  });

  it('shows Tebo’s completion picture, the figures a head of Tebo sees, and nothing of Kerinci or the province', async () => {
    const { completion } = await home(viewer);
    const tebo = { done: 1, open: 1, overdue: 1, dueSoon: 0, percent: 50 };
    expect(completion?.total).toEqual(tebo);
    expect(completion?.byRegion).toEqual([{ code: '15.09', name: 'Kabupaten Tebo', ...tebo }]);
    expect(completion?.byOffice).toEqual([
      { id: offices.tebo, name: 'Diskominfo Kabupaten Tebo', regionName: 'Kabupaten Tebo', ...tebo },
    ]);
    // The trend counts Tebo's two items only: L created and done in week 7, G open and then overdue.
    expect(completion?.trend.map((w) => [w.done, w.open, w.overdue]).slice(-5)).toEqual([
      [0, 0, 0],
      [1, 0, 0],
      [1, 1, 0],
      [1, 1, 0],
      [1, 1, 1],
    ]);

    const teboHead = await createUser(api, { role: 'head', organizationId: offices.tebo as string });
    expect((await home(teboHead)).completion).toEqual(completion);
  });
});

describe('dashboard.home for the head of the province', () => {
  it("lists the office's unnamed items as the head's own", async () => {
    const page = await home(head);
    expect(page.myItems.items.map((i) => [keyOf(i.id), i.health])).toEqual([['J', 'at_risk']]);
  });

  it('lists what waits for a decision in the province, oldest first, and not elsewhere', async () => {
    const page = await home(head);
    expect(page.waitingForMe.total).toBe(2);
    expect(page.waitingForMe.items.map((i) => [keyOf(i.id), i.reason, i.since, i.requestedDueOn])).toEqual([
      ['H', 'extension', '2026-03-01T03:00:00.000Z', '2026-03-17'],
      ['F', 'verification', '2026-03-02T01:00:00.000Z', null],
    ]);
  });

  it('lists scheduled meetings in the province for the next 14 days', async () => {
    const page = await home(head);
    expect(keys(page.upcomingMeetings.items)).toEqual(['provinceSoon', 'teboSoon']);
    expect(page.upcomingMeetings.total).toBe(2);
  });

  it('counts completion by regency/city and by office, cancelled items left out', async () => {
    const { completion } = await home(head);
    expect(completion?.byRegion).toEqual([
      { code: '15', name: 'Provinsi Jambi', done: 0, open: 1, overdue: 0, dueSoon: 1, percent: 0 },
      { code: '15.01', name: 'Kabupaten Kerinci', done: 2, open: 6, overdue: 2, dueSoon: 3, percent: 25 },
      { code: '15.09', name: 'Kabupaten Tebo', done: 1, open: 1, overdue: 1, dueSoon: 0, percent: 50 },
    ]);
    // J is due today, D, F and B within 7 days (B on the 7th); C on the 8th is not yet "due soon".
    expect(completion?.total).toEqual({ done: 3, open: 8, overdue: 3, dueSoon: 4, percent: 27 });
    expect(completion?.byOffice).toEqual([
      {
        id: offices.jambi,
        name: 'Diskominfo Provinsi Jambi',
        regionName: 'Provinsi Jambi',
        done: 0,
        open: 1,
        overdue: 0,
        dueSoon: 1,
        percent: 0,
      },
      {
        id: offices.kerinci,
        name: 'Diskominfo Kabupaten Kerinci',
        regionName: 'Kabupaten Kerinci',
        done: 2,
        open: 6,
        overdue: 2,
        dueSoon: 3,
        percent: 25,
      },
      {
        id: offices.tebo,
        name: 'Diskominfo Kabupaten Tebo',
        regionName: 'Kabupaten Tebo',
        done: 1,
        open: 1,
        overdue: 1,
        dueSoon: 0,
        percent: 50,
      },
    ]);
  });

  it('replays the last 12 ISO weeks in WIB: done by the end of each week, open and overdue then', async () => {
    const { completion } = await home(head);
    const trend = completion?.trend ?? [];
    expect(trend.map((w) => [w.week, w.weekStart, w.asOf])).toEqual([
      ['2025-W51', '2025-12-15', '2025-12-21'],
      ['2025-W52', '2025-12-22', '2025-12-28'],
      ['2026-W01', '2025-12-29', '2026-01-04'],
      ['2026-W02', '2026-01-05', '2026-01-11'],
      ['2026-W03', '2026-01-12', '2026-01-18'],
      ['2026-W04', '2026-01-19', '2026-01-25'],
      ['2026-W05', '2026-01-26', '2026-02-01'],
      ['2026-W06', '2026-02-02', '2026-02-08'],
      ['2026-W07', '2026-02-09', '2026-02-15'],
      ['2026-W08', '2026-02-16', '2026-02-22'],
      ['2026-W09', '2026-02-23', '2026-03-01'],
      ['2026-W10', '2026-03-02', '2026-03-04'],
    ]);
    expect(trend.map((w) => [w.done, w.open, w.overdue])).toEqual([
      [1, 2, 0], // N done before the window; A and E open
      [1, 2, 0],
      [1, 2, 0],
      [1, 3, 1], // H created; E (due Sat 10 Jan) overdue at the end of Sunday 11 Jan
      [1, 3, 1], // E done Monday 19 January in WIB (Sunday in UTC): still open here
      [2, 2, 0],
      [2, 2, 0],
      [2, 2, 0],
      [3, 2, 0], // L created and done in the same week
      [3, 3, 0], // G
      [3, 7, 0], // C, D, F, J; A (due Sunday 1 March) not yet overdue at the end of that day
      [3, 8, 3], // B (Monday in WIB); A, G, H overdue as of today
    ]);
  });
});

describe('dashboard.home through the API', () => {
  it('answers each role with the output schema, heads and viewers with the completion picture', async () => {
    const forStaff = await api.callerAs(staff).dashboard.home();
    expect(dashboardHomeOutput.parse(forStaff)).toEqual(forStaff);
    // Today (the test's real clock) is after every seeded deadline: all of Rina's open items are overdue.
    expect(forStaff.myItems.items.every((i) => i.health === 'overdue')).toBe(true);
    expect(keys(forStaff.myItems.items)).toEqual(['A', 'F', 'B', 'C']);
    expect(forStaff.completion).toBeNull();

    const forHead = await api.callerAs(head).dashboard.home({});
    expect(forHead.completion?.trend).toHaveLength(12);
    expect(forHead.completion?.byRegion.map((r) => r.code)).toEqual(['15', '15.01', '15.09']);

    const forViewer = await api.callerAs(viewer).dashboard.home();
    expect(forViewer.myItems.total).toBe(0);
    expect(forViewer.completion?.byRegion.map((r) => r.code)).toEqual(['15.09']);
  });
});
