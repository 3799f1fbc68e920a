import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApi } from './support';
import { makeOffice, meetingInput } from './support/fixtures';

const api = useTestApi();

beforeAll(async () => {
  const host = await makeOffice(api, 'Diskominfo Provinsi Jambi', '15');
  const rakornis = await api
    .caller()
    .meetings.create(meetingInput(host.id, { title: 'Rakornis Kominfo 2025' }));
  await api.caller().meetings.saveMinutes({
    id: rakornis.id,
    version: rakornis.version,
    minutes:
      'Gubernur meminta seluruh kabupaten memanfaatkan Datacenter provinsi dan memperluas pemakaian QRIS.',
  });
  await api
    .caller()
    .meetings.create(
      meetingInput(host.id, { title: 'Forum Perangkat Daerah', summary: 'Nilai SPBE Kota Jambi 4,27.' }),
    );
  await api.caller().actionItems.create({
    title: 'Sosialisasi QRIS untuk pedagang pasar',
    meetingId: rakornis.id,
    ownerOrganizationId: host.id,
    dueOn: '2030-01-31',
  });
});

describe('search.query', () => {
  it('finds a meeting by a word that only appears in its minutes, with an excerpt', async () => {
    const result = await api.caller().search.query({ q: 'qris' });
    expect(result.meeting.map((h) => h.title)).toEqual(['Rakornis Kominfo 2025']);
    expect(result.meeting[0]?.snippet).toContain('«QRIS»');
    expect(result.actionItem.map((h) => h.title)).toEqual(['Sosialisasi QRIS untuk pedagang pasar']);
  });

  it('matches the beginning of words and ignores case and accents', async () => {
    expect((await api.caller().search.query({ q: 'RAKOR' })).meeting.map((h) => h.title)).toEqual([
      'Rakornis Kominfo 2025',
    ]);
    expect((await api.caller().search.query({ q: 'pérangkat' })).meeting.map((h) => h.title)).toEqual([
      'Forum Perangkat Daerah',
    ]);
  });

  it('finds a fragment inside a title word', async () => {
    expect((await api.caller().search.query({ q: 'ornis' })).meeting.map((h) => h.title)).toEqual([
      'Rakornis Kominfo 2025',
    ]);
  });

  it('treats query syntax characters as plain text, never as an error', async () => {
    const result = await api.caller().search.query({ q: "data' & | ! :* ( ) center" });
    expect(result.meeting).toEqual([]);
    await expect(api.caller().search.query({ q: 'x' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});

describe('search results that tell items apart', () => {
  it('names the owning office of same-titled items and shows snippets without markdown', async () => {
    const bungo = await makeOffice(api, 'Dinas Komunikasi dan Informatika Kabupaten Bungo', '15.08');
    const tebo = await makeOffice(api, 'Dinas Komunikasi dan Informatika Kabupaten Tebo', '15.09');
    const meeting = await api.caller().meetings.create(meetingInput(bungo.id, { title: 'Rapat Hosting' }));
    for (const office of [bungo, tebo]) {
      await api.caller().actionItems.create({
        meetingId: meeting.id,
        title: 'Pindahkan hosting aplikasi ke pusat data',
        description:
          '**Batas waktu** _akhir_ tahun; lihat [panduan](https://contoh.go.id/a_b) | tabel `kode`',
        ownerOrganizationId: office.id,
        dueOn: '2030-01-31',
      });
    }
    const hits = (await api.caller().search.query({ q: 'hosting' })).actionItem;
    expect(hits.map((h) => h.office).sort()).toEqual([
      'Dinas Komunikasi dan Informatika Kabupaten Bungo',
      'Dinas Komunikasi dan Informatika Kabupaten Tebo',
    ]);
    const snippet = (await api.caller().search.query({ q: 'batas' })).actionItem[0]?.snippet ?? '';
    expect(snippet).toContain('«Batas» waktu akhir tahun; lihat panduan tabel kode');
    expect(snippet).not.toMatch(/[*_`|[\]]/);
  });

  it('names the host office of a meeting', async () => {
    const result = await api.caller().search.query({ q: 'rakornis' });
    expect(result.meeting[0]?.office).toBe('Diskominfo Provinsi Jambi');
  });
});

describe('search order: whole words before longer words they start', () => {
  it('lists records with the whole word first and fills up with longer words only when short', async () => {
    const host = await makeOffice(api, 'Diskominfo Kabupaten Merangin', '15.02');
    // Newest first among equals: the longer words are the newest here, so they would lead if the
    // whole words did not come first.
    const titlesByDay = [
      ['Literasi Talenta Digital', '01'],
      ['Akademi Talenta Digital', '02'],
      ['Talenta Digitalisasi Desa', '03'],
      ['Talenta Digitalnya Sekolah', '04'],
    ];
    for (const [title, day] of titlesByDay) {
      const startsAt = `2025-12-${day}T09:00:00+07:00`;
      const endsAt = `2025-12-${day}T12:00:00+07:00`;
      await api.caller().meetings.create(meetingInput(host.id, { title, startsAt, endsAt }));
    }
    const titles = async (limitPerKind: number) =>
      (await api.caller().search.query({ q: 'talenta digital', limitPerKind })).meeting.map((h) => h.title);

    expect(await titles(2)).toEqual(['Akademi Talenta Digital', 'Literasi Talenta Digital']);
    const three = await titles(3);
    expect(three.slice(0, 2)).toEqual(['Akademi Talenta Digital', 'Literasi Talenta Digital']);
    expect(three[2]).toBe('Talenta Digitalnya Sekolah');
    expect(await titles(8)).toEqual([
      'Akademi Talenta Digital',
      'Literasi Talenta Digital',
      'Talenta Digitalnya Sekolah',
      'Talenta Digitalisasi Desa',
    ]);
  });

  it('still finds the start of a word being typed', async () => {
    const result = await api.caller().search.query({ q: 'talenta digitalis' });
    expect(result.meeting.map((h) => h.title)).toEqual(['Talenta Digitalisasi Desa']);
  });
});
