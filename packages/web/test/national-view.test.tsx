import { screen, within } from '@testing-library/react';
import type { DashboardHome, NationalCounts, RegionNational } from '@tindak/shared';
import { describe, expect, it } from 'vitest';
import { regions } from './fixtures';
import { server, signedInAs, signedInUser } from './msw-server';
import { renderApp } from './render-app';
import { query } from './trpc-http';

/** An office without a region (Komdigi): the country is its scope. */
const komdigi = { id: '00000000-0000-4000-8000-0000000000dd', name: 'Kementerian Komdigi', regionCode: null };

function counts(
  items: { done: number; open: number; overdue: number },
  more: Partial<NationalCounts> = {},
): NationalCounts {
  const total = items.done + items.open;
  return {
    meetings: 0,
    recentMeetings: 0,
    proposals: 0,
    proposalsAwaiting: 0,
    commitments: {
      total: 0,
      byStatus: { open: 0, in_progress: 0, fulfilled: 0, not_fulfilled: 0, cancelled: 0 },
      overdue: 0,
    },
    actionItems: {
      total,
      ...items,
      atRisk: 0,
      completionPercent: total > 0 ? Math.round((items.done / total) * 100) : null,
    },
    ...more,
  };
}

const national: RegionNational = {
  since: '2026-09-06',
  countedAt: '2026-12-05T02:30:00.000Z',
  totals: counts(
    { done: 9, open: 11, overdue: 6 },
    {
      meetings: 9,
      recentMeetings: 4,
      proposals: 5,
      proposalsAwaiting: 3,
      commitments: {
        total: 4,
        byStatus: { open: 1, in_progress: 2, fulfilled: 1, not_fulfilled: 0, cancelled: 0 },
        overdue: 2,
      },
    },
  ),
  provinces: [
    { code: '11', name: 'Provinsi Aceh', counts: counts({ done: 0, open: 0, overdue: 0 }) },
    {
      code: '15',
      name: 'Provinsi Jambi',
      counts: counts(
        { done: 2, open: 6, overdue: 4 },
        {
          meetings: 6,
          recentMeetings: 3,
          proposalsAwaiting: 2,
          commitments: {
            total: 3,
            byStatus: { open: 1, in_progress: 1, fulfilled: 1, not_fulfilled: 0, cancelled: 0 },
            overdue: 2,
          },
        },
      ),
    },
    { code: '51', name: 'Provinsi Bali', counts: counts({ done: 6, open: 2, overdue: 0 }, { meetings: 2 }) },
    {
      code: '94',
      name: 'Provinsi Papua',
      counts: counts({ done: 1, open: 3, overdue: 2 }, { meetings: 1, recentMeetings: 1 }),
    },
  ],
};

function nationalServer() {
  const nationalCalls = query('regions.national', () => national);
  const overviewCalls = query('regions.overview', () => {
    throw new Error('the national view asks for every province at once');
  });
  server.use(
    signedInAs('viewer', { organization: komdigi }),
    nationalCalls.handler,
    overviewCalls.handler,
    query('regions.list', () => regions).handler,
  );
  return { nationalCalls, overviewCalls };
}

/** The province names in the comparison table, top to bottom (the totals row last). */
function rowOrder(table: HTMLElement): string[] {
  return within(table)
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent ?? '');
}

describe('/wilayah for an office without a region', () => {
  it('compares every province in one table from one request, each linking to its page, sortable', async () => {
    const { nationalCalls, overviewCalls } = nationalServer();
    const { user } = renderApp('/wilayah');

    const section = await screen.findByRole('region', { name: 'Perbandingan provinsi' });
    const table = within(section).getByRole('table');
    // The count may be a minute old (the API keeps it): the page says when it was made, in WIB.
    expect(within(section).getByText(/^Dihitung .*09\.30.*setiap menit\.$/)).toBeTruthy();
    expect(nationalCalls.calls).toHaveLength(1);
    expect(overviewCalls.calls).toEqual([]);
    expect(rowOrder(table)).toEqual([
      'Provinsi Aceh',
      'Provinsi Jambi',
      'Provinsi Bali',
      'Provinsi Papua',
      'Seluruh Indonesia',
    ]);
    const jambi = within(table).getByRole('link', { name: 'Provinsi Jambi' });
    expect(jambi.getAttribute('href')).toBe('/wilayah/15');
    const cells = within(jambi.closest('tr') as HTMLElement)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    // meetings (90 days, all), proposals awaiting, commitments (all, four statuses, past due),
    // follow-ups (done, not done, overdue, completion)
    expect(cells).toEqual(['3', '6', '2', '3', '1', '1', '1', '0', '2', '2', '6', '4', '25%']);
    const aceh = within(table).getByRole('link', { name: 'Provinsi Aceh' }).closest('tr') as HTMLElement;
    expect(within(aceh).getAllByRole('cell').at(-1)?.textContent).toBe('–');

    const overdue = within(table).getByRole('button', {
      name: 'Urutkan menurut Tindak lanjut: Lewat tenggat',
    });
    await user.click(overdue);
    expect(overdue.closest('th')?.getAttribute('aria-sort')).toBe('descending');
    expect(rowOrder(table).slice(0, 4)).toEqual([
      'Provinsi Jambi',
      'Provinsi Papua',
      'Provinsi Aceh',
      'Provinsi Bali',
    ]);
    await user.click(
      within(table).getByRole('button', { name: 'Urutkan menurut Tindak lanjut: Penyelesaian' }),
    );
    expect(rowOrder(table).slice(0, 4)).toEqual([
      'Provinsi Bali',
      'Provinsi Jambi',
      'Provinsi Papua',
      'Provinsi Aceh',
    ]);
    // The totals stay in the last row, whatever the order.
    expect(rowOrder(table).at(-1)).toBe('Seluruh Indonesia');
  });

  it('keeps a wide table within its own frame, the province names in a sticky first column', async () => {
    nationalServer();
    renderApp('/wilayah');
    const section = await screen.findByRole('region', { name: 'Perbandingan provinsi' });
    const table = within(section).getByRole('table');
    expect(table.classList.contains('tindak-sticky-first')).toBe(true);
    expect(table.closest('.tindak-national-scroll')).toBeTruthy();
  });
});

