import { type NationalCounts, todayIn } from '@tindak/shared';
import { TRPCError } from '@trpc/server';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../src/context';
import { createCaller } from '../src/root';
import { createNationalCache } from '../src/services/national-cache';
import { createUser, useTestApi } from './support';

/**
 * The national view counts each province by the region overview's rules, one level up: every
 * province (Aceh, with nothing, too), each record once per province and once in the totals. The
 * world below is small enough to count by hand: Jambi (15, with Kerinci 15.01) and Bali (51).
 */
const api = useTestApi();
let komdigiViewer: SessionUser;
let jambiHead: SessionUser;
let kerinciStaff: SessionUser;
const today = todayIn();

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

beforeAll(async () => {
  const system = api.caller();
  const office = async (name: string, regionCode: string | null) =>
    (await system.organizations.create({ name, kind: regionCode ? 'diskominfo' : 'ministry', regionCode }))
      .id;
  const jambi = await office('Diskominfo Provinsi Jambi', '15');
  const kerinci = await office('Diskominfo Kabupaten Kerinci', '15.01');
  const bali = await office('Diskominfo Provinsi Bali', '51');
  const komdigi = await office('Kementerian Komunikasi dan Digital', null);
  const meeting = (title: string, day: string, host: string, guests: string[]) =>
    system.meetings.create({
      type: 'rakor',
      title,
      startsAt: `${day}T09:00:00+07:00`,
      endsAt: `${day}T11:00:00+07:00`,
      place: 'Aula',
      hostOrganizationId: host,
      participants: guests.map((organizationId, i) => ({
        kind: 'guest',
        guestName: `Tamu ${i}`,
        organizationId,
      })),
    });

  // Meetings: Jambi's recent rakor with Bali as guest; Kerinci's of 200 days ago; Komdigi's own,
  // which involves no region and so counts nowhere.
  const rakor = await meeting('Rakor Jambi–Bali', addDays(today, -10), jambi, [bali]);
  await meeting('Rapat Kerinci', addDays(today, -200), kerinci, []);
  await meeting('Rapat internal Komdigi', addDays(today, -5), komdigi, []);

  // Proposals: Kerinci and Bali together, submitted (awaiting a decision); Jambi's draft.
  await system.proposals.create({
    title: 'Usulan bersama',
    proposerOrganizationIds: [kerinci, bali],
    addressedToOrganizationId: komdigi,
    meetingIds: [rakor.id],
    submit: true,
  });
  await system.proposals.create({
    title: 'Usulan Jambi',
    proposerOrganizationIds: [jambi],
    addressedToOrganizationId: komdigi,
    meetingIds: [],
    // Sent by letter: a proposal raised in no meeting has its letter's number and date.
    letterNumber: '500/123/Diskominfo',
    letterDate: '2026-11-02',
  });

  // Commitments: one for Kerinci and Bali, overdue; one for Jambi, started.
  await system.commitments.create({
    title: 'Akses internet',
    committedByOrganizationId: komdigi,
    regionCodes: ['15.01', '51'],
    dueOn: '2020-01-31',
  });
  const running = await system.commitments.create({
    title: 'Pusat data',
    committedByOrganizationId: komdigi,
    regionCodes: ['15'],
  });
  await system.commitments.transition({ id: running.id, version: running.version, action: 'start' });

  // Action items: Kerinci on track, overdue and done; Bali done.
  const db = api.database.db;
  const item = async (title: string, owner: string) =>
    (
      await system.actionItems.create({
        title,
        meetingId: rakor.id,
        ownerOrganizationId: owner,
        dueOn: '2030-06-30',
      })
    ).id;
  await item('Kerinci berjalan', kerinci);
  const late = await item('Kerinci terlambat', kerinci);
  await db.updateTable('actionItems').set({ dueOn: '2020-01-31' }).where('id', '=', late).execute();
  const done = [await item('Kerinci selesai', kerinci), await item('Bali selesai', bali)];
  await db.updateTable('actionItems').set({ status: 'done' }).where('id', 'in', done).execute();

  komdigiViewer = await createUser(api, { role: 'viewer', organizationId: komdigi });
  jambiHead = await createUser(api, { role: 'head', organizationId: jambi });
  kerinciStaff = await createUser(api, { role: 'staff', organizationId: kerinci });
});

const noCommitments = { open: 0, in_progress: 0, fulfilled: 0, not_fulfilled: 0, cancelled: 0 };
const nothing: NationalCounts = {
  meetings: 0,
  recentMeetings: 0,
  proposals: 0,
  proposalsAwaiting: 0,
  commitments: { total: 0, byStatus: noCommitments, overdue: 0 },
  actionItems: { total: 0, done: 0, open: 0, overdue: 0, atRisk: 0, completionPercent: null },
};
const jambiCounts: NationalCounts = {
  meetings: 2,
  recentMeetings: 1,
  proposals: 2,
  proposalsAwaiting: 1,
  commitments: { total: 2, byStatus: { ...noCommitments, open: 1, in_progress: 1 }, overdue: 1 },
  actionItems: { total: 3, done: 1, open: 2, overdue: 1, atRisk: 0, completionPercent: 33 },
};

