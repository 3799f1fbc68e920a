import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { detailOfEmail, emailId, emailOf, failedInvite } from './mail-fixtures';
import { server, signedInAs } from './msw-server';
import { renderApp } from './render-app';
import { API_URL, inputOf, mutation, query, trpcError } from './trpc-http';

const admin = signedInAs('admin', { displayName: 'Admin Tindak' });

describe('outbox', () => {
  it('shows someone their own mail as "Surel saya", with kind, recipient, status and time in their zone', async () => {
    const list = query('outbox.list', () => ({ items: [emailOf()], nextCursor: null }));
    server.use(list.handler, signedInAs('head', { timeZone: 'Asia/Makassar' }));
    renderApp('/kotak-keluar');
    expect(await screen.findByRole('heading', { level: 1, name: 'Surel saya' })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Navigasi utama' });
    expect(within(nav).getByRole('link', { name: 'Surel saya' }).getAttribute('href')).toBe('/kotak-keluar');

    const rows = within(await screen.findByRole('list', { name: 'Daftar surel' })).getAllByRole('listitem');
    expect(rows).toHaveLength(1);
    const row = within(rows[0] as HTMLElement);
    const link = row.getByRole('link', { name: emailOf().subject });
    expect(link.getAttribute('href')).toBe(`/kotak-keluar/${emailId(1)}`);
    expect(row.getByText('Pemberitahuan')).toBeTruthy();
    expect(row.getByText('Terkirim')).toBeTruthy();
    expect(row.getByText('Kepada: Drs. Ariansyah, M.E. <kadis@kominfo.jambiprov.demo>')).toBeTruthy();
    // 02.00 UTC is 10.00 WITA.
    expect(row.getByText('Terkirim Senin, 23 November 2026 10.00 WITA')).toBeTruthy();
    expect(screen.queryByText(/Belum ada server surel/)).toBeNull();
    // Only admins send mail again.
    expect(screen.queryByRole('button', { name: 'Kirim ulang' })).toBeNull();
    expect(inputOf(list.calls, 0)).toMatchObject({ limit: 20 });
    expect(inputOf(list.calls, 0).status).toBeUndefined();
  });

  it('filters by status through the address, loads more with the cursor, and explains an empty result', async () => {
    const list = query('outbox.list', (input) => {
      const { status, cursor } = input as { status?: string; cursor?: string };
      if (status === 'failed') return { items: [], nextCursor: null };
      return cursor
        ? { items: [emailOf({ id: emailId(3), subject: 'Ringkasan harian Tindak' })], nextCursor: null }
        : { items: [emailOf()], nextCursor: 'c1' };
    });
    server.use(list.handler);
    const { user } = renderApp('/kotak-keluar');
    await user.click(await screen.findByRole('button', { name: 'Muat lebih banyak' }));
    expect(await screen.findByRole('link', { name: 'Ringkasan harian Tindak' })).toBeTruthy();
    expect(inputOf(list.calls, 1)).toMatchObject({ limit: 20, cursor: 'c1' });
    expect(screen.queryByRole('button', { name: 'Muat lebih banyak' })).toBeNull();

    const filter = screen.getByRole('radiogroup', { name: 'Saring menurut status' });
    await user.click(within(filter).getByRole('radio', { name: 'Gagal' }));
    expect(await screen.findByText('Tidak ada surel dengan status ini.')).toBeTruthy();
    expect(list.calls.at(-1)?.input).toMatchObject({ limit: 20, status: 'failed' });
  });

  it('says when there is no mail server and mail is only kept here', async () => {
    server.use(
      query('outbox.list', () => ({
        items: [emailOf({ transport: 'outbox' }), emailOf({ id: emailId(4), transport: 'smtp' })],
        nextCursor: null,
      })).handler,
    );
    renderApp('/kotak-keluar');
    expect(
      await screen.findByText('Belum ada server surel (SMTP_URL); surel disimpan di sini.'),
    ).toBeTruthy();
  });

  it('shows an admin every mail with attempts and the last error, and sends a failed one again after asking once', async () => {
    let retried = false;
    const list = query('outbox.list', () => ({
      items: [retried ? { ...failedInvite, status: 'pending', attempts: 0 } : failedInvite],
      nextCursor: null,
    }));
    const retry = mutation('outbox.retry', () => {
      retried = true;
      return { data: detailOfEmail({ ...failedInvite, status: 'pending', attempts: 0, lastError: null }) };
    });
    server.use(admin, list.handler, retry.handler);
    const { user } = renderApp('/kotak-keluar');
    expect(await screen.findByRole('heading', { level: 1, name: 'Kotak keluar' })).toBeTruthy();
    const row = within(
      within(await screen.findByRole('list', { name: 'Daftar surel' })).getAllByRole(
        'listitem',
      )[0] as HTMLElement,
    );
    expect(row.getByText('Undangan')).toBeTruthy();
    expect(row.getByText('Gagal')).toBeTruthy();
    expect(row.getByText('Percobaan: 8 · Galat terakhir: 550 5.1.1 Mailbox tidak ada')).toBeTruthy();

    await user.click(row.getByRole('button', { name: 'Kirim ulang' }));
    const ask = screen.getByRole('group', { name: 'Kirim ulang surel ini?' });
    expect(retry.calls).toHaveLength(0);
    await user.click(within(ask).getByRole('button', { name: 'Ya, kirim ulang' }));
    await waitFor(() => expect(retry.calls).toHaveLength(1));
    expect(inputOf(retry.calls, 0)).toEqual({ id: failedInvite.id });
    expect(await screen.findByText('Surel masuk antrean untuk dikirim ulang.')).toBeTruthy();
    // The list asks again and shows the email waiting to be sent.
    const list2 = await screen.findByRole('list', { name: 'Daftar surel' });
    expect(await within(list2).findByText('Menunggu')).toBeTruthy();
    expect(within(list2).queryByRole('button', { name: 'Kirim ulang' })).toBeNull();
  });

  it('shows an email with its HTML in a frame that runs nothing, and its plain text', async () => {
    const detail = detailOfEmail(failedInvite);
    const retry = mutation('outbox.retry', () => ({
      data: { ...detail, status: 'pending', lastError: null },
    }));
    server.use(admin, query('outbox.get', () => detail).handler, retry.handler);
    const { user } = renderApp(`/kotak-keluar/${failedInvite.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Undangan ke Tindak' })).toBeTruthy();
    const details = screen.getByRole('region', { name: 'Rincian surel' });
    expect(within(details).getByText('Budi Santoso <budi@komdigi.demo>')).toBeTruthy();
    expect(within(details).getByText('550 5.1.1 Mailbox tidak ada')).toBeTruthy();

    const frame = screen.getByTitle('Isi surel: Undangan ke Tindak') as HTMLIFrameElement;
    expect(frame.tagName).toBe('IFRAME');
    expect(frame.getAttribute('sandbox')).toBe('');
    expect(frame.getAttribute('srcdoc')).toBe(detail.html);
    await user.click(screen.getByRole('tab', { name: 'Teks biasa' }));
    expect(screen.getByText(/Buka tautan berikut untuk mengatur kata sandi/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Kirim ulang' }));
    await user.click(screen.getByRole('button', { name: 'Ya, kirim ulang' }));
    await waitFor(() => expect(retry.calls).toHaveLength(1));
    // The page shows what the server answered: waiting to be sent, nothing left to retry.
    expect(await screen.findByText('Menunggu')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Kirim ulang' })).toBeNull();
  });

  it('says an email does not exist (or is not theirs) when the server answers NOT_FOUND', async () => {
    const { error } = trpcError('NOT_FOUND', 'outbox.get', 'Surel tidak ditemukan.');
    server.use(http.get(`${API_URL}/outbox.get`, () => HttpResponse.json({ error }, { status: 404 })));
    renderApp(`/kotak-keluar/${emailId(9)}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Surel tidak ditemukan' })).toBeTruthy();
  });
});
