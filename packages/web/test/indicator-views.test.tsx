import { screen, waitFor, within } from '@testing-library/react';
import {
  type IndicatorOffTargetOutput,
  pathTo,
  type RegionNational,
  type RegionOverview,
} from '@tindak/shared';
import { describe, expect, it } from 'vitest';
import { regions } from './fixtures';
import {
  actionItemId,
  blankSpots,
  commitmentId,
  forumId,
  jambiRanking,
  jambiSeries,
  provinceRanking,
  spbe,
  summaryOf,
} from './indicator-view-fixtures';
import { server, signedInAs } from './msw-server';
import { phoneWidth, renderApp } from './render-app';
import { inputOf, query } from './trpc-http';

const noCounts: RegionOverview['counts'] = {
  meetings: 0,
  proposals: 0,
  commitments: {
    total: 0,
    byStatus: { open: 0, in_progress: 0, fulfilled: 0, not_fulfilled: 0, cancelled: 0 },
    overdue: 0,
  },
  actionItems: { total: 0, done: 0, open: 0, overdue: 0, atRisk: 0, completionPercent: null },
};

const jambi: RegionOverview = {
  region: { code: '15', name: 'Provinsi Jambi', kind: 'province', parentCode: null, parent: null },
  counts: noCounts,
  children: [],
};

const emptyPage = { items: [], nextCursor: null };

/** The province page of Jambi, with its SPBE ranking and series. */
function provincePage() {
  const ranking = query('indicators.ranking', (input) =>
    jambiRanking((input as { period?: string }).period ?? '2024'),
  );
  const series = query('indicators.regionSeries', () => jambiSeries);
  server.use(
    query('regions.overview', () => jambi).handler,
    query('regions.list', () => regions).handler,
    query('meetings.list', () => emptyPage).handler,
    query('proposals.list', () => emptyPage).handler,
    query('commitments.list', () => emptyPage).handler,
    query('actionItems.list', () => emptyPage).handler,
    query('indicators.list', () => ({ items: [summaryOf(spbe), summaryOf(blankSpots)] })).handler,
    ranking.handler,
    series.handler,
  );
  return { ranking, series };
}

const caption2024 = 'Peringkat Indeks SPBE, periode 2024';

/** The cells of one region's row in a table, as text. */
function rowCells(table: HTMLElement, regionName: string): string[] {
  const row = within(table).getByRole('link', { name: regionName }).closest('tr') as HTMLElement;
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent ?? '');
}

