import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../src/context';
import { deliverWeeklyDigest } from '../src/digest/weekly';
import { enqueueDueDigests, type RunningWorker } from '../src/jobs/worker';
import { appLinks } from '../src/mail/links';
import { createUser, useTestApi } from './support';
import { makeOffice, meetingInput } from './support/fixtures';
import { type SmtpSink, startSmtpSink } from './support/smtp-sink';
import { eventually, startTestWorker, TEST_PUBLIC_URL } from './support/worker';

/**
 * Issue 20: the worker is down all of Monday 7 December 2026 (no tick at all). Its first tick, on
 * Tuesday at 10.00 WIB, sends each user that week's digest, late and saying so; a user whose Monday
 * digest went out gets nothing more, and the next Monday is an ordinary one. Users in WIB, WITA and
 * WIT (a user's zone is their own setting; the offices are all in the test data's Jambi): each is
 * due at 07.00 on Monday in their own zone.
 */
const api = useTestApi();
const links = appLinks(TEST_PUBLIC_URL);
const MONDAY_0730_WIB = new Date('2026-12-07T00:30:00Z');
const TUESDAY_1000_WIB = new Date('2026-12-08T03:00:00Z');
const NEXT_MONDAY_0730_WIB = new Date('2026-12-14T00:30:00Z');

let sink: SmtpSink;
let worker: RunningWorker;
let jambi: SessionUser;
let makassar: SessionUser;
let jayapura: SessionUser;
let onTime: SessionUser;

async function staffWithOverdueItem(name: string, region: string, timeZone: string, email: string) {
  const office = await makeOffice(api, name, region);
  const meeting = await api
    .caller()
    .meetings.create(
      meetingInput(office.id, { startsAt: '2026-06-01T09:00:00+07:00', endsAt: '2026-06-01T12:00:00+07:00' }),
    );
  await api.caller().actionItems.create({
    title: `Laporan SPBE ${name}`,
    meetingId: meeting.id,
    ownerOrganizationId: office.id,
    dueOn: '2026-11-20',
  });
  const user = await createUser(api, { role: 'staff', organizationId: office.id, email });
  await api.database.db.updateTable('users').set({ timeZone }).where('id', '=', user.id).execute();
  return user;
}

const to = (m: ParsedMail) => (m.to && 'text' in m.to ? m.to.text : '');
const digestsIn = (messages: ParsedMail[]) =>
  messages.filter((m) => /^\[Tindak\] (Ringkasan mingguan|Weekly digest)/.test(m.subject ?? ''));

async function weeklyRows(week: string) {
  return api.database.db
    .selectFrom('digestDeliveries')
    .select(['userId', 'status', 'late'])
    .where('kind', '=', 'weekly')
    .where('period', '=', week)
    .orderBy('userId')
    .execute();
}

beforeAll(async () => {
  jambi = await staffWithOverdueItem(
    'Diskominfo Kabupaten Kerinci',
    '15.01',
    'Asia/Jakarta',
    'staf@kerinci.uji',
  );
  makassar = await staffWithOverdueItem(
    'Diskominfo Kabupaten Merangin',
    '15.02',
    'Asia/Makassar',
    'staf@makassar.uji',
  );
  jayapura = await staffWithOverdueItem(
    'Diskominfo Kabupaten Sarolangun',
    '15.03',
    'Asia/Jayapura',
    'staf@jayapura.uji',
  );
  onTime = await staffWithOverdueItem('Diskominfo Kabupaten Tebo', '15.09', 'Asia/Jakarta', 'staf@tebo.uji');
  await api.database.db.updateTable('users').set({ language: 'en' }).where('id', '=', makassar.id).execute();
  // Everyone had an account before that Monday (a late digest goes only to those who were there);
  // the national office's head has nothing in scope worth a mail and is left out of the counts.
  await api.database.db
    .updateTable('users')
    .set({ createdAt: new Date('2026-11-01T00:00:00Z') })
    .execute();
  await api.database.db.updateTable('users').set({ active: false }).where('id', '=', api.head.id).execute();
  sink = await startSmtpSink();
  worker = await startTestWorker(api.database, sink.url);
  // The assignment mails of the items above: wait for them, then count only digests.
  await new Promise((r) => setTimeout(r, 1500));
});

afterAll(async () => {
  await worker?.stop();
  await sink?.close();
});

