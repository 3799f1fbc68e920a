import { screen, waitFor } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { server, signedInUser } from './msw-server';
import { renderApp } from './render-app';
import { API_URL, mutation, trpcError } from './trpc-http';

const signedOut = (demoAccounts: unknown[] = []) =>
  http.get(`${API_URL}/auth.me`, () => HttpResponse.json({ result: { data: { user: null, demoAccounts } } }));

describe('sign-in', () => {
  it('sends a visitor without a session to the sign-in page, with the demo accounts in demo mode', async () => {
    server.use(
      signedOut([
        {
          email: 'kadis@kominfo.jambiprov.demo',
          password: 'kepala-demo-2026',
          role: 'head',
          label: 'Kepala Dinas',
        },
      ]),
    );
    renderApp('/rapat');
    expect(await screen.findByRole('heading', { name: 'Masuk ke Tindak' })).toBeTruthy();
    expect(screen.getByText(/kepala-demo-2026/)).toBeTruthy();
  });

  it('fills the form from a demo account and shows a wrong password next to the field', async () => {
    server.use(
      signedOut([
        {
          email: 'staf@kominfo.kerincikab.demo',
          password: 'staf-demo-2026',
          role: 'staff',
          label: 'Staf Kerinci',
        },
      ]),
    );
    const signIn = mutation('auth.signIn', () =>
      trpcError('BAD_REQUEST', 'auth.signIn', 'Email atau kata sandi salah.', {
        issues: [{ path: 'password', message: 'Email atau kata sandi salah.' }],
      }),
    );
    server.use(signIn.handler);
    const { user } = renderApp('/masuk');
    await user.click(await screen.findByRole('button', { name: 'Gunakan akun Staf Kerinci' }));
    expect((screen.getByLabelText(/Email/) as HTMLInputElement).value).toBe('staf@kominfo.kerincikab.demo');
    await user.click(screen.getByRole('button', { name: 'Masuk' }));
    expect(await screen.findByText('Email atau kata sandi salah.')).toBeTruthy();
    expect(signIn.calls[0]?.input).toEqual({
      email: 'staf@kominfo.kerincikab.demo',
      password: 'staf-demo-2026',
    });
  });

  it("names the password's show button in the interface language, and it shows the password", async () => {
    server.use(signedOut());
    const { user } = renderApp('/masuk');
    const show = await screen.findByRole('button', { name: 'Tampilkan kata sandi' });
    const password = screen.getByLabelText(/Kata sandi/) as HTMLInputElement;
    expect(password.type).toBe('password');
    await user.click(show);
    expect(password.type).toBe('text');
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('button', { name: 'Show password' })).toBeTruthy();
  });

  it('shows who is signed in and signs out', async () => {
    const signOut = mutation('auth.signOut', () => ({ data: { ok: true } }));
    server.use(
      signOut.handler,
      http.get(`${API_URL}/meetings.list`, () =>
        HttpResponse.json({ result: { data: { items: [], nextCursor: null } } }),
      ),
    );
    const { user } = renderApp('/rapat');
    expect(await screen.findByText(signedInUser.displayName)).toBeTruthy();
    server.use(signedOut());
    // The way out is in the account menu, with the account's own pages.
    await user.click(screen.getByRole('button', { name: /^Drs\. Ariansyah, M\.E\..*, menu akun$/ }));
    expect((await screen.findByRole('menuitem', { name: 'Pengaturan akun' })).getAttribute('href')).toBe(
      '/akun',
    );
    expect(screen.getByRole('menuitem', { name: 'Ringkasan mingguan' }).getAttribute('href')).toBe(
      '/ringkasan',
    );
    await user.click(screen.getByRole('menuitem', { name: 'Keluar' }));
    await waitFor(() => expect(signOut.calls).toHaveLength(1));
    expect(await screen.findByRole('heading', { name: 'Masuk ke Tindak' })).toBeTruthy();
  });
});
