import { fireEvent, screen, within } from '@testing-library/react';
import type { ActionItemListRow, DashboardHome, DirectiveSpread } from '@tindak/shared';
import { describe, expect, it } from 'vitest';
import { itemId, summaryOf } from './action-item-fixtures';
import { organizations, rakornis, regions } from './fixtures';
import { server } from './msw-server';
import { renderApp } from './render-app';
import { inputOf, query } from './trpc-http';

/** A directive shows once, with its spread, in the follow-up list, on the board and on Beranda. */
const hosting = 'Pindahkan hosting aplikasi dan data ke Data Center Provinsi Jambi';
const directiveId = 'd1000000-0000-4000-8000-000000000001';
const spread: DirectiveSpread = {
  id: directiveId,
  title: hosting,
  dueOn: '2026-06-30',
  total: 11,
  done: 8,
  cancelled: 0,
  inProgress: 1,
  awaitingVerification: 1,
  open: 1,
  overdue: 2,
};
const directive = { id: directiveId, title: hosting };
const directiveRow: ActionItemListRow = {
  ...summaryOf({ id: itemId(10), title: hosting, directive, status: 'open', health: 'overdue' }),
  directiveSpread: spread,
};
const ordinary: ActionItemListRow = summaryOf({ id: itemId(11), title: 'Sosialisasi QRIS', status: 'open' });
const shares = ['Kabupaten Merangin', 'Kabupaten Tebo'].map((name, n) =>
  summaryOf({
    id: itemId(20 + n),
    title: hosting,
    directive,
    ownerOrganization: { id: `0b9f3f7e-4a53-4c49-9f0e-1c1f5b2a00${20 + n}`, name: `Diskominfo ${name}` },
    ownerPerson: null,
  }),
);

type Page = { items: ActionItemListRow[]; nextCursor: string | null };

/** The grouped list answers with the directive row; asked with directiveId, with its offices' items. */
function listAnswering(grouped: Page) {
  const list = query('actionItems.list', (input) =>
    (input as { directiveId?: string }).directiveId ? { items: shares, nextCursor: null } : grouped,
  );
  server.use(
    list.handler,
    query('regions.list', () => regions).handler,
    query('organizations.list', () => organizations).handler,
    query('meetings.list', () => ({ items: [rakornis], nextCursor: null })).handler,
  );
  return list;
}

describe('a directive in the follow-up list', () => {
  it('shows once with its spread and a link to its page, and asks for the list grouped', async () => {
    const list = listAnswering({ items: [directiveRow, ordinary], nextCursor: null });
    renderApp('/tindak-lanjut?status=open');
    const link = await screen.findByRole('link', { name: hosting });
    expect(link.getAttribute('href')).toBe(`/arahan/${directiveId}`);
    const card = link.closest('article') as HTMLElement;
    expect(within(card).getByText('Arahan · 8 dari 11 selesai, 2 terlambat')).toBeTruthy();
    expect(
      within(card).getByRole('img', {
        name: 'Sebaran tindak lanjut: 8 selesai, 1 menunggu verifikasi, 1 dikerjakan, 1 belum dikerjakan, 0 dibatalkan',
      }),
    ).toBeTruthy();
    expect(inputOf(list.calls, 0)).toMatchObject({ groupDirectives: true, status: ['open'] });
    expect(screen.getByRole('link', { name: 'Sosialisasi QRIS' })).toBeTruthy();
  });

  it('expands to its offices’ items under the same filters, and collapses again', async () => {
    const list = listAnswering({ items: [directiveRow], nextCursor: null });
    renderApp('/tindak-lanjut?status=open');
    const expand = await screen.findByRole('button', { name: 'Tampilkan 11 instansi' });
    expect(expand.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(expand);
    const offices = await screen.findByRole('list', { name: `Tindak lanjut per instansi: ${hosting}` });
    expect(within(offices).getAllByRole('listitem')).toHaveLength(2);
    expect(within(offices).getByText('Diskominfo Kabupaten Tebo')).toBeTruthy();
    const asked = list.calls.map((c) => c.input as Record<string, unknown>).find((i) => i.directiveId);
    expect(asked).toMatchObject({ directiveId, status: ['open'] });
    expect(asked?.groupDirectives).toBeUndefined();
    const collapse = screen.getByRole('button', { name: 'Sembunyikan instansi' });
    expect(collapse.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(collapse);
    expect(screen.queryByRole('list', { name: `Tindak lanjut per instansi: ${hosting}` })).toBeNull();
  });

  it('labels an item that is its office’s only share the reader sees', async () => {
    const single = summaryOf({ id: itemId(30), title: hosting, directive });
    listAnswering({ items: [single], nextCursor: null });
    renderApp('/tindak-lanjut');
    const label = await screen.findByRole('link', { name: `Arahan: ${hosting}` });
    expect(label.getAttribute('href')).toBe(`/arahan/${directiveId}`);
    expect(screen.getByRole('link', { name: hosting }).getAttribute('href')).toBe(
      `/tindak-lanjut/${itemId(30)}`,
    );
    expect(screen.queryByText(/dari 11 selesai/)).toBeNull();
  });

  it('sits once above the board’s status columns', async () => {
    listAnswering({ items: [directiveRow, ordinary], nextCursor: null });
    renderApp('/tindak-lanjut?tampilan=papan');
    const directives = await screen.findByRole('region', { name: 'Arahan ke beberapa instansi' });
    expect(within(directives).getByRole('link', { name: hosting })).toBeTruthy();
    expect(within(directives).getByText('Arahan · 8 dari 11 selesai, 2 terlambat')).toBeTruthy();
    const open = screen.getByRole('region', { name: 'Terbuka' });
    expect(within(open).getByRole('link', { name: 'Sosialisasi QRIS' })).toBeTruthy();
    expect(within(open).queryByRole('link', { name: hosting })).toBeNull();
  });
});

describe('a directive on Beranda', () => {
  it('shows once with its spread, linked to its page; an own item names its directive', async () => {
    const home: DashboardHome = {
      today: '2026-03-04',
      myItems: {
        items: [
          {
            id: itemId(40),
            title: hosting,
            status: 'open',
            health: 'on_track',
            priority: 'normal',
            progress: 0,
            dueOn: '2026-03-11',
            ownerOrganization: { id: itemId(41), name: 'Diskominfo Provinsi Jambi' },
            ownerPerson: null,
            region: { code: '15', name: 'Provinsi Jambi' },
            directive,
          },
        ],
        total: 1,
      },
      waitingForMe: { items: [], total: 0 },
      upcomingMeetings: { items: [], total: 0 },
      completion: null,
      directives: [spread],
    };
    server.use(query('dashboard.home', () => home).handler);
    renderApp('/');
    const section = await screen.findByRole('region', { name: 'Arahan' });
    expect(within(section).getByRole('link', { name: hosting }).getAttribute('href')).toBe(
      `/arahan/${directiveId}`,
    );
    expect(within(section).getByText('Arahan · 8 dari 11 selesai, 2 terlambat')).toBeTruthy();
    const mine = screen.getByRole('region', { name: 'Tindak lanjut saya' });
    expect(
      within(mine)
        .getByRole('link', { name: `Arahan: ${hosting}` })
        .getAttribute('href'),
    ).toBe(`/arahan/${directiveId}`);
  });
});