describe('a weekly digest missed on Monday', () => {
  it("goes out at Tuesday's first tick, once, marked late, to each user whose Monday digest did not", async () => {
    // Tebo's digest went out on Monday (another worker was up); for everyone else no tick ran.
    expect(await deliverWeeklyDigest(api.database.db, onTime.id, MONDAY_0730_WIB, links)).toBe('queued');
    await eventually(async () => (digestsIn(sink.messages).length === 1 ? true : undefined));
    const before = sink.messages.length;

    expect(await enqueueDueDigests(worker.boss, api.database.db, TUESDAY_1000_WIB)).toBe(3);
    await eventually(async () => (digestsIn(sink.messages.slice(before)).length >= 3 ? true : undefined));
    const rows = await weeklyRows('2026-W50');
    expect(
      rows
        .filter((r) => r.late)
        .map((r) => r.userId)
        .sort(),
    ).toEqual([jambi.id, makassar.id, jayapura.id].sort());
    expect(rows.find((r) => r.userId === onTime.id)).toMatchObject({ status: 'queued', late: false });

    // A second tick the same day sends nothing more.
    expect(await enqueueDueDigests(worker.boss, api.database.db, new Date('2026-12-08T03:15:00Z'))).toBe(0);
    await new Promise((r) => setTimeout(r, 1500));
    const late = digestsIn(sink.messages.slice(before));
    expect(late.map(to).sort()).toEqual(['staf@jayapura.uji', 'staf@kerinci.uji', 'staf@makassar.uji']);

    const mail = (address: string) => late.find((m) => to(m) === address) as ParsedMail;
    // Monday 07.00 in each reader's own zone, in their language; the subject says it too.
    expect(mail('staf@kerinci.uji').subject).toBe(
      '[Tindak] Ringkasan mingguan 7–13 Desember 2026 (terlambat)',
    );
    expect(mail('staf@kerinci.uji').text).toContain(
      'Ringkasan ini terlambat: seharusnya terkirim Senin, 7 Desember 2026 pukul 07.00 WIB',
    );
    expect(mail('staf@kerinci.uji').html).toContain('Ringkasan ini terlambat');
    expect(mail('staf@makassar.uji').subject).toBe('[Tindak] Weekly digest 7–13 December 2026 (late)');
    expect(mail('staf@makassar.uji').text).toContain(
      'This digest is late: it should have arrived on Monday, 7 December 2026 at 07:00 WITA',
    );
    expect(mail('staf@jayapura.uji').text).toContain('Senin, 7 Desember 2026 pukul 07.00 WIT');
    // The week's content: the reader's overdue item, under that week's heading.
    expect(mail('staf@jayapura.uji').text).toContain('Laporan SPBE Diskominfo Kabupaten Sarolangun');
    expect(mail('staf@jayapura.uji').text).toContain('Minggu 50');

    // The mail log names it late too.
    const logged = await api.database.db
      .selectFrom('emails')
      .select(['toAddress', 'subject'])
      .where('kind', '=', 'digest')
      .where('userId', 'in', [jambi.id, makassar.id, jayapura.id])
      .execute();
    expect(logged.map((e) => e.subject).every((s) => /\((terlambat|late)\)$/.test(s))).toBe(true);
  });

  it('is never sent for a past week: a job that waited into the next week sends nothing', async () => {
    await api.database.db.deleteFrom('digestDeliveries').where('userId', '=', jambi.id).execute();
    expect(
      await deliverWeeklyDigest(
        api.database.db,
        jambi.id,
        TUESDAY_1000_WIB,
        links,
        undefined,
        NEXT_MONDAY_0730_WIB,
      ),
    ).toBe('past-week');
    expect((await weeklyRows('2026-W50')).some((r) => r.userId === jambi.id)).toBe(false);
  });

  it('is on time again the next Monday, in every zone', async () => {
    const before = sink.messages.length;
    // 07.30 WIB is 08.30 WITA and 09.30 WIT: all four are due.
    expect(await enqueueDueDigests(worker.boss, api.database.db, NEXT_MONDAY_0730_WIB)).toBe(4);
    await eventually(async () => (digestsIn(sink.messages.slice(before)).length >= 4 ? true : undefined));
    const rows = await weeklyRows('2026-W51');
    expect(rows).toHaveLength(4);
    // The week Kerinci's job missed stays missed: a new week began.
    expect((await weeklyRows('2026-W50')).some((r) => r.userId === jambi.id)).toBe(false);
    expect(rows.every((r) => !r.late && r.status === 'queued')).toBe(true);
    const subjects = digestsIn(sink.messages.slice(before)).map((m) => m.subject ?? '');
    expect(subjects.some((s) => /terlambat|late/.test(s))).toBe(false);
  });
});
