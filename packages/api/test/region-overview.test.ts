import { todayIn } from '@tindak/shared';
import { TRPCError } from '@trpc/server';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../src/context';
import { createUser, useTestApi } from './support';

/**
 * A region's overview counts each record once per region, by the rules the lists filter by, and a
 * province's regencies side by side. The world below is small enough to count by hand.
 */
const api = useTestApi();
let provinceHead: SessionUser;
let kerinciStaff: SessionUser;

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
  const province = await office('Diskominfo Provinsi Jambi', '15');
  const kerinci = await office('Diskominfo Kabupaten Kerinci', '15.01');
  const merangin = await office('Diskominfo Kabupaten Merangin', '15.02');
  const tebo = await office('Diskominfo Kabupaten Tebo', '15.09');
  const komdigi = await office('Kementerian Komunikasi dan Digital', null);
  const meeting = (title: string, host: string, guests: string[]) =>
    system.meetings.create({
      type: 'rakor',
      title,
      startsAt: '2026-01-05T09:00:00+07:00',
      endsAt: '2026-01-05T11:00:00+07:00',
      place: 'Aula',
      hostOrganizationId: host,
      participants: guests.map((organizationId, i) => ({
        kind: 'guest',
        guestName: `Tamu ${i}`,
        organizationId,
      })),
    });

  // Meetings: the province's rakor with Kerinci and Merangin; Kerinci's own (two Kerinci guests, one
  // meeting); Tebo's own.
  const rakor = await meeting('Rakor Provinsi', province, [kerinci, merangin]);
  await meeting('Rapat Kerinci', kerinci, [kerinci, kerinci]);
  await meeting('Rapat Tebo', tebo, []);

  // Proposals: Kerinci and Merangin together; the province alone.
  await system.proposals.create({
    title: 'Usulan bersama',
    proposerOrganizationIds: [kerinci, merangin],
    addressedToOrganizationId: komdigi,
    meetingIds: [rakor.id],
  });
  await system.proposals.create({
    title: 'Usulan provinsi',
    proposerOrganizationIds: [province],
    addressedToOrganizationId: komdigi,
    meetingIds: [],
    letterNumber: '500/2/Diskominfo',
    letterDate: '2026-01-05',
  });

  // Commitments: one for Kerinci and Merangin, overdue; one for Kerinci, fulfilled; one for the province.
  await system.commitments.create({
    title: 'Akses internet',
    committedByOrganizationId: komdigi,
    regionCodes: ['15.01', '15.02'],
    dueOn: '2020-01-31',
  });
  const kept = await system.commitments.create({
    title: 'Pelatihan ASN',
    committedByOrganizationId: komdigi,
    regionCodes: ['15.01'],
  });
  const started = await system.commitments.transition({
    id: kept.id,
    version: kept.version,
    action: 'start',
  });
  await system.commitments.transition({
    id: kept.id,
    version: started.version,
    action: 'fulfil',
    evidence: 'Sertifikat pelatihan',
  });
  const running = await system.commitments.create({
    title: 'Pusat data',
    committedByOrganizationId: komdigi,
    regionCodes: ['15'],
  });
  await system.commitments.transition({ id: running.id, version: running.version, action: 'start' });

  // Action items: Kerinci on track, overdue, done and cancelled; Merangin at risk; the province on track.
  const today = todayIn();
  const item = async (title: string, owner: string, dueOn: string) =>
    (await system.actionItems.create({ title, meetingId: rakor.id, ownerOrganizationId: owner, dueOn })).id;
  const db = api.database.db;
  await item('Kerinci berjalan', kerinci, '2030-06-30');
  const late = await item('Kerinci terlambat', kerinci, '2030-06-30');
  await db.updateTable('actionItems').set({ dueOn: '2020-01-31' }).where('id', '=', late).execute();
  const done = await item('Kerinci selesai', kerinci, '2030-06-30');
  await db.updateTable('actionItems').set({ status: 'done' }).where('id', '=', done).execute();
  const cancelled = await item('Kerinci batal', kerinci, '2030-06-30');
  await db.updateTable('actionItems').set({ status: 'cancelled' }).where('id', '=', cancelled).execute();
  await item('Merangin mepet', merangin, addDays(today, 2));
  await item('Provinsi berjalan', province, '2030-06-30');

  provinceHead = await createUser(api, { role: 'head', organizationId: province });
  kerinciStaff = await createUser(api, { role: 'staff', organizationId: kerinci });
});

