import { screen, within } from '@testing-library/react';
import type { DashboardHome, DashboardItem } from '@tindak/shared';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { server, signedInAs } from './msw-server';
import { renderApp } from './render-app';
import { API_URL, query, trpcError } from './trpc-http';

const kerinci = { id: '00000000-0000-4000-8000-0000000000c1', name: 'Diskominfo Kabupaten Kerinci' };

function item(n: number, overrides: Partial<DashboardItem> = {}): DashboardItem {
  return {
    id: `00000000-0000-4000-8000-00000000010${n}`,
    title: `Tindak lanjut ${n}`,
    status: 'open',
    health: 'on_track',
    priority: 'normal',
    progress: 0,
    dueOn: '2026-03-11',
    ownerOrganization: kerinci,
    ownerPerson: null,
    region: { code: '15.01', name: 'Kabupaten Kerinci' },
    ...overrides,
  };
}

const none = { items: [], total: 0 };

const meeting = {
  id: '00000000-0000-4000-8000-000000000201',
  type: 'rakornis' as const,
  title: 'Rakornis Kominfo 2026',
  startsAt: '2026-03-05T02:00:00Z',
  endsAt: '2026-03-05T05:00:00Z',
  timeZone: 'Asia/Jakarta',
  place: 'Auditorium Rumah Dinas Gubernur Jambi',
  online: false,
  host: { id: '00000000-0000-4000-8000-0000000000bb', name: 'Diskominfo Provinsi Jambi' },
};

const headHome: DashboardHome = {
  today: '2026-03-04',
  myItems: {
    items: [
      item(1, {
        title: 'Susun rencana aksi SPBE',
        health: 'overdue',
        status: 'in_progress',
        dueOn: '2026-03-01',
      }),
    ],
    total: 1,
  },
  waitingForMe: {
    items: [
      {
        ...item(2, {
          title: 'Petakan blank spot Kerinci',
          status: 'open',
          health: 'overdue',
          dueOn: '2026-03-03',
        }),
        reason: 'extension',
        since: '2026-03-01T03:00:00.000Z',
        requestedDueOn: '2026-03-17',
      },
      {
        ...item(3, {
          title: 'Migrasi hosting ke Pusat Data',
          status: 'awaiting_verification',
          health: 'at_risk',
        }),
        reason: 'verification',
        since: '2026-03-02T01:00:00.000Z',
        requestedDueOn: null,
      },
    ],
    total: 2,
  },
  upcomingMeetings: { items: [meeting], total: 1 },
  completion: {
    total: { done: 3, open: 7, overdue: 3, dueSoon: 3, percent: 30 },
    byRegion: [
      { code: '15.01', name: 'Kabupaten Kerinci', done: 2, open: 6, overdue: 2, dueSoon: 3, percent: 25 },
      { code: '15.09', name: 'Kabupaten Tebo', done: 1, open: 1, overdue: 1, dueSoon: 0, percent: 50 },
    ],
    byOffice: [
      {
        id: kerinci.id,
        name: kerinci.name,
        regionName: 'Kabupaten Kerinci',
        done: 2,
        open: 6,
        overdue: 2,
        dueSoon: 3,
        percent: 25,
      },
    ],
    trend: Array.from({ length: 12 }, (_, i) => ({
      week: `2026-W${String(i + 1).padStart(2, '0')}`,
      weekStart: `2026-01-${String(5 + i).padStart(2, '0')}`,
      asOf: i === 11 ? '2026-03-04' : `2026-01-${String(11 + i).padStart(2, '0')}`,
      done: i,
      open: 8,
      overdue: i === 11 ? 3 : 0,
    })),
  },
};

function answering(home: DashboardHome) {
  const call = query('dashboard.home', () => home);
  server.use(call.handler);
  return call;
}