describe('the ranking on a province page', () => {
  it('ranks the regions with value, band, target, whether it is met and the change, in words too', async () => {
    const { ranking } = provincePage();
    renderApp('/wilayah/15');

    const section = await screen.findByRole('region', { name: 'Indikator' });
    const table = await within(section).findByRole('table', { name: caption2024 });
    expect(inputOf(ranking.calls, 0)).toEqual({ indicatorId: spbe.id, parentRegionCode: '15' });

    // rank, value + band, target, meets target, change since 2023, open work
    expect(rowCells(table, 'Kota Jambi')).toEqual([
      '1',
      '4,27Memuaskan',
      '4',
      '✓ Ya',
      '▲ +0,17Naik 0,17 sejak 2023, membaik',
      'Belum ada',
    ]);
    expect(rowCells(table, 'Kabupaten Tanjung Jabung Barat')).toEqual([
      '4',
      '1,5Kurang',
      '2,6',
      '✗ Tidak',
      '▼ −0,1Turun 0,1 sejak 2023, memburuk',
      'Belum ada',
    ]);
    // A predicate-only value: its band, no number to compare, the earlier predicate said instead.
    expect(rowCells(table, 'Kabupaten Kerinci')).toEqual([
      '3',
      'Cukup',
      '2,6',
      '–Belum dapat dinilai',
      'Sebelumnya Kurang',
      '2 berjalan',
    ]);
    expect(rowCells(table, 'Provinsi Jambi')[4]).toBe('= 0Tetap sejak 2023');
    expect(rowCells(table, 'Kabupaten Tebo')).toEqual([
      '–Tanpa peringkat',
      '–Belum ada nilai',
      '–Belum ada target',
      '–Belum dapat dinilai',
      '–Tidak ada pembanding',
      'Belum ada',
    ]);
    expect(within(table).getByRole('columnheader', { name: 'Perubahan sejak 2023' })).toBeTruthy();
    // The open work leads to the region page, at this indicator's work.
    expect(within(table).getByRole('link', { name: '2 berjalan' }).getAttribute('href')).toBe(
      `/wilayah/15.01#indikator-${spbe.id}`,
    );
    // The colour repeats the words: better green, worse red.
    const up = within(table).getByText('Naik 0,17 sejak 2023, membaik').parentElement as HTMLElement;
    const down = within(table).getByText('Turun 0,1 sejak 2023, memburuk').parentElement as HTMLElement;
    expect(up.getAttribute('style')).toContain('teal');
    expect(down.getAttribute('style')).toContain('red');

    // Below 48em the cards stand in for the table.
    expect(within(section).queryByRole('list', { name: caption2024 })).toBeNull();
  });

  it('writes numbers and words in English for an English reader', async () => {
    provincePage();
    renderApp('/wilayah/15', { lang: 'en' });
    const section = await screen.findByRole('region', { name: 'Indicators' });
    const table = await within(section).findByRole('table', { name: 'Indeks SPBE ranking, period 2024' });
    expect(rowCells(table, 'Kota Jambi')).toEqual([
      '1',
      '4.27Memuaskan',
      '4',
      '✓ Yes',
      '▲ +0.17Up 0.17 since 2023, better',
      'None yet',
    ]);
  });

  it('shows a card per region at phone width, in the same order, named like the table', async () => {
    phoneWidth();
    provincePage();
    renderApp('/wilayah/15');
    const section = await screen.findByRole('region', { name: 'Indikator' });
    const cards = await within(section).findByRole('list', { name: caption2024 });
    expect(within(section).queryByRole('table', { name: caption2024 })).toBeNull();
    const names = within(cards)
      .getAllByRole('listitem')
      .map((card) => within(card).getAllByRole('link')[0]?.textContent);
    expect(names).toEqual([
      'Kota Jambi',
      'Provinsi Jambi',
      'Kabupaten Kerinci',
      'Kabupaten Tanjung Jabung Barat',
      'Kabupaten Tebo',
    ]);
    const kerinci = within(cards).getAllByRole('listitem')[2] as HTMLElement;
    expect(within(kerinci).getByText('Peringkat 3')).toBeTruthy();
    expect(kerinci.textContent).toContain('Memenuhi target:–Belum dapat dinilai');
    expect(within(kerinci).getByRole('link', { name: '2 berjalan' })).toBeTruthy();
  });

  it('shows another period when picked', async () => {
    const { ranking } = provincePage();
    const { user } = renderApp('/wilayah/15');
    const section = await screen.findByRole('region', { name: 'Indikator' });
    await within(section).findByRole('table', { name: caption2024 });

    await user.click(within(section).getByRole('combobox', { name: 'Periode' }));
    await user.click(await screen.findByRole('option', { name: '2023' }));
    expect(
      await within(section).findByRole('table', { name: 'Peringkat Indeks SPBE, periode 2023' }),
    ).toBeTruthy();
    expect(inputOf(ranking.calls, 1)).toEqual({
      indicatorId: spbe.id,
      parentRegionCode: '15',
      period: '2023',
    });
  });

  it('says "Belum ada nilai untuk periode ini" when no region has a value', async () => {
    provincePage();
    server.use(
      query('indicators.ranking', () => ({
        ...jambiRanking(),
        rows: jambiRanking().rows.map((row) => ({ ...row, rank: null, value: null })),
      })).handler,
    );
    renderApp('/wilayah/15');
    const section = await screen.findByRole('region', { name: 'Indikator' });
    expect(await within(section).findByText('Belum ada nilai untuk periode ini')).toBeTruthy();
  });
});

