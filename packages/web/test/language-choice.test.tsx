import { screen, waitFor } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { server, signedInUser } from './msw-server';
import { renderApp } from './render-app';
import { API_URL, inputOf, mutation } from './trpc-http';

describe('the language is kept per person', () => {
  it('stores the header switch with the account and turns the page to English', async () => {
    const save = mutation('auth.setPreferences', (input) => ({
      data: { ...signedInUser, ...(input as object) },
    }));
    server.use(save.handler);
    const { user } = renderApp('/cari');
    await screen.findByRole('heading', { name: 'Pencarian' });
    await user.click(screen.getByRole('button', { name: /English/ }));
    expect(await screen.findByRole('heading', { name: 'Search' })).toBeTruthy();
    await waitFor(() => expect(save.calls).toHaveLength(1));
    expect(inputOf(save.calls, 0)).toEqual({ language: 'en' });
  });

  it('applies the account language at sign-in, whatever this computer showed before', async () => {
    let signedIn = false;
    const english = { ...signedInUser, language: 'en' as const };
    server.use(
      http.get(`${API_URL}/auth.me`, () =>
        HttpResponse.json({ result: { data: { user: signedIn ? english : null, demoAccounts: [] } } }),
      ),
      mutation('auth.signIn', () => {
        signedIn = true;
        return { data: english };
      }).handler,
    );
    const { user, i18n } = renderApp('/masuk?lanjut=%2Fcari');
    await screen.findByRole('heading', { name: 'Masuk ke Tindak' });
    await user.type(screen.getByLabelText(/Email/), english.email);
    await user.type(screen.getByLabelText(/Kata sandi/), 'rahasia-sekali');
    await user.click(screen.getByRole('button', { name: 'Masuk' }));
    expect(await screen.findByRole('heading', { name: 'Search' })).toBeTruthy();
    expect(i18n.language).toBe('en');
  });
});