describe('Beranda (home page)', () => {
  it('is the first link of the main navigation and the page at /', async () => {
    answering(headHome);
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Beranda' })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Navigasi utama' });
    const links = within(nav).getAllByRole('link');
    expect(links[0]?.textContent).toBe('Beranda');
    expect(links[0]?.getAttribute('href')).toBe('/');
  });

  it('shows a head their items, what waits for a decision, meetings, completion tables and the trend', async () => {
    answering(headHome);
    renderApp('/');
    const mine = await screen.findByRole('region', { name: 'Tindak lanjut saya' });
    const link = within(mine).getByRole('link', { name: 'Susun rencana aksi SPBE' });
    expect(link.getAttribute('href')).toBe(`/tindak-lanjut/${item(1).id}`);
    expect(within(mine).getByText(/Tenggat 1 Maret 2026 · lewat 3 hari/)).toBeTruthy();
    expect(within(mine).getByText(/Terlambat/)).toBeTruthy();

    const waiting = screen.getByRole('region', { name: 'Menunggu keputusan Anda' });
    const rows = within(waiting).getAllByRole('listitem');
    expect(rows.map((r) => within(r).getByRole('link').textContent)).toEqual([
      'Petakan blank spot Kerinci',
      'Migrasi hosting ke Pusat Data',
    ]);
    expect(within(rows[0] as HTMLElement).getByText('Perpanjangan tenggat')).toBeTruthy();
    expect(within(rows[0] as HTMLElement).getByText(/Diminta menjadi 17 Maret 2026/)).toBeTruthy();
    expect(within(rows[1] as HTMLElement).getByText('Verifikasi bukti')).toBeTruthy();

    const meetings = screen.getByRole('region', { name: 'Rapat mendatang' });
    expect(within(meetings).getByRole('link', { name: 'Rakornis Kominfo 2026' }).getAttribute('href')).toBe(
      `/rapat/${meeting.id}`,
    );
    expect(within(meetings).getByText(/09\.00 WIB/)).toBeTruthy();

    // The region's picture is a file of its own (region-picture.tsx), drawn once it is here.
    const completion = await screen.findByRole('region', { name: 'Penyelesaian tindak lanjut' });
    expect(
      within(completion).getByRole('img', { name: /Diagram batang penyelesaian tindak lanjut per wilayah/ }),
    ).toBeTruthy();
    const table = within(completion).getByRole('table', { name: 'Penyelesaian tindak lanjut per wilayah' });
    const cells = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent));
    expect(cells).toEqual([
      ['Kabupaten Kerinci', '2', '6', '2', '25%'],
      ['Kabupaten Tebo', '1', '1', '1', '50%'],
    ]);

    const trend = screen.getByRole('region', { name: 'Perkembangan 12 minggu terakhir' });
    expect(within(trend).getByRole('img', { name: /Diagram garis/ })).toBeTruthy();
    const weeks = within(within(trend).getByRole('table', { name: 'Perkembangan tindak lanjut per minggu' }))
      .getAllByRole('row')
      .slice(1);
    expect(weeks).toHaveLength(12);
    expect(weeks[11]?.textContent).toContain('(minggu ini)');
  });

  it('shows staff their own items and meetings, without decisions or completion', async () => {
    server.use(signedInAs('staff', { personId: '00000000-0000-4000-8000-0000000000cc' }));
    answering({ ...headHome, waitingForMe: none, completion: null });
    renderApp('/');
    expect(await screen.findByRole('region', { name: 'Tindak lanjut saya' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Rapat mendatang' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Menunggu keputusan Anda' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Penyelesaian tindak lanjut' })).toBeNull();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('says plainly when there is nothing to do, in English too', async () => {
    answering({ ...headHome, myItems: none, waitingForMe: none, upcomingMeetings: none });
    renderApp('/', { lang: 'en' });
    expect(await screen.findByText('None of your follow-ups is overdue or due within 7 days.')).toBeTruthy();
    expect(screen.getByText('Nothing is waiting for your decision.')).toBeTruthy();
    expect(screen.getByText('No meetings are scheduled in the next 14 days.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'All follow-ups' }).getAttribute('href')).toBe('/tindak-lanjut');
  });

  it('explains a failure and loads again on request', async () => {
    let calls = 0;
    server.use(
      http.get(`${API_URL}/dashboard.home`, () => {
        calls += 1;
        if (calls === 1) {
          const { error } = trpcError('NOT_FOUND', 'dashboard.home', 'Server sedang bermasalah.');
          return HttpResponse.json({ error }, { status: 500 });
        }
        return HttpResponse.json({ result: { data: headHome } });
      }),
    );
    const { user } = renderApp('/');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Beranda tidak dapat dimuat')).toBeTruthy();
    await user.click(within(alert).getByRole('button', { name: 'Coba lagi' }));
    expect(await screen.findByRole('region', { name: 'Tindak lanjut saya' })).toBeTruthy();
  });
});

describe('Beranda for a viewer', () => {
  const tebo = { done: 1, open: 3, overdue: 2, dueSoon: 1, percent: 25 };
  const viewerHome: DashboardHome = {
    ...headHome,
    myItems: none,
    waitingForMe: none,
    completion: {
      total: tebo,
      byRegion: [{ code: '15.09', name: 'Kabupaten Tebo', ...tebo }],
      byOffice: [
        { id: kerinci.id, name: 'Diskominfo Kabupaten Tebo', regionName: 'Kabupaten Tebo', ...tebo },
      ],
      trend: headHome.completion?.trend ?? [],
    },
  };

  it("shows their region's picture first, read only: overdue, due soon and completion, then the meetings", async () => {
    server.use(signedInAs('viewer'));
    answering(viewerHome);
    renderApp('/');
    const picture = await screen.findByRole('region', { name: 'Penyelesaian tindak lanjut' });
    expect(within(picture).getByText(/sebagai pemantau, hanya untuk dibaca/)).toBeTruthy();
    const figures = [...picture.querySelectorAll('dl.tindak-home-figures > div')].map((group) => [
      group.querySelector('dt')?.textContent,
      group.querySelector('dd .tindak-home-figure')?.textContent,
    ]);
    expect(figures).toEqual([
      ['Lewat tenggat', '2'],
      ['Jatuh tempo dalam 7 hari', '1'],
      ['Penyelesaian', '25%'],
    ]);
    expect(within(picture).getByText('1 dari 4 selesai')).toBeTruthy();
    expect(within(picture).getByRole('link', { name: 'Lihat yang lewat tenggat' }).getAttribute('href')).toBe(
      '/tindak-lanjut?terlambat=ya',
    );
    const table = within(picture).getByRole('table', { name: 'Penyelesaian tindak lanjut per wilayah' });
    expect(within(table).getByRole('rowheader', { name: 'Kabupaten Tebo' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Perkembangan 12 minggu terakhir' })).toBeTruthy();

    // Nothing of their own to do or decide; the meetings come after the picture.
    expect(screen.queryByRole('region', { name: 'Tindak lanjut saya' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Menunggu keputusan Anda' })).toBeNull();
    const meetings = screen.getByRole('region', { name: 'Rapat mendatang' });
    expect(picture.compareDocumentPosition(meetings) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Tugaskan|Verifikasi|Setujui/ })).toBeNull();
  });

  it('keeps a head’s own lists first and says nothing about reading only', async () => {
    answering(headHome);
    renderApp('/');
    const picture = await screen.findByRole('region', { name: 'Penyelesaian tindak lanjut' });
    expect(within(picture).queryByText(/hanya untuk dibaca/)).toBeNull();
    const mine = screen.getByRole('region', { name: 'Tindak lanjut saya' });
    expect(mine.compareDocumentPosition(picture) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(picture).getByText('3 dari 10 selesai')).toBeTruthy();
  });
});
