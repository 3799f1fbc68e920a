import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Language, SessionUserView } from '@tindak/shared';
import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import type { DemoAccount } from '../src/auth/demo-accounts';
import { QuickSignInPage } from '../src/auth/quick/quick-sign-in-page';
import { LANGUAGE_STORAGE_KEY } from '../src/i18n/stored-language';
import { server, signedInUser } from './msw-server';
import { trpcError } from './trpc-http';

/**
 * The quick sign-in page (auth/quick), what a first visit to /masuk gets: plain elements, two
 * plain requests to the page's own origin, and a hand-over to the app once signed in.
 */
const trpcUrl = new URL('/trpc', window.location.href).href;

interface Call {
  input: unknown;
  language: string | null;
}

/**
 * `auth.me` as the quick page asks for it: the n-th answer for the n-th call (the last one after).
 * After signing in it comes in tRPC's batch form (api/start-requests.ts), an array of answers.
 */
function session(...answers: { user: SessionUserView | null; demoAccounts?: DemoAccount[] }[]) {
  const calls: Call[] = [];
  const handler = http.get(`${trpcUrl}/auth.me`, ({ request }) => {
    calls.push({ input: undefined, language: request.headers.get('x-tindak-lang') });
    const answer = answers[Math.min(calls.length, answers.length) - 1] ?? { user: null };
    const result = { result: { data: { demoAccounts: [], ...answer } } };
    return HttpResponse.json(new URL(request.url).searchParams.has('batch') ? [result] : result);
  });
  server.use(handler);
  return calls;
}

/** `auth.signIn`, answered by `answer` (a promise keeps the page waiting). */
function signIn(answer: () => Response | Promise<Response>) {
  const calls: Call[] = [];
  server.use(
    http.post(`${trpcUrl}/auth.signIn`, async ({ request }) => {
      calls.push({ input: await request.json(), language: request.headers.get('x-tindak-lang') });
      return answer();
    }),
  );
  return calls;
}

const signedInOk = () => HttpResponse.json({ result: { data: { ok: true } } });

function refusal(...args: Parameters<typeof trpcError>) {
  const { error } = trpcError(...args);
  return () => HttpResponse.json({ error }, { status: error.data.httpStatus });
}

function renderQuick({ lang = 'id' as Language, next = '/rapat' } = {}) {
  const enterApp = vi.fn();
  const user = userEvent.setup();
  render(<QuickSignInPage initialLanguage={lang} next={next} enterApp={enterApp} />);
  return { enterApp, user };
}

async function fillIn(user: ReturnType<typeof userEvent.setup>, email: string, password: string) {
  await user.type(screen.getByRole('textbox', { name: 'Email' }), email);
  await user.type(screen.getByLabelText(/^Kata sandi/), password);
}

