import { screen, within } from '@testing-library/react';
import type { MeetingListOutput } from '@tindak/shared';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { audiensi, organizations, rakornis, regions } from './fixtures';
import { server } from './msw-server';
import { renderApp } from './render-app';
import { API_URL, query } from './trpc-http';

function listAnswering(answer: (input: unknown, callIndex: number) => MeetingListOutput) {
  const list = query('meetings.list', answer);
  server.use(
    list.handler,
    query('regions.list', () => regions).handler,
    query('organizations.list', () => organizations).handler,
  );
  return list;
}

describe('meeting list', () => {
  it('shows each meeting with its title link, type, Indonesian date, place, host and participants', async () => {
    const list = listAnswering(() => ({ items: [rakornis, audiensi], nextCursor: null }));
    renderApp('/rapat');

    const link = await screen.findByRole('link', { name: 'Rakornis Kominfo 2025' });
    expect(link.getAttribute('href')).toBe(`/rapat/${rakornis.id}`);
    const card = link.closest('article');
    if (!card) throw new Error('the title is not inside a meeting card');
    const inCard = within(card as HTMLElement);
    expect(inCard.getByText('Rakornis')).toBeTruthy();
    expect(inCard.getByText('Terlaksana')).toBeTruthy();
    expect(inCard.getByText('Senin, 3 November 2025 09.00 WIB sampai 12.00 WIB')).toBeTruthy();
    expect(inCard.getByText('Auditorium Rumah Dinas Gubernur Jambi')).toBeTruthy();
    expect(inCard.getByText('Penyelenggara: Dinas Komunikasi dan Informatika Provinsi Jambi')).toBeTruthy();
    expect(inCard.getByText('Peserta: 24')).toBeTruthy();
    expect(inCard.getByText('Kabupaten Kerinci')).toBeTruthy();
    expect(screen.getByText('Senin, 9 Februari 2026 09.00 WIB sampai 11.00 WIB')).toBeTruthy();
    // The server answers in the language the person reads.
    expect(list.calls[0]?.language).toBe('id');
  });

  it('shows a friendly empty state and sends the filters from the address, days read in WIB', async () => {
    const list = listAnswering(() => ({ items: [], nextCursor: null }));
    renderApp('/rapat?jenis=forum&dari=2024-03-01&sampai=2024-03-31&wilayah=15');

    expect(await screen.findByText('Belum ada rapat yang cocok dengan filter ini.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Hapus filter' })).toBeTruthy();
    expect(list.calls[0]?.input).toMatchObject({
      limit: 20,
      type: 'forum',
      from: '2024-02-29T17:00:00.000Z',
      to: '2024-03-31T16:59:59.999Z',
      regionCode: '15',
    });
  });

  it('loads the next page with the cursor the server gave', async () => {
    const list = listAnswering((_input, call) =>
      call === 0 ? { items: [rakornis], nextCursor: 'page-2' } : { items: [audiensi], nextCursor: null },
    );
    const { user } = renderApp('/rapat');

    await user.click(await screen.findByRole('button', { name: 'Muat lebih banyak' }));

    expect(await screen.findByRole('link', { name: audiensi.title })).toBeTruthy();
    expect(screen.getByRole('link', { name: rakornis.title })).toBeTruthy();
    expect(list.calls[1]?.input).toMatchObject({ cursor: 'page-2' });
    expect(screen.queryByRole('button', { name: 'Muat lebih banyak' })).toBeNull();
  });

  it('explains a failed load and recovers on retry', async () => {
    listAnswering(() => ({ items: [rakornis], nextCursor: null }));
    server.use(http.get(`${API_URL}/meetings.list`, () => HttpResponse.error(), { once: true }));
    const { user } = renderApp('/rapat');

    expect(await screen.findByText('Daftar rapat tidak dapat dimuat.')).toBeTruthy();
    expect(screen.getByText(/Tidak dapat terhubung ke server/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Coba lagi' }));
    expect(await screen.findByRole('link', { name: rakornis.title })).toBeTruthy();
  });

  it('speaks English after the switch and asks the server for English', async () => {
    const list = listAnswering(() => ({ items: [rakornis], nextCursor: null }));
    const { user } = renderApp('/rapat');
    await screen.findByRole('link', { name: rakornis.title });

    await user.click(screen.getByRole('button', { name: 'English' }));

    expect(await screen.findByText('Monday, 3 November 2025 09:00 WIB until 12:00 WIB')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Log a meeting' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    expect(localStorage.getItem('tindak.lang')).toBe('en');
    expect(document.documentElement.lang).toBe('en');

    // The next request (a filter change) carries the new language for server messages.
    await user.selectOptions(screen.getByLabelText('Meeting type'), 'forum');
    await screen.findByText('Showing 1 meetings');
    expect(list.calls.at(-1)).toMatchObject({ language: 'en', input: { type: 'forum' } });
  });
});
