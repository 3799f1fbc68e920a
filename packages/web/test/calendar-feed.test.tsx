import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { server } from './msw-server';
import { renderApp } from './render-app';
import { mutation, query } from './trpc-http';

const FEED = `http://localhost/api/kalender/${'a'.repeat(43)}.ics`;

describe('calendar feed on the account page', () => {
  it('makes a private address, shows it once, and revokes it', async () => {
    let active: { createdAt: string } | null = null;
    const create = mutation('calendar.createFeed', () => {
      active = { createdAt: '2026-11-25T02:00:00.000Z' };
      return { data: { url: FEED, ...active } };
    });
    const revoke = mutation('calendar.revokeFeed', () => {
      active = null;
      return { data: undefined };
    });
    server.use(query('calendar.feedUrl', () => active).handler, create.handler, revoke.handler);
    const { user } = renderApp('/akun');

    const section = within(await screen.findByRole('region', { name: 'Kalender' }));
    expect(section.getByText(/jangan dibagikan/)).toBeTruthy();
    await user.click(section.getByRole('button', { name: 'Buat alamat kalender' }));
    const address = (await section.findByLabelText('Alamat kalender pribadi')) as HTMLInputElement;
    expect(address.value).toBe(FEED);
    expect(section.getByText(/hanya ditampilkan sekali/)).toBeTruthy();

    await user.click(await section.findByRole('button', { name: 'Cabut alamat' }));
    expect(await section.findByRole('button', { name: 'Buat alamat kalender' })).toBeTruthy();
    expect(section.queryByLabelText('Alamat kalender pribadi')).toBeNull();
    expect(revoke.calls).toHaveLength(1);
  });
});