describe('the quick sign-in page', () => {
  it('signs in, showing that it is busy, and hands over to the app in the account language', async () => {
    const me = session({ user: null }, { user: { ...signedInUser, language: 'en' } });
    let answer: (response: Response) => void = () => {};
    const calls = signIn(() => new Promise<Response>((resolve) => (answer = resolve)));
    const { enterApp, user } = renderQuick();
    expect(await screen.findByRole('heading', { level: 1, name: 'Masuk ke Tindak' })).toBeTruthy();
    await waitFor(() => expect(me).toHaveLength(1));

    await fillIn(user, 'kadis@kominfo.jambiprov.demo', 'kepala-demo-2026');
    const button = screen.getByRole('button', { name: 'Masuk' });
    await user.click(button);
    await waitFor(() => expect(calls).toHaveLength(1));
    // Waiting for the server: the button keeps its name and the focus, and says it cannot be used.
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(button);
    expect(enterApp).not.toHaveBeenCalled();

    answer(signedInOk());
    await waitFor(() => expect(enterApp).toHaveBeenCalledWith('/rapat', 'en', 'replace', expect.anything()));
    expect(calls[0]).toEqual({
      input: { email: 'kadis@kominfo.jambiprov.demo', password: 'kepala-demo-2026' },
      language: 'id',
    });
    expect(me).toHaveLength(2);
  });

  it("signing in for Beranda starts the app's download and asks for the session and Beranda in one request", async () => {
    session({ user: null });
    signIn(signedInOk);
    const home = { today: '2026-03-04' };
    let answer: (response: Response) => void = () => {};
    const early: Call[] = [];
    server.use(
      http.get(`${trpcUrl}/auth.me,dashboard.home`, ({ request }) => {
        early.push({ input: undefined, language: request.headers.get('x-tindak-lang') });
        return new Promise<Response>((resolve) => (answer = resolve));
      }),
    );
    const loadApp = vi.fn();
    const enterApp = vi.fn();
    const user = userEvent.setup();
    render(<QuickSignInPage initialLanguage="id" next="/" enterApp={enterApp} loadApp={loadApp} />);
    await fillIn(user, 'staf@kominfo.kerincikab.demo', 'staf-demo-2026');
    await user.click(screen.getByRole('button', { name: 'Masuk' }));

    // Signed in: the app's files are on their way while the server is asked who this is.
    await waitFor(() => expect(early).toEqual([{ input: undefined, language: 'id' }]));
    expect(loadApp).toHaveBeenCalledWith('/');
    expect(enterApp).not.toHaveBeenCalled();

    const me = { user: { ...signedInUser, language: 'en' }, demoAccounts: [] };
    answer(HttpResponse.json([{ result: { data: me } }, { result: { data: home } }]));
    await waitFor(() => expect(enterApp).toHaveBeenCalledTimes(1));
    const [path, language, how, answers] = enterApp.mock.calls[0] ?? [];
    expect([path, language, how]).toEqual(['/', 'en', 'replace']);
    // Both answers go to the app, which starts with them instead of asking again.
    expect(answers['auth.me'].answered.data).toEqual(me);
    expect(answers['dashboard.home'].answered.data).toEqual(home);
  });

  it('goes straight to the app when a session is already there', async () => {
    session({ user: signedInUser });
    const { enterApp } = renderQuick({ next: '/tindak-lanjut' });
    await waitFor(() => expect(enterApp).toHaveBeenCalledWith('/tindak-lanjut', 'id'));
  });

  it("shows the server's message next to its field, tied to it, and clears it when the field changes", async () => {
    session({ user: null });
    signIn(
      refusal('BAD_REQUEST', 'auth.signIn', 'Email atau kata sandi salah.', {
        issues: [{ path: 'password', message: 'Email atau kata sandi salah.' }],
      }),
    );
    const { enterApp, user } = renderQuick();
    await fillIn(user, 'staf@kominfo.kerincikab.demo', 'salah');
    await user.click(screen.getByRole('button', { name: 'Masuk' }));

    const message = await screen.findByText('Email atau kata sandi salah.');
    const password = screen.getByLabelText(/^Kata sandi/) as HTMLInputElement;
    expect(password.getAttribute('aria-invalid')).toBe('true');
    expect(password.getAttribute('aria-describedby')).toBe(message.id);
    expect(document.activeElement).toBe(password);
    expect(screen.getByRole('textbox', { name: 'Email' }).getAttribute('aria-invalid')).toBeNull();
    // Said next to the field only: no alert above the form.
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('button', { name: 'Masuk' }).getAttribute('aria-disabled')).toBeNull();
    expect(enterApp).not.toHaveBeenCalled();

    await user.type(password, '!');
    expect(screen.queryByText('Email atau kata sandi salah.')).toBeNull();
    expect(password.getAttribute('aria-invalid')).toBeNull();
  });

  it('says a refusal about no field, or a lost connection, in an alert above the fields', async () => {
    session({ user: null });
    signIn(refusal('FORBIDDEN', 'auth.signIn', 'Terlalu banyak percobaan. Coba lagi 15 menit lagi.'));
    const { user } = renderQuick();
    await fillIn(user, 'staf@kominfo.kerincikab.demo', 'staf-demo-2026');
    await user.click(screen.getByRole('button', { name: 'Masuk' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Terlalu banyak percobaan. Coba lagi 15 menit lagi.');
    expect(document.activeElement).toBe(alert);

    signIn(() => HttpResponse.error());
    await user.click(screen.getByRole('button', { name: 'Masuk' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'Tidak dapat terhubung ke server. Periksa koneksi internet lalu coba lagi.',
      ),
    );
  });

  it('switches the whole page to English, keeps the choice, and asks the server in it', async () => {
    session({ user: null });
    const calls = signIn(
      refusal('BAD_REQUEST', 'auth.signIn', 'Wrong email or password.', {
        issues: [{ path: 'password', message: 'Wrong email or password.' }],
      }),
    );
    const { user } = renderQuick();
    const switcher = await screen.findByRole('group', { name: 'Bahasa' });
    const english = screen.getByRole('button', { name: 'English' });
    expect(english.getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByRole('button', { name: 'Indonesia' }).getAttribute('aria-pressed')).toBe('true');
    expect(english.getAttribute('lang')).toBe('en');
    expect(switcher.contains(english)).toBe(true);

    await user.click(english);
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to Tindak' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Language' })).toBeTruthy();
    expect(english.getAttribute('aria-pressed')).toBe('true');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(screen.getByRole('link', { name: 'Forgot your password?' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Show password' })).toBeTruthy();

    await user.type(screen.getByRole('textbox', { name: 'Email' }), 'staf@kominfo.kerincikab.demo');
    await user.type(screen.getByLabelText(/^Password/), 'salah');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Wrong email or password.')).toBeTruthy();
    expect(calls[0]?.language).toBe('en');
  });

  it('shows and hides the password with a button named in the page language', async () => {
    session({ user: null });
    const { user } = renderQuick();
    const password = screen.getByLabelText(/^Kata sandi/) as HTMLInputElement;
    const toggle = screen.getByRole('button', { name: 'Tampilkan kata sandi' });
    expect(password.type).toBe('password');
    expect(toggle.getAttribute('aria-pressed')).toBe('false');

    await user.type(password, 'rahasia-2026');
    await user.click(toggle);
    expect(password.type).toBe('text');
    expect(password.value).toBe('rahasia-2026');
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    // Clicking the eye leaves the focus in the field, so a phone keeps its keyboard open.
    expect(document.activeElement).toBe(password);

    await user.click(toggle);
    expect(password.type).toBe('password');
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
  });

  it('fills the form from a demo account on a demo server', async () => {
    session({
      user: null,
      demoAccounts: [
        {
          email: 'staf@kominfo.kerincikab.demo',
          password: 'staf-demo-2026',
          role: 'staff',
          label: 'Staf Kerinci',
        },
      ],
    });
    const { user } = renderQuick();
    await user.click(await screen.findByRole('button', { name: 'Gunakan akun Staf Kerinci' }));
    expect((screen.getByRole('textbox', { name: 'Email' }) as HTMLInputElement).value).toBe(
      'staf@kominfo.kerincikab.demo',
    );
    expect((screen.getByLabelText(/^Kata sandi/) as HTMLInputElement).value).toBe('staf-demo-2026');
    // The role in the page's language, from the table's own file.
    expect(screen.getByText('Staf')).toBeTruthy();
  });

  it('opens the other pages before signing in through the app, keeping this one in the history', async () => {
    session({ user: null });
    const { enterApp, user } = renderQuick();
    const forgot = screen.getByRole('link', { name: 'Lupa kata sandi?' });
    expect(forgot.getAttribute('href')).toBe('/lupa-kata-sandi');
    expect(screen.getByRole('link', { name: 'Halaman publik' }).getAttribute('href')).toBe('/publik');
    await user.click(forgot);
    expect(enterApp).toHaveBeenCalledWith('/lupa-kata-sandi', 'id', 'push');
  });
});
