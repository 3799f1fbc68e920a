import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApi } from './support';
import { makeOffice, meetingInput } from './support/fixtures';

const api = useTestApi();
const titles: string[] = [];

beforeAll(async () => {
  const province = await makeOffice(api, 'Diskominfo Provinsi Jambi', '15');
  const merangin = await makeOffice(api, 'Diskominfo Kabupaten Merangin', '15.02');
  const banyuasin = await makeOffice(api, 'Diskominfo Kabupaten Banyuasin', '16.07');
  // 25 meetings, two of them at the very same minute, to exercise the (startsAt, id) tie-break.
  for (let day = 1; day <= 25; day++) {
    const date = `2025-10-${String(Math.min(day, 24)).padStart(2, '0')}`;
    const title = `Rapat ${day}`;
    titles.push(title);
    await api.caller().meetings.create(
      meetingInput(day % 5 === 0 ? banyuasin.id : province.id, {
        title,
        type: day % 2 === 0 ? 'audiensi' : 'rakornis',
        startsAt: `${date}T09:00:00+07:00`,
        endsAt: `${date}T11:00:00+07:00`,
        participants:
          day % 3 === 0
            ? [{ kind: 'guest', guestName: 'Perwakilan Merangin', organizationId: merangin.id }]
            : [],
      }),
    );
  }
});

describe('meetings.list', () => {
  it('walks every meeting exactly once, newest first, across keyset pages', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: Awaited<ReturnType<ReturnType<typeof api.caller>['meetings']['list']>> = await api
        .caller()
        .meetings.list({ limit: 7, cursor });
      seen.push(...page.items.map((m) => m.title));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(4);
    expect(seen).toHaveLength(25);
    expect(new Set(seen)).toEqual(new Set(titles));
    // Rapat 24 and 25 share a start time; either may come first, but both before Rapat 23.
    expect(new Set(seen.slice(0, 2))).toEqual(new Set(['Rapat 24', 'Rapat 25']));
    expect(seen[2]).toBe('Rapat 23');
  });

  it('answers with defaults when called without input', async () => {
    const page = await api.caller().meetings.list();
    expect(page.items).toHaveLength(20);
    expect(page.nextCursor).not.toBeNull();
  });

  it('filters by type and by date range', async () => {
    const audiensi = await api.caller().meetings.list({ type: 'audiensi', limit: 100 });
    expect(audiensi.items.every((m) => m.type === 'audiensi')).toBe(true);
    expect(audiensi.items).toHaveLength(12);

    const range = await api.caller().meetings.list({
      from: '2025-10-10T00:00:00+07:00',
      to: '2025-10-12T23:59:59+07:00',
      limit: 100,
    });
    expect(range.items.map((m) => m.title)).toEqual(['Rapat 12', 'Rapat 11', 'Rapat 10']);
  });

  it('filters by region: a regency, or a province with everything beneath it', async () => {
    const merangin = await api.caller().meetings.list({ regionCode: '15.02', limit: 100 });
    expect(merangin.items).toHaveLength(8);
    const sumsel = await api.caller().meetings.list({ regionCode: '16', limit: 100 });
    expect(sumsel.items.map((m) => m.host.name)).toEqual(Array(5).fill('Diskominfo Kabupaten Banyuasin'));
    const jambi = await api.caller().meetings.list({ regionCode: '15', limit: 100 });
    // 20 hosted in the province, plus Banyuasin's Rapat 15 where Merangin took part.
    expect(jambi.items).toHaveLength(21);
  });

  it('rejects a tampered cursor and a reversed date range with BAD_REQUEST', async () => {
    await expect(api.caller().meetings.list({ cursor: 'bukan-penanda' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await expect(
      api.caller().meetings.list({ from: '2025-10-12T00:00:00+07:00', to: '2025-10-10T00:00:00+07:00' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});