const nationalHome: DashboardHome = {
  today: '2026-12-05',
  myItems: { items: [], total: 0 },
  waitingForMe: { items: [], total: 0 },
  upcomingMeetings: { items: [], total: 0 },
  completion: {
    total: { done: 9, open: 11, overdue: 6, dueSoon: 1, percent: 45 },
    byRegion: [
      { code: '15.01', name: 'Kabupaten Kerinci', done: 2, open: 6, overdue: 4, dueSoon: 1, percent: 25 },
    ],
    byOffice: [],
    trend: [],
  },
};

describe('Beranda for an office without a region', () => {
  it('shows the national totals and the provinces needing attention most, with the way to /wilayah', async () => {
    nationalServer();
    server.use(query('dashboard.home', () => nationalHome).handler);
    renderApp('/');

    const picture = await screen.findByRole('region', { name: 'Gambaran nasional' });
    await within(picture).findByRole('list', { name: 'Paling banyak lewat tenggat' });
    const figures = [...picture.querySelectorAll('dl.tindak-home-figures > div')].map((group) => [
      group.querySelector('dt')?.textContent,
      group.querySelector('dd')?.textContent,
    ]);
    expect(figures).toEqual([
      ['Rapat 90 hari terakhir', '4'],
      ['Usulan menunggu keputusan', '3'],
      ['Komitmen lewat tenggat', '2'],
      ['Tindak lanjut lewat tenggat', '6'],
      ['Penyelesaian tindak lanjut', '45%'],
    ]);
    const names = (title: string) =>
      within(within(picture).getByRole('list', { name: title }))
        .getAllByRole('listitem')
        .map((li) => li.textContent);
    expect(names('Paling banyak lewat tenggat')).toEqual([
      'Provinsi Jambi4 lewat tenggat',
      'Provinsi Papua2 lewat tenggat',
    ]);
    // Aceh has nothing to complete: it is not among the lowest.
    expect(names('Penyelesaian terendah')).toEqual([
      'Provinsi Jambi25% selesai',
      'Provinsi Papua25% selesai',
      'Provinsi Bali75% selesai',
    ]);
    // Papua is in both lists; each mention leads to its region page.
    const papua = within(picture).getAllByRole('link', { name: 'Provinsi Papua' });
    expect(papua.map((link) => link.getAttribute('href'))).toEqual(['/wilayah/94', '/wilayah/94']);
    expect(
      within(picture).getByRole('link', { name: 'Bandingkan semua provinsi' }).getAttribute('href'),
    ).toBe('/wilayah');
    expect(within(picture).getByText(/sebagai pemantau, hanya untuk dibaca/)).toBeTruthy();
    // Not every regency of the country in a table: the provinces stand in for them.
    expect(screen.queryByRole('region', { name: 'Penyelesaian tindak lanjut' })).toBeNull();
  });

  it('keeps a regional office’s own picture, without asking for the national one', async () => {
    const { nationalCalls } = nationalServer();
    server.use(
      signedInAs('viewer', { organization: signedInUser.organization }),
      query('dashboard.home', () => nationalHome).handler,
    );
    renderApp('/');
    expect(await screen.findByRole('region', { name: 'Penyelesaian tindak lanjut' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Gambaran nasional' })).toBeNull();
    expect(nationalCalls.calls).toEqual([]);
  });

  it('speaks English too', async () => {
    nationalServer();
    server.use(query('dashboard.home', () => nationalHome).handler);
    renderApp('/', { lang: 'en' });
    const picture = await screen.findByRole('region', { name: 'The national picture' });
    expect(await within(picture).findByRole('list', { name: 'Most overdue' })).toBeTruthy();
    expect(within(picture).getByRole('link', { name: 'Compare all provinces' })).toBeTruthy();
  });
});
