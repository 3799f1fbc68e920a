import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../src/context';
import type { RunningWorker } from '../src/jobs/worker';
import { appLinks } from '../src/mail/links';
import { scanDeadlines } from '../src/notifications/deadlines';
import { createUser, useTestApi } from './support';
import { makeOffice, meetingInput } from './support/fixtures';
import { type SmtpSink, startSmtpSink } from './support/smtp-sink';
import { startTestWorker, TEST_PUBLIC_URL } from './support/worker';

/**
 * An item given to an office as a whole reaches its heads; when the office has no head who uses
 * the app, the accounts there that may work on it (staff), through a real SMTP server.
 */
const api = useTestApi();
let sink: SmtpSink;
let worker: RunningWorker;
let provinceHead: SessionUser;
let meetingId: string;
const offices: Record<'kerinci' | 'tebo', string> = { kerinci: '', tebo: '' };
const accounts: Record<string, SessionUser> = {};

beforeAll(async () => {
  const province = await makeOffice(api, 'Diskominfo Provinsi Jambi', '15');
  offices.kerinci = (await makeOffice(api, 'Diskominfo Kabupaten Kerinci', '15.01')).id;
  offices.tebo = (await makeOffice(api, 'Diskominfo Kabupaten Tebo', '15.09')).id;
  provinceHead = await createUser(api, {
    role: 'head',
    organizationId: province.id,
    email: 'kadis@jambi.uji',
  });
  const account = async (key: string, role: SessionUser['role'], office: string) => {
    accounts[key] = await createUser(api, { role, organizationId: office, email: `${key}@uji.demo` });
  };
  // Kerinci: staff only, beside accounts that may not work on items and one no longer active.
  await account('staf1.kerinci', 'staff', offices.kerinci);
  await account('staf2.kerinci', 'staff', offices.kerinci);
  await account('pemantau.kerinci', 'viewer', offices.kerinci);
  await account('sekretariat.kerinci', 'secretariat', offices.kerinci);
  await account('mantan.kerinci', 'staff', offices.kerinci);
  await api.database.db
    .updateTable('users')
    .set({ active: false })
    .where('id', '=', accounts['mantan.kerinci']?.id as string)
    .execute();
  // Tebo: a head and staff.
  await account('kadis.tebo', 'head', offices.tebo);
  await account('staf.tebo', 'staff', offices.tebo);
  meetingId = (await api.caller('id', provinceHead).meetings.create(meetingInput(province.id))).id;
  sink = await startSmtpSink();
  worker = await startTestWorker(api.database, sink.url);
});

afterAll(async () => {
  await worker?.stop();
  await sink?.close();
});

const recipientsOf = (mail: ParsedMail) =>
  (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((a) =>
    a.value.map((v) => v.address ?? ''),
  );

/** Waits until `count` mails about `title` have arrived, then (after a moment for stragglers) reads them. */
async function mailsAbout(title: string, label: string, count: number): Promise<string[]> {
  const matching = () =>
    sink.messages.filter((m) => m.subject?.startsWith(`[Tindak] ${label}`) && m.subject.includes(title));
  const started = Date.now();
  while (matching().length < count && Date.now() - started < 20_000)
    await new Promise((r) => setTimeout(r, 50));
  await new Promise((r) => setTimeout(r, 1000));
  return matching().flatMap(recipientsOf).sort();
}

/** An item given to the office, its extension approved and its evidence rejected, all by the province head. */
async function walkThrough(title: string, office: string, worker: SessionUser) {
  const asHead = api.caller('id', provinceHead);
  const asWorker = api.caller('id', worker);
  let item = await asHead.actionItems.create({
    title,
    meetingId,
    ownerOrganizationId: office,
    dueOn: '2030-01-31',
  });
  item = await asWorker.actionItems.requestExtension({
    id: item.id,
    version: item.version,
    requestedDueOn: '2030-03-31',
    reason: 'Menunggu jadwal narasumber',
  });
  item = await asHead.actionItems.decideExtension({
    id: item.id,
    version: item.version,
    extensionId: item.extensions[0]?.id as string,
    approve: true,
    note: null,
  });
  item = await asWorker.actionItems.submitEvidence({
    id: item.id,
    version: item.version,
    note: 'Laporan kegiatan',
    link: 'https://kerincikab.go.id/laporan',
  });
  await asHead.actionItems.verify({
    id: item.id,
    version: item.version,
    accept: false,
    reason: 'Lampirkan daftar hadir yang ditandatangani.',
  });
}

describe('an item given to an office', () => {
  it('reaches every active staff account of an office with no head: new item, extension decision, evidence rejected', async () => {
    const title = 'Pemetaan blank spot Kerinci';
    await walkThrough(title, offices.kerinci, accounts['staf1.kerinci'] as SessionUser);
    const staff = ['staf1.kerinci@uji.demo', 'staf2.kerinci@uji.demo'];
    expect(await mailsAbout(title, 'Tindak lanjut baru', 2)).toEqual(staff);
    expect(await mailsAbout(title, 'Perpanjangan tenggat disetujui', 2)).toEqual(staff);
    expect(await mailsAbout(title, 'Bukti ditolak', 2)).toEqual(staff);
  });

  it('reminds the staff of an office with no head of its deadline', async () => {
    const item = await api.caller('id', provinceHead).actionItems.create({
      title: 'Uji tenggat Kerinci',
      meetingId,
      ownerOrganizationId: offices.kerinci,
      dueOn: '2030-05-11',
    });
    await scanDeadlines(api.database.db, new Date('2030-05-10T03:00:00Z'), appLinks(TEST_PUBLIC_URL));
    const told = await api.database.db
      .selectFrom('notifications as n')
      .innerJoin('users as u', 'u.id', 'n.userId')
      .select('u.email')
      .where('n.subjectId', '=', item.id)
      .where('n.kind', '=', 'dueSoon1')
      .orderBy('u.email')
      .execute();
    expect(told.map((r) => r.email)).toEqual(['staf1.kerinci@uji.demo', 'staf2.kerinci@uji.demo']);
  });

  it("reaches only the office's head when it has one: its staff are not mailed", async () => {
    const title = 'Pemetaan blank spot Tebo';
    await walkThrough(title, offices.tebo, accounts['staf.tebo'] as SessionUser);
    const head = ['kadis.tebo@uji.demo'];
    expect(await mailsAbout(title, 'Tindak lanjut baru', 1)).toEqual(head);
    expect(await mailsAbout(title, 'Perpanjangan tenggat disetujui', 1)).toEqual(head);
    expect(await mailsAbout(title, 'Bukti ditolak', 1)).toEqual(head);
  });
});
