import { screen, waitFor, within } from '@testing-library/react';
import type { SessionUserView } from '@tindak/shared';
import { beforeEach, describe, expect, it } from 'vitest';
import { server, signedInUser } from './msw-server';
import { renderApp } from './render-app';
import { inputOf, type MutationAnswer, mutation, query, trpcError } from './trpc-http';

/** `auth.setPreferences`, answering as the server does: the user with the choices applied. */
function savePreferences(answer: (input: Partial<SessionUserView>) => MutationAnswer = ok) {
  const save = mutation('auth.setPreferences', (input) => answer(input as Partial<SessionUserView>));
  server.use(save.handler);
  return save;
}

function ok(input: Partial<SessionUserView>): MutationAnswer {
  return { data: { ...signedInUser, ...input } };
}

// The page's calendar section asks whether a feed is live.
beforeEach(() => server.use(query('calendar.feedUrl', () => null).handler));

describe('account settings', () => {
  it('saves how email arrives and the time zone, and says it is saved', async () => {
    const save = savePreferences();
    const { user } = renderApp('/akun');
    expect(await screen.findByRole('heading', { level: 1, name: 'Pengaturan akun' })).toBeTruthy();
    const form = screen.getByRole('form', { name: 'Pengaturan akun' });

    // The account's current choices are the ones selected.
    const modes = within(form).getByRole('radiogroup', { name: /Surel pemberitahuan/ });
    expect(
      within(modes)
        .getByRole('radio', { name: /^Segera/ })
        .getAttribute('aria-checked'),
    ).toBe('true');
    const zones = within(form).getByRole('radiogroup', { name: /Zona waktu/ });
    expect((within(zones).getByRole('radio', { name: /WIB/ }) as HTMLInputElement).checked).toBe(true);

    const daily = within(modes).getByRole('radio', { name: /^Ringkasan harian/ });
    expect(daily.textContent).toContain('setiap pagi pukul 07.00');
    await user.click(daily);
    expect(daily.getAttribute('aria-checked')).toBe('true');
    await user.click(within(zones).getByRole('radio', { name: /WITA/ }));
    await user.click(within(form).getByRole('button', { name: 'Simpan pengaturan' }));

    expect(await within(form).findByText('Pengaturan disimpan.')).toBeTruthy();
    expect(inputOf(save.calls, 0)).toEqual({
      language: 'id',
      notifyMode: 'daily',
      timeZone: 'Asia/Makassar',
    });
    // Changing anything again takes the "saved" back.
    await user.click(within(modes).getByRole('radio', { name: /^Hanya ringkasan mingguan/ }));
    expect(within(form).queryByText('Pengaturan disimpan.')).toBeNull();
  });

  it('asks for a zone when "another zone" is chosen, and shows a server refusal next to the field', async () => {
    const save = savePreferences(() =>
      trpcError('BAD_REQUEST', 'auth.setPreferences', 'Zona waktu tidak dikenal.', {
        issues: [{ path: 'timeZone', message: 'Zona waktu tidak dikenal.' }],
      }),
    );
    const { user } = renderApp('/akun');
    const form = await screen.findByRole('form', { name: 'Pengaturan akun' });
    await user.click(within(form).getByRole('radio', { name: 'Zona waktu lain' }));
    await user.click(within(form).getByRole('button', { name: 'Simpan pengaturan' }));
    // Nothing goes out without a zone.
    expect(await within(form).findByText('Wajib diisi.')).toBeTruthy();
    expect(save.calls).toHaveLength(0);

    const select = within(form).getByRole('combobox', { name: 'Pilih zona waktu' });
    await user.type(select, 'Singapore');
    await user.click(await screen.findByRole('option', { name: 'Asia/Singapore' }));
    await user.click(within(form).getByRole('button', { name: 'Simpan pengaturan' }));

    await waitFor(() => expect(select.getAttribute('aria-invalid')).toBe('true'));
    expect(within(form).getByText('Zona waktu tidak dikenal.')).toBeTruthy();
    expect(inputOf(save.calls, 0)).toMatchObject({ timeZone: 'Asia/Singapore' });
    expect(within(form).queryByText('Pengaturan disimpan.')).toBeNull();
  });

  it('switches the page to English when English is saved', async () => {
    const save = savePreferences();
    const { user } = renderApp('/akun');
    const form = await screen.findByRole('form', { name: 'Pengaturan akun' });
    await user.click(within(form).getByRole('radio', { name: 'English' }));
    await user.click(within(form).getByRole('button', { name: 'Simpan pengaturan' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Account settings' })).toBeTruthy();
    expect(screen.getByText('Settings saved.')).toBeTruthy();
    expect(inputOf(save.calls, 0)).toMatchObject({ language: 'en' });
  });
});