describe("a region's indicators over the periods", () => {
  it('shows each indicator as a chart and a table of the same numbers, with the work that moves it', async () => {
    const { series } = provincePage();
    renderApp('/wilayah/15');
    const section = await screen.findByRole('region', { name: 'Indikator' });
    const article = await within(section).findByRole('article', { name: 'Indeks SPBE' });
    expect(inputOf(series.calls, 0)).toEqual({ regionCode: '15' });
    expect(article.id).toBe(`indikator-${spbe.id}`);

    expect(
      within(article).getByRole('img', {
        name: 'Grafik Indeks SPBE di Provinsi Jambi: nilai dan target per periode. Angkanya ada di tabel di bawah.',
      }),
    ).toBeTruthy();
    const table = within(article).getByRole('table', { name: 'Indeks SPBE di Provinsi Jambi per periode' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['2023', '3,31', 'Baik', '3', '✓ Ya', 'Rapat: Forum Perangkat Daerah 2024'],
      ['2024', '3,31', 'Baik', '3,5', '✗ Tidak', 'Catatan: Hasil evaluasi SPBE 2024'],
    ]);
    expect(
      within(table).getByRole('link', { name: 'Forum Perangkat Daerah 2024' }).getAttribute('href'),
    ).toBe(pathTo('meeting', { id: forumId }));

    const work = within(article).getByRole('region', { name: 'Tindak lanjut yang mendorong indikator ini' });
    const item = within(work).getByRole('link', { name: 'Susun rencana aksi kenaikan indeks SPBE' });
    expect(item.getAttribute('href')).toBe(pathTo('actionItem', { id: actionItemId }));
    expect(item.closest('li')?.textContent).toContain('Sedang dikerjakan');
    expect(item.closest('li')?.textContent).toContain('Tenggat 31 Maret 2026');
    expect(
      within(work)
        .getByRole('link', { name: 'Pindahkan aplikasi ke Pusat Data Provinsi' })
        .getAttribute('href'),
    ).toBe(pathTo('commitment', { id: commitmentId }));
  });
});

const offTarget: IndicatorOffTargetOutput = {
  total: 3,
  rows: [
    {
      indicator: { id: spbe.id, name: 'Indeks SPBE', unit: 'index', direction: 'higher_is_better' },
      region: { code: '15.06', name: 'Kabupaten Tanjung Jabung Barat', kind: 'regency' },
      period: '2024',
      value: 1.5,
      predicate: null,
      band: spbe.bands[0] ?? null,
      target: 2.6,
      openWork: 0,
    },
    {
      indicator: {
        id: blankSpots.id,
        name: 'Desa blank spot',
        unit: 'villages',
        direction: 'lower_is_better',
      },
      region: { code: '16.07', name: 'Kabupaten Banyuasin', kind: 'regency' },
      period: '2024',
      value: 67,
      predicate: null,
      band: null,
      target: 0,
      openWork: 2,
    },
  ],
};

