import { screen, within } from '@testing-library/react';
import type { ActionItemSummary } from '@tindak/shared';
import { describe, expect, it } from 'vitest';
import { itemId, summaryOf } from './action-item-fixtures';
import { organizations, rakornis, regions } from './fixtures';
import { server } from './msw-server';
import { renderApp } from './render-app';
import { inputOf, query } from './trpc-http';

type Page = { items: ActionItemSummary[]; nextCursor: string | null };

/** The list page also loads its filters' choices: regions, offices and recent meetings. */
function listAnswering(answer: (input: unknown, call: number) => Page) {
  const list = query('actionItems.list', answer);
  server.use(
    list.handler,
    query('regions.list', () => regions).handler,
    query('organizations.list', () => organizations).handler,
    query('meetings.list', () => ({ items: [rakornis], nextCursor: null })).handler,
  );
  return list;
}

const overdue = summaryOf({
  id: itemId(1),
  title: 'Petakan titik blank spot di Kabupaten Kerinci',
  health: 'overdue',
  priority: 'high',
  status: 'in_progress',
  progress: 40,
  dueOn: '2025-11-03',
});
const atRisk = summaryOf({
  id: itemId(2),
  title: 'Migrasikan hosting ke Pusat Data Provinsi',
  health: 'at_risk',
  status: 'blocked',
  progress: 10,
  ownerPerson: null,
});
const onTrack = summaryOf({
  id: itemId(3),
  title: 'Sosialisasi QRIS',
  health: 'on_track',
  status: 'open',
  progress: 0,
});
const done = summaryOf({
  id: itemId(4),
  title: 'Laporan indeks SPBE',
  health: null,
  status: 'done',
  progress: 100,
});

function cardOf(title: string): HTMLElement {
  const card = screen.getByRole('link', { name: title }).closest('article');
  if (!card) throw new Error(`${title} is not inside a card`);
  return card as HTMLElement;
}

describe('action item list', () => {
  it('shows each item with status, health in words, priority, deadline, owner, region and progress', async () => {
    const list = listAnswering(() => ({ items: [overdue, atRisk, onTrack, done], nextCursor: null }));
    renderApp('/tindak-lanjut');

    const link = await screen.findByRole('link', { name: overdue.title });
    expect(link.getAttribute('href')).toBe(`/tindak-lanjut/${overdue.id}`);
    const first = within(cardOf(overdue.title));
    expect(first.getByText('Sedang dikerjakan')).toBeTruthy();
    expect(first.getByText('Terlambat')).toBeTruthy();
    expect(first.getByText('Prioritas: Tinggi')).toBeTruthy();
    expect(first.getByText('Tenggat: 3 November 2025')).toBeTruthy();
    expect(
      first.getByText('Penanggung jawab: Dinas Komunikasi dan Informatika Kabupaten Kerinci · Budi Santoso'),
    ).toBeTruthy();
    expect(first.getByText('Kabupaten Kerinci · Rapat: Rakornis Kominfo 2025')).toBeTruthy();
    const bar = first.getByRole('progressbar', { name: 'Kemajuan 40%' });
    expect(bar.getAttribute('aria-valuenow')).toBe('40');

    expect(within(cardOf(atRisk.title)).getByText('Berisiko')).toBeTruthy();
    expect(within(cardOf(atRisk.title)).getByText('Terhambat')).toBeTruthy();
    expect(within(cardOf(onTrack.title)).getByText('Sesuai jadwal')).toBeTruthy();
    // A finished item has no health to speak of.
    const finished = within(cardOf(done.title));
    expect(finished.getByText('Selesai')).toBeTruthy();
    expect(finished.queryByText(/Sesuai jadwal|Berisiko|Terlambat/)).toBeNull();

    expect(screen.getByText('Menampilkan 4 tindak lanjut')).toBeTruthy();
    expect(inputOf(list.calls, 0)).toMatchObject({ limit: 20, sort: 'due' });
    expect(inputOf(list.calls, 0).status).toBeUndefined();
    expect(list.calls[0]?.language).toBe('id');
  });

  it('sends the filters kept in the address and explains an empty result', async () => {
    const list = listAnswering(() => ({ items: [], nextCursor: null }));
    renderApp(
      '/tindak-lanjut?status=open&status=blocked&status=bogus&kondisi=overdue&wilayah=15.01&tenggat-dari=2025-11-01&tenggat-sampai=2025-11-30&terlambat=ya&urut=terbaru',
    );

    expect(await screen.findByText('Tidak ada tindak lanjut yang cocok dengan filter ini.')).toBeTruthy();
    expect(inputOf(list.calls, 0)).toMatchObject({
      limit: 20,
      sort: 'newest',
      status: ['open', 'blocked'],
      health: 'overdue',
      regionCode: '15.01',
      dueFrom: '2025-11-01',
      dueTo: '2025-11-30',
      overdueOnly: true,
    });
    expect((screen.getByRole('switch', { name: 'Hanya yang terlambat' }) as HTMLInputElement).checked).toBe(
      true,
    );
    expect(screen.getByRole('button', { name: 'Hapus filter' })).toBeTruthy();
  });

  it('groups the board by status, one labelled column per status, and switches back to the list', async () => {
    const list = listAnswering(() => ({ items: [overdue, atRisk, onTrack, done], nextCursor: null }));
    const { user } = renderApp('/tindak-lanjut?tampilan=papan');

    const board = await screen.findByRole('region', { name: 'Papan tindak lanjut per status' });
    const column = (name: string) => within(within(board).getByRole('region', { name }));
    expect(column('Sedang dikerjakan').getByRole('link', { name: overdue.title })).toBeTruthy();
    expect(column('Terhambat').getByRole('link', { name: atRisk.title })).toBeTruthy();
    expect(column('Terbuka').getByRole('link', { name: onTrack.title })).toBeTruthy();
    expect(column('Selesai').getByRole('link', { name: done.title })).toBeTruthy();
    expect(column('Menunggu verifikasi').getByText('Tidak ada')).toBeTruthy();
    expect(column('Dibatalkan').getByText('Tidak ada')).toBeTruthy();
    // Health still shows in words on the board's cards.
    expect(column('Sedang dikerjakan').getByText('Terlambat')).toBeTruthy();
    expect(inputOf(list.calls, 0)).toMatchObject({ limit: 60 });

    await user.click(screen.getByRole('radio', { name: 'Daftar' }));
    expect(await screen.findByRole('list', { name: 'Daftar tindak lanjut' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Papan tindak lanjut per status' })).toBeNull();
  });

  it('loads the next page with the cursor the server gave', async () => {
    const list = listAnswering((_input, call) =>
      call === 0 ? { items: [overdue], nextCursor: 'page-2' } : { items: [done], nextCursor: null },
    );
    const { user } = renderApp('/tindak-lanjut');

    await user.click(await screen.findByRole('button', { name: 'Muat lebih banyak' }));

    expect(await screen.findByRole('link', { name: done.title })).toBeTruthy();
    expect(screen.getByRole('link', { name: overdue.title })).toBeTruthy();
    expect(inputOf(list.calls, 1)).toMatchObject({ cursor: 'page-2' });
    expect(screen.queryByRole('button', { name: 'Muat lebih banyak' })).toBeNull();
  });
});