describe('regions.national', () => {
  it('lists all 38 provinces in code order, one with nothing on record as zeros', async () => {
    const national = await api.callerAs(komdigiViewer).regions.national();
    expect(national.provinces).toHaveLength(38);
    const codes = national.provinces.map((p) => p.code);
    expect(codes).toEqual([...codes].sort());
    expect(national.provinces[0]).toEqual({ code: '11', name: 'Provinsi Aceh', counts: nothing });
  });

  it('counts each province by the overview’s rules, and each record once in the totals', async () => {
    const national = await api.callerAs(komdigiViewer).regions.national();
    const province = (code: string) => national.provinces.find((p) => p.code === code)?.counts;
    expect(national.since).toBe(addDays(today, -90));
    expect(province('15')).toEqual(jambiCounts);
    expect(province('51')).toEqual({
      meetings: 1,
      recentMeetings: 1,
      proposals: 1,
      proposalsAwaiting: 1,
      commitments: { total: 1, byStatus: { ...noCommitments, open: 1 }, overdue: 1 },
      actionItems: { total: 1, done: 1, open: 0, overdue: 0, atRisk: 0, completionPercent: 100 },
    });
    // The joint rakor, proposal and commitment count once; Komdigi's own meeting nowhere.
    expect(national.totals).toEqual({
      meetings: 2,
      recentMeetings: 1,
      proposals: 2,
      proposalsAwaiting: 1,
      commitments: { total: 2, byStatus: { ...noCommitments, open: 1, in_progress: 1 }, overdue: 1 },
      actionItems: { total: 4, done: 2, open: 2, overdue: 1, atRisk: 0, completionPercent: 50 },
    });
    // The same province, read through its own overview, has the same counts.
    const overview = await api.callerAs(komdigiViewer).regions.overview({ code: '15' });
    const { recentMeetings: _r, proposalsAwaiting: _p, ...shared } = jambiCounts;
    expect(overview.counts).toEqual(shared);
  });

  it('counts meetings from the day asked for as recent', async () => {
    const national = await api.callerAs(komdigiViewer).regions.national({ since: addDays(today, -365) });
    expect(national.since).toBe(addDays(today, -365));
    expect(national.provinces.find((p) => p.code === '15')?.counts.recentMeetings).toBe(2);
    expect(national.totals.recentMeetings).toBe(2);
  });

  it('shows a province office only its own province', async () => {
    const national = await api.callerAs(jambiHead).regions.national();
    expect(national.provinces).toEqual([{ code: '15', name: 'Provinsi Jambi', counts: jambiCounts }]);
    expect(national.totals).toEqual(jambiCounts);
  });

  it('shows a regency office its province row counted from its own records only', async () => {
    const national = await api.callerAs(kerinciStaff).regions.national();
    expect(national.provinces.map((p) => p.code)).toEqual(['15']);
    const kerinci: NationalCounts = {
      meetings: 1,
      recentMeetings: 0,
      proposals: 1,
      proposalsAwaiting: 1,
      commitments: { total: 1, byStatus: { ...noCommitments, open: 1 }, overdue: 1 },
      actionItems: { total: 3, done: 1, open: 2, overdue: 1, atRisk: 0, completionPercent: 33 },
    };
    expect(national.provinces[0]?.counts).toEqual(kerinci);
    expect(national.totals).toEqual(kerinci);
  });

  it('keeps a count a minute per reader’s scope and says when it was counted', async () => {
    const national = createNationalCache(60_000);
    const withCache = (user: SessionUser) => createCaller({ ...api.context('id', user), national });
    const before = Date.now();
    const first = await withCache(komdigiViewer).regions.national();
    expect(Date.parse(first.countedAt)).toBeGreaterThanOrEqual(before - 1000);
    // The province office's answer is its own, not the country's kept a moment ago.
    const jambi = await withCache(jambiHead).regions.national();
    expect(jambi.provinces.map((p) => p.code)).toEqual(['15']);
    expect(jambi.totals).toEqual(jambiCounts);
    // Within the minute the country's count is the same answer, counted at the same moment.
    const again = await withCache(komdigiViewer).regions.national();
    expect(again).toEqual(first);
    expect(again.provinces).toHaveLength(38);
  });

  it('refuses a malformed day with the field named, and a caller without a session', async () => {
    await expect(api.callerAs(komdigiViewer).regions.national({ since: '2026-13-45' })).rejects.toSatisfy(
      (e) => e instanceof TRPCError && e.code === 'BAD_REQUEST',
    );
    await expect(api.callerAs(null).regions.national()).rejects.toSatisfy(
      (e) => e instanceof TRPCError && e.code === 'UNAUTHORIZED',
    );
  });
});
