import { onlineManager } from '@tanstack/react-query';
import { act, screen } from '@testing-library/react';
import { type DashboardHome, formatDateTime } from '@tindak/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { rakornis, regions } from './fixtures';
import { server, signedInAs, signedInUser } from './msw-server';
import { renderApp } from './render-app';
import { query } from './trpc-http';

/**
 * What the browser reports and announces when the network goes or comes back. TanStack hears the
 * event only once a client is mounted; before that, pwa-start.ts tells it what the browser reports.
 */
function setNetwork(online: boolean) {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
  onlineManager.setOnline(online);
  act(() => {
    window.dispatchEvent(new Event(online ? 'online' : 'offline'));
  });
}

afterEach(() => {
  setNetwork(true);
});

const none = { items: [], total: 0 };
const home: DashboardHome = {
  today: '2026-03-04',
  myItems: none,
  waitingForMe: none,
  upcomingMeetings: none,
  completion: null,
};

describe('reading offline', () => {
  it('tells when Beranda was last updated, in the person’s zone, only while offline', async () => {
    server.use(
      signedInAs('staff', { timeZone: 'Asia/Makassar' }),
      query('dashboard.home', () => home).handler,
    );
    const { queryClient } = renderApp('/');
    expect(await screen.findByText(/Tidak ada tindak lanjut Anda yang lewat tenggat/)).toBeTruthy();
    expect(screen.queryByText(/^Terakhir diperbarui/)).toBeNull();

    setNetwork(false);
    const updatedAt =
      queryClient.getQueryState([['dashboard', 'home'], { type: 'query' }])?.dataUpdatedAt ?? 0;
    expect(updatedAt).toBeGreaterThan(0);
    const line = await screen.findByText(/^Terakhir diperbarui/);
    expect(line.textContent).toBe(
      `Terakhir diperbarui ${formatDateTime(new Date(updatedAt), 'id', 'Asia/Makassar')}`,
    );
    expect(line.textContent).toMatch(/WITA$/);

    setNetwork(true);
    expect(screen.queryByText(/^Terakhir diperbarui/)).toBeNull();
  });

  it('says a page not kept on the device is unavailable offline, and shows it once back online', async () => {
    setNetwork(false);
    const { queryClient } = renderApp('/rapat');
    // Who is signed in comes from the device's copy; the meeting list was never kept.
    act(() => {
      queryClient.setQueryData([['auth', 'me'], { type: 'query' }], { user: signedInUser, demoAccounts: [] });
    });
    const notice = await screen.findByRole('status', {
      name: 'Anda sedang offline; halaman ini belum tersimpan di perangkat',
    });
    expect(notice.textContent).toContain('tetap bisa dibaca tanpa koneksi');
    // The page itself waits, hidden, for the connection: its heading is not shown.
    expect(screen.queryByRole('heading', { level: 1, name: 'Rapat' })).toBeNull();

    server.use(
      query('meetings.list', () => ({ items: [rakornis], nextCursor: null })).handler,
      query('regions.list', () => regions).handler,
    );
    setNetwork(true);
    expect(await screen.findByRole('link', { name: 'Rakornis Kominfo 2025' })).toBeTruthy();
    expect(screen.queryByText('Anda sedang offline; halaman ini belum tersimpan di perangkat')).toBeNull();
  });

  it('says so instead of checking the session forever when the device has no copy of it', async () => {
    setNetwork(false);
    renderApp('/');
    expect(
      await screen.findByText('Anda sedang offline; halaman ini belum tersimpan di perangkat'),
    ).toBeTruthy();
    expect(screen.queryByText('Memeriksa sesi…')).toBeNull();
  });
});