const noCommitments = { open: 0, in_progress: 0, fulfilled: 0, not_fulfilled: 0, cancelled: 0 };

describe('regions.overview', () => {
  it('counts a province once per record and its regencies side by side', async () => {
    const overview = await api.callerAs(provinceHead).regions.overview({ code: '15' });
    expect(overview.region).toMatchObject({ code: '15', kind: 'province', parent: null });
    expect(overview.counts).toEqual({
      meetings: 3,
      proposals: 2,
      commitments: {
        total: 3,
        byStatus: { ...noCommitments, open: 1, in_progress: 1, fulfilled: 1 },
        overdue: 1,
      },
      actionItems: { total: 5, done: 1, open: 4, overdue: 1, atRisk: 1, completionPercent: 20 },
    });
    expect(overview.children.map((c) => c.code)).toEqual([
      '15.01',
      '15.02',
      '15.03',
      '15.04',
      '15.05',
      '15.06',
      '15.07',
      '15.08',
      '15.09',
      '15.71',
      '15.72',
    ]);
    const child = (code: string) => overview.children.find((c) => c.code === code)?.counts;
    expect(child('15.01')).toEqual({
      meetings: 2,
      proposals: 1,
      commitments: { total: 2, byStatus: { ...noCommitments, open: 1, fulfilled: 1 }, overdue: 1 },
      actionItems: { total: 3, done: 1, open: 2, overdue: 1, atRisk: 0, completionPercent: 33 },
    });
    expect(child('15.02')).toEqual({
      meetings: 1,
      proposals: 1,
      commitments: { total: 1, byStatus: { ...noCommitments, open: 1 }, overdue: 1 },
      actionItems: { total: 1, done: 0, open: 1, overdue: 0, atRisk: 1, completionPercent: 0 },
    });
    expect(child('15.09')).toEqual({
      meetings: 1,
      proposals: 0,
      commitments: { total: 0, byStatus: noCommitments, overdue: 0 },
      actionItems: { total: 0, done: 0, open: 0, overdue: 0, atRisk: 0, completionPercent: null },
    });
  });

  it('gives a regency its own counts, with its province as parent and no children', async () => {
    const overview = await api.callerAs(kerinciStaff).regions.overview({ code: '15.01' });
    expect(overview.region).toMatchObject({
      code: '15.01',
      kind: 'regency',
      parent: { code: '15', name: expect.any(String) },
    });
    expect(overview.children).toEqual([]);
    expect(overview.counts.meetings).toBe(2);
    expect(overview.counts.actionItems.completionPercent).toBe(33);
  });

  it('answers NOT_FOUND for a region outside the caller’s scope, as for one that does not exist', async () => {
    const as = api.callerAs(kerinciStaff);
    for (const code of ['15', '15.09', '16']) {
      await expect(as.regions.overview({ code })).rejects.toSatisfy(
        (e) => e instanceof TRPCError && e.code === 'NOT_FOUND',
      );
    }
    await expect(api.callerAs(provinceHead).regions.overview({ code: '99.99' })).rejects.toSatisfy(
      (e) => e instanceof TRPCError && e.code === 'NOT_FOUND',
    );
  });
});

describe('commitments for the tracker', () => {
  it('lists the parties in scope and filters by words', async () => {
    const parties = await api.callerAs(kerinciStaff).commitments.parties();
    expect(parties).toEqual([
      { id: expect.any(String), name: 'Kementerian Komunikasi dan Digital', commitments: 2 },
    ]);
    const found = await api.callerAs(kerinciStaff).commitments.list({ q: 'pelatihan' });
    expect(found.items.map((c) => [c.title, c.evidence])).toEqual([
      ['Pelatihan ASN', 'Sertifikat pelatihan'],
    ]);
  });
});
