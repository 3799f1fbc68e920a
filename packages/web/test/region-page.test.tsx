import { screen, waitFor, within } from '@testing-library/react';
import type { RegionCounts, RegionOverview } from '@tindak/shared';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { regions } from './fixtures';
import { server } from './msw-server';
import { renderApp } from './render-app';
import { API_URL, query, trpcError } from './trpc-http';

function counts(
  meetings: number,
  items: Partial<RegionCounts['actionItems']>,
  commitments: Partial<RegionCounts['commitments']> = {},
): RegionCounts {
  return {
    meetings,
    proposals: 0,
    commitments: {
      total: 0,
      byStatus: { open: 0, in_progress: 0, fulfilled: 0, not_fulfilled: 0, cancelled: 0 },
      overdue: 0,
      ...commitments,
    },
    actionItems: { total: 0, done: 0, open: 0, overdue: 0, atRisk: 0, completionPercent: null, ...items },
  };
}

const jambi: RegionOverview = {
  region: { code: '15', name: 'Provinsi Jambi', kind: 'province', parentCode: null, parent: null },
  counts: counts(
    5,
    { total: 10, done: 4, open: 6, overdue: 2, atRisk: 1, completionPercent: 40 },
    { total: 3, overdue: 1 },
  ),
  children: [
    {
      code: '15.01',
      name: 'Kabupaten Kerinci',
      kind: 'regency',
      counts: counts(
        2,
        { total: 4, done: 1, open: 3, overdue: 2, completionPercent: 25 },
        { total: 2, overdue: 1 },
      ),
    },
    {
      code: '15.02',
      name: 'Kabupaten Merangin',
      kind: 'regency',
      counts: counts(4, { total: 2, done: 2, open: 0, completionPercent: 100 }),
    },
    { code: '15.71', name: 'Kota Jambi', kind: 'city', counts: counts(1, {}) },
  ],
};

const emptyPage = { items: [], nextCursor: null };

function regionServer(overview: RegionOverview | ((input: { code: string }) => RegionOverview)) {
  const calls = query('regions.overview', (input) =>
    typeof overview === 'function' ? overview(input as { code: string }) : overview,
  );
  server.use(
    calls.handler,
    query('regions.list', () => regions).handler,
    query('meetings.list', () => emptyPage).handler,
    query('proposals.list', () => emptyPage).handler,
    query('commitments.list', () => emptyPage).handler,
    query('actionItems.list', () => emptyPage).handler,
  );
  return calls;
}

/** The region names in the comparison table, top to bottom. */
function rowOrder(): string[] {
  const table = screen.getByRole('table');
  return within(table)
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent ?? '');
}

describe('region page', () => {
  it("compares a province's regencies side by side, each row linking to its region, sortable by column", async () => {
    const overview = regionServer(jambi);
    const { user } = renderApp('/wilayah/15');

    expect(await screen.findByRole('heading', { level: 1, name: 'Provinsi Jambi' })).toBeTruthy();
    expect(overview.calls[0]?.input).toEqual({ code: '15' });
    const table = screen.getByRole('table');
    const kerinci = within(table).getByRole('link', { name: 'Kabupaten Kerinci' });
    expect(kerinci.getAttribute('href')).toBe('/wilayah/15.01');
    const cells = within(kerinci.closest('tr') as HTMLElement)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    // meetings, proposals, commitments, past due, open, overdue, at risk, done
    expect(cells).toEqual(['2', '0', '2', '1', '3', '2', '0', '25%']);
    expect(rowOrder()).toEqual(['Kabupaten Kerinci', 'Kabupaten Merangin', 'Kota Jambi']);

    const completion = screen.getByRole('button', { name: 'Urutkan menurut Selesai' });
    await user.click(completion);
    expect(rowOrder()).toEqual(['Kabupaten Merangin', 'Kabupaten Kerinci', 'Kota Jambi']);
    expect(completion.closest('th')?.getAttribute('aria-sort')).toBe('descending');
    await user.click(completion);
    expect(rowOrder()).toEqual(['Kota Jambi', 'Kabupaten Kerinci', 'Kabupaten Merangin']);

    await user.click(screen.getByRole('button', { name: 'Urutkan menurut Rapat' }));
    expect(rowOrder()).toEqual(['Kabupaten Merangin', 'Kabupaten Kerinci', 'Kota Jambi']);
  });

  it('shows a region outside the scope as not found, with a way back', async () => {
    const { error } = trpcError('NOT_FOUND', 'regions.overview', 'Wilayah tidak ditemukan.');
    server.use(
      query('regions.list', () => regions).handler,
      http.get(`${API_URL}/regions.overview`, () => HttpResponse.json({ error }, { status: 404 })),
    );
    renderApp('/wilayah/15.08');
    expect(await screen.findByText('Wilayah tidak ditemukan')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Kembali ke daftar wilayah' }).getAttribute('href')).toBe(
      '/wilayah',
    );
  });

  it("lists the user's province and its regencies with a compact health summary each", async () => {
    regionServer(jambi);
    renderApp('/wilayah');

    const kerinci = await screen.findByRole('link', { name: 'Kabupaten Kerinci' });
    const card = within(kerinci.closest('article') as HTMLElement);
    expect(card.getByText('Ada yang terlambat')).toBeTruthy();
    expect(card.getByText('25% selesai')).toBeTruthy();
    const merangin = within(
      screen.getByRole('link', { name: 'Kabupaten Merangin' }).closest('article') as HTMLElement,
    );
    expect(merangin.getByText('Semua selesai')).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('link', { name: 'Provinsi Jambi' })).toBeTruthy());
  });
});
