import { TRPCError } from '@trpc/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { createUser, useTestApi } from './support';
import { dbSnapshots } from './support/db-snapshot';
import { countRows, makeOffice, meetingInput } from './support/fixtures';

const api = useTestApi();
const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

let bungo: string;
let tanjabtim: string;
let province: string;
let city: string;
let kerinci: string;
let meetingId: string;
let bungoClerk: Parameters<typeof api.callerAs>[0];
let yusuf: string;
let kerinciPerson: string;

/** The list: the offices as people write them, next to the directory's full names. */
const report = base64(
  [
    'Nama,Instansi,Wilayah',
    'Ahmad Fauzi,Diskominfo Kabupaten Bungo,',
    'Sri Wahyuni,Dinas Kominfo Kab. Tanjung Jabung Timur,',
    'Yusuf,Diskominfo Jambi,',
    'Hendra,Kominfo,15.08',
  ].join('\n'),
);

async function meetingVersion() {
  const row = await api.database.db
    .selectFrom('meetings')
    .select('version')
    .where('id', '=', meetingId)
    .executeTakeFirstOrThrow();
  return row.version;
}

beforeAll(async () => {
  bungo = (await makeOffice(api, 'Dinas Komunikasi dan Informatika Kabupaten Bungo', '15.08')).id;
  tanjabtim = (
    await makeOffice(api, 'Dinas Komunikasi dan Informatika Kabupaten Tanjung Jabung Timur', '15.07')
  ).id;
  province = (await makeOffice(api, 'Dinas Komunikasi dan Informatika Provinsi Jambi', '15')).id;
  city = (await makeOffice(api, 'Dinas Komunikasi dan Informatika Kota Jambi', '15.71')).id;
  kerinci = (await makeOffice(api, 'Dinas Komunikasi dan Informatika Kabupaten Kerinci', '15.01')).id;
  yusuf = (await api.caller().people.create({ fullName: 'Yusuf, S.T.', organizationId: city })).id;
  kerinciPerson = (await api.caller().people.create({ fullName: 'Orang Kerinci', organizationId: kerinci }))
    .id;
  bungoClerk = await createUser(api, { role: 'secretariat', organizationId: bungo });
  meetingId = (await api.callerAs(bungoClerk).meetings.create(meetingInput(bungo))).id;
});

describe('attendance import: offices as people write them', () => {
  it('links abbreviations to the existing offices and only suggests when unsure', async () => {
    const preview = await api
      .callerAs(bungoClerk)
      .meetings.previewAttendanceImport({ meetingId, content: report });
    expect(
      preview.rows.map((r) => [r.name, r.officeStatus, r.organization?.id ?? null, r.regionCode]),
    ).toEqual([
      ['Ahmad Fauzi', 'existing', bungo, '15.08'],
      ['Sri Wahyuni', 'existing', tanjabtim, '15.07'],
      // "Jambi" is the province or the city: not linked, both offered.
      ['Yusuf', 'created', null, null],
      ['Hendra', 'existing', bungo, '15.08'],
    ]);
    const yusufRow = preview.rows[2];
    expect(yusufRow?.officeSuggestions.map((o) => o.id)).toEqual([province, city]);
    expect(yusufRow?.officeSuggestions[1]?.regionName).toBe('Kota Jambi');
    expect(yusufRow?.personSuggestions).toEqual([
      { id: yusuf, fullName: 'Yusuf, S.T.', officeName: 'Dinas Komunikasi dan Informatika Kota Jambi' },
    ]);
  });

  it('applies the office and person chosen per row, creating no office', async () => {
    const [offices, people] = [await countRows(api, 'organizations'), await countRows(api, 'people')];
    const choices = [{ rowNumber: 4, organizationId: city, personId: yusuf }];
    const preview = await api
      .callerAs(bungoClerk)
      .meetings.previewAttendanceImport({ meetingId, content: report, choices });
    expect(preview.rows[2]).toMatchObject({ outcome: 'match', matchedBy: 'choice', person: { id: yusuf } });
    expect(preview.rows[2]?.organization?.id).toBe(city);

    const result = await api.callerAs(bungoClerk).meetings.applyAttendanceImport({
      meetingId,
      version: await meetingVersion(),
      content: report,
      choices,
    });
    expect(result).toMatchObject({ added: 4, createdOffices: 0, createdPeople: 3 });
    expect(await countRows(api, 'organizations')).toBe(offices);
    expect(await countRows(api, 'people')).toBe(people + 3);
    const meeting = await api.caller().meetings.get({ id: meetingId });
    const yusufHere = meeting.participants.find((p) => p.name === 'Yusuf, S.T.');
    expect(yusufHere?.region?.code).toBe('15.71');
  });

  it('creates a new office when the row is told "buat baru"', async () => {
    const content = base64('Nama,Instansi,Wilayah\nBaru Sekali,Diskominfo Kabupaten Bungo,\n');
    const preview = await api.callerAs(bungoClerk).meetings.previewAttendanceImport({
      meetingId,
      content,
      choices: [{ rowNumber: 2, organizationId: 'new' }],
    });
    expect(preview.rows[0]).toMatchObject({ outcome: 'new', officeStatus: 'created', organization: null });
  });

  it('refuses a crafted office or person outside the caller scope and changes nothing', async () => {
    const snapshots = dbSnapshots(api.database.db);
    const content = base64('Nama,Instansi,Wilayah\nSeseorang,Diskominfo Kabupaten Bungo,\n');
    for (const choice of [
      { rowNumber: 2, organizationId: kerinci },
      { rowNumber: 2, personId: kerinciPerson },
      { rowNumber: 2, organizationId: '00000000-0000-4000-8000-000000000000' },
    ]) {
      const before = await snapshots.take();
      const error = await api
        .callerAs(bungoClerk, 'en')
        .meetings.applyAttendanceImport({
          meetingId,
          version: await meetingVersion(),
          content,
          choices: [choice],
        })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TRPCError);
      expect((error as TRPCError).code).toBe('NOT_FOUND');
      expect(await snapshots.changesSince(before)).toEqual([]);
    }
  });
});

describe('meetings.previewAttendanceRows (the create form)', () => {
  it('previews rows without a meeting and writes nothing', async () => {
    const snapshots = dbSnapshots(api.database.db);
    const before = await snapshots.take();
    const preview = await api.callerAs(bungoClerk).meetings.previewAttendanceRows({ content: report });
    // The people imported above are known now; nobody counts as already taking part.
    expect(preview.rows.map((r) => [r.outcome, r.organization?.id ?? null])).toEqual([
      ['match', bungo],
      ['match', tanjabtim],
      ['new', null],
      ['match', bungo],
    ]);
    expect(await snapshots.changesSince(before)).toEqual([]);
  });

  it('is refused to a viewer', async () => {
    const viewer = await createUser(api, { role: 'viewer', organizationId: bungo });
    const error = await api
      .callerAs(viewer)
      .meetings.previewAttendanceRows({ content: report })
      .catch((e: unknown) => e);
    expect((error as TRPCError).code).toBe('FORBIDDEN');
  });
});