describe('Beranda: indicators below target', () => {
  it('shows a head the values off target with the work on them, and the way to the rest', async () => {
    const calls = query('indicators.offTarget', () => offTarget);
    server.use(query('dashboard.home', () => emptyHome).handler, calls.handler);
    renderApp('/');

    const section = await screen.findByRole('region', { name: 'Indikator di bawah target' });
    const items = within(within(section).getByRole('list')).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Indeks SPBE · Kabupaten Tanjung Jabung Barat2024: 1,5 dari target 2,6KurangBelum ada tindak lanjut',
      'Desa blank spot · Kabupaten Banyuasin2024: 67 desa dari target 0 desa2 tindak lanjut berjalan',
    ]);
    expect(
      within(section)
        .getByRole('link', { name: 'Desa blank spot · Kabupaten Banyuasin' })
        .getAttribute('href'),
    ).toBe(`/wilayah/16.07#indikator-${blankSpots.id}`);
    expect(within(section).getByRole('link', { name: '1 lainnya' }).getAttribute('href')).toBe('/indikator');
    expect(inputOf(calls.calls, 0)).toEqual({ limit: 5 });
  });

  it('shows the secretariat too', async () => {
    server.use(
      signedInAs('secretariat'),
      query('dashboard.home', () => ({ ...emptyHome, completion: null })).handler,
      query('indicators.offTarget', () => offTarget).handler,
    );
    renderApp('/');
    expect(await screen.findByRole('region', { name: 'Indikator di bawah target' })).toBeTruthy();
  });

  it('is left out when nothing is off target', async () => {
    const calls = query('indicators.offTarget', () => ({ total: 0, rows: [] }));
    server.use(query('dashboard.home', () => emptyHome).handler, calls.handler);
    renderApp('/');
    await screen.findByRole('region', { name: 'Rapat mendatang' });
    await waitFor(() => expect(calls.calls).toHaveLength(1));
    expect(screen.queryByRole('region', { name: 'Indikator di bawah target' })).toBeNull();
  });

  it('is not asked for by staff', async () => {
    const calls = query('indicators.offTarget', () => offTarget);
    server.use(
      signedInAs('staff'),
      query('dashboard.home', () => ({ ...emptyHome, completion: null })).handler,
      calls.handler,
    );
    renderApp('/');
    await screen.findByRole('region', { name: 'Rapat mendatang' });
    expect(calls.calls).toEqual([]);
  });
});

const emptyHome = {
  today: '2026-03-04',
  myItems: { items: [], total: 0 },
  waitingForMe: { items: [], total: 0 },
  upcomingMeetings: { items: [], total: 0 },
  completion: {
    total: { done: 0, open: 0, overdue: 0, dueSoon: 0, percent: 0 },
    byRegion: [],
    byOffice: [],
    trend: [],
  },
};

const national: RegionNational = {
  since: '2026-09-06',
  countedAt: '2026-12-05T02:30:00.000Z',
  totals: { ...noCounts, recentMeetings: 0, proposalsAwaiting: 0 },
  provinces: [
    { code: '15', name: 'Provinsi Jambi', counts: { ...noCounts, recentMeetings: 0, proposalsAwaiting: 0 } },
    { code: '51', name: 'Provinsi Bali', counts: { ...noCounts, recentMeetings: 0, proposalsAwaiting: 0 } },
  ],
};

describe('the national ranking', () => {
  it('ranks the provinces, and a picked province its regencies and cities', async () => {
    const komdigi = {
      id: '00000000-0000-4000-8000-0000000000dd',
      name: 'Kementerian Komdigi',
      regionCode: null,
    };
    const ranking = query('indicators.ranking', (input) =>
      (input as { parentRegionCode: string | null }).parentRegionCode === null
        ? provinceRanking()
        : jambiRanking(),
    );
    server.use(
      signedInAs('viewer', { organization: komdigi }),
      query('regions.national', () => national).handler,
      query('regions.list', () => regions).handler,
      query('indicators.list', () => ({ items: [summaryOf(spbe)] })).handler,
      ranking.handler,
    );
    const { user } = renderApp('/wilayah');

    const section = await screen.findByRole('region', { name: 'Peringkat indikator' });
    const provinces = await within(section).findByRole('table', { name: caption2024 });
    expect(inputOf(ranking.calls, 0)).toEqual({ indicatorId: spbe.id, parentRegionCode: null });
    expect(rowCells(provinces, 'Provinsi Bali').slice(0, 2)).toEqual(['1', '3,9Sangat Baik']);

    await user.click(within(section).getByRole('combobox', { name: 'Provinsi' }));
    await user.click(await screen.findByRole('option', { name: 'Provinsi Jambi' }));
    await waitFor(() =>
      expect(within(section).getByRole('table', { name: caption2024 }).textContent).toContain('Kota Jambi'),
    );
    expect(inputOf(ranking.calls, 1)).toEqual({ indicatorId: spbe.id, parentRegionCode: '15' });
  });
});
