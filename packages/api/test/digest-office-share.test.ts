import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../src/context';
import { loadDigestRecipient } from '../src/digest/reader';
import { createDigestSharing } from '../src/digest/shared';
import { previewDigest } from '../src/digest/weekly';
import { appLinks } from '../src/mail/links';
import { createUser, useTestApi } from './support';
import { insertDirective } from './support/directives';
import { makeOffice, meetingInput } from './support/fixtures';
import { TEST_PUBLIC_URL } from './support/worker';

/**
 * The worker reads an office's unassigned items once for all its staff and merges each staff
 * member's own into them (compose.ts, officeItemShare): every staff digest must be what reading
 * it whole gives, lists, order, cut and counts, on the digest of Monday 30 November 2026.
 */
const api = useTestApi();
const links = appLinks(TEST_PUBLIC_URL);
const MONDAY = new Date('2026-11-30T00:30:00Z');

let staff: SessionUser[];
let kerinci: string;
let merangin: string;
let meetingId: string;

async function item(values: {
  title: string;
  office: string;
  dueOn: string;
  ownerPersonId?: string | null;
  status?: 'open' | 'done';
  completedAt?: Date;
}) {
  await api.database.db
    .insertInto('actionItems')
    .values({
      title: values.title,
      meetingId,
      ownerOrganizationId: values.office,
      ownerPersonId: values.ownerPersonId ?? null,
      regionCode: values.office === kerinci ? '15.01' : '15.02',
      dueOn: values.dueOn,
      status: values.status ?? 'open',
      progress: values.status === 'done' ? 100 : 0,
      completedAt: values.completedAt ?? null,
    })
    .execute();
}

beforeAll(async () => {
  const jambi = await makeOffice(api, 'Diskominfo Provinsi Jambi', '15');
  kerinci = (await makeOffice(api, 'Diskominfo Kabupaten Kerinci', '15.01')).id;
  merangin = (await makeOffice(api, 'Diskominfo Kabupaten Merangin', '15.02')).id;
  meetingId = (await api.caller().meetings.create(meetingInput(jambi.id))).id;
  staff = [];
  for (let i = 0; i < 3; i += 1)
    staff.push(await createUser(api, { role: 'staff', organizationId: kerinci }));
  const [first, second] = staff;
  if (!first?.personId || !second?.personId) throw new Error('staff are people');
  // More unassigned overdue and due items than a list shows, with titles and days that interleave
  // with the staff's own.
  for (let day = 1; day <= 14; day += 1) {
    const date = `2026-11-${String(day + 5).padStart(2, '0')}`;
    await item({ title: `Kantor terlambat ${String(day).padStart(2, '0')}`, office: kerinci, dueOn: date });
  }
  for (const title of [
    'Bantu',
    'Data',
    'Kirim',
    'Lapor',
    'Rekap',
    'Siapkan',
    'Tata',
    'Unggah',
    'Verifikasi',
    'Zonasi',
    'Akhir',
  ]) {
    await item({ title: `${title} kantor`, office: kerinci, dueOn: '2026-12-02' });
  }
  await item({
    title: 'Kantor selesai',
    office: kerinci,
    dueOn: '2026-11-26',
    status: 'done',
    completedAt: new Date('2026-11-26T03:00:00Z'),
  });
  // The first staff member's own: some before the office's, some between, one done last week.
  await item({
    title: 'Milik sendiri paling awal',
    office: kerinci,
    dueOn: '2026-11-02',
    ownerPersonId: first.personId,
  });
  await item({
    title: 'Milik sendiri di tengah',
    office: kerinci,
    dueOn: '2026-11-10',
    ownerPersonId: first.personId,
  });
  await item({ title: 'Cek sendiri', office: kerinci, dueOn: '2026-12-02', ownerPersonId: first.personId });
  await item({
    title: 'Selesai sendiri',
    office: kerinci,
    dueOn: '2026-11-27',
    ownerPersonId: first.personId,
    status: 'done',
    completedAt: new Date('2026-11-27T03:00:00Z'),
  });
  // A directive: Kerinci's share unassigned, and Merangin's share held by the second staff member,
  // due earlier: the directive is one line, at Merangin's place in the list.
  const { itemIds } = await insertDirective(api, {
    title: 'Laporkan titik blank spot',
    issuedBy: jambi.id,
    meetingId,
    dueOn: '2026-11-12',
    shares: [
      { officeId: kerinci, dueOn: '2026-11-12' },
      { officeId: merangin, dueOn: '2026-11-03' },
    ],
  });
  await api.database.db
    .updateTable('actionItems')
    .set({ ownerPersonId: second.personId })
    .where('id', '=', itemIds[1] as string)
    .execute();
});

describe('staff digests from their office’s shared part', () => {
  it('are each what reading them whole gives, with the office read once', async () => {
    const sharing = createDigestSharing();
    const keys: string[] = [];
    const items = sharing.items;
    sharing.items = (key, read) =>
      items(key, () => {
        keys.push(key);
        return read();
      });
    const totals: number[] = [];
    for (const user of staff) {
      const recipient = await loadDigestRecipient(api.database.db, user.id);
      if (!recipient) throw new Error('no recipient');
      const whole = await previewDigest(api.database.db, recipient, MONDAY, links);
      const shared = await previewDigest(api.database.db, recipient, MONDAY, links, sharing);
      expect(shared.content).toEqual(whole.content);
      expect(shared.rendered).toEqual(whole.rendered);
      totals.push(whole.content.more.overdue.total);
    }
    expect(keys.filter((key) => key.startsWith('office-items|'))).toEqual([
      `office-items|${kerinci}|Asia/Jakarta|2026-11-30`,
    ]);
    // The office's 14 overdue and its directive share, plus each one's own.
    expect(totals).toEqual([17, 16, 15]);
  });

  it('merge a staff member’s own items into the office’s in the list’s order', async () => {
    const [first] = staff;
    const recipient = await loadDigestRecipient(api.database.db, first?.id as string);
    if (!recipient) throw new Error('no recipient');
    const { content } = await previewDigest(api.database.db, recipient, MONDAY, links, createDigestSharing());
    const overdue = content.overdue.flatMap((group) => group.items.map((i) => i.title));
    expect(overdue).toEqual([
      'Milik sendiri paling awal',
      'Kantor terlambat 01',
      'Kantor terlambat 02',
      'Kantor terlambat 03',
      'Kantor terlambat 04',
      'Kantor terlambat 05', // due the same day, made earlier
      'Milik sendiri di tengah',
      'Kantor terlambat 06',
      'Kantor terlambat 07',
      'Laporkan titik blank spot',
    ]);
    expect(content.dueThisWeek.map((i) => i.title)).toEqual([
      'Akhir kantor',
      'Bantu kantor',
      'Cek sendiri',
      'Data kantor',
      'Kirim kantor',
      'Lapor kantor',
      'Rekap kantor',
      'Siapkan kantor',
      'Tata kantor',
      'Unggah kantor',
    ]);
    expect(content.more.dueThisWeek.total).toBe(12);
    expect(content.resolvedLastWeek.map((i) => i.title)).toEqual(['Kantor selesai', 'Selesai sendiri']);
  });
});
