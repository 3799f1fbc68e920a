import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { digestOf } from './mail-fixtures';
import { server, signedInAs } from './msw-server';
import { renderApp } from './render-app';
import { inputOf, mutation, query } from './trpc-http';

const budi = {
  id: '3c1d2e4f-0000-4000-8000-000000000002',
  displayName: 'Budi Santoso',
  email: 'budi@komdigi.demo',
};

describe('weekly digest preview', () => {
  it('shows the own digest: subject, week, the email in a frame that runs nothing, and its plain text', async () => {
    const preview = query('digests.preview', () => digestOf());
    server.use(preview.handler);
    const { user } = renderApp('/ringkasan');
    expect(await screen.findByRole('heading', { level: 1, name: 'Ringkasan mingguan' })).toBeTruthy();
    const details = await screen.findByRole('region', { name: 'Rincian ringkasan' });
    expect(within(details).getByText('Minggu ke-48 tahun 2026')).toBeTruthy();
    expect(within(details).getByText(digestOf().subject)).toBeTruthy();

    const frame = screen.getByTitle(`Isi surel: ${digestOf().subject}`);
    expect(frame.tagName).toBe('IFRAME');
    expect(frame.getAttribute('sandbox')).toBe('');
    expect(frame.getAttribute('srcdoc')).toBe(digestOf().html);
    await user.click(screen.getByRole('tab', { name: 'Teks biasa' }));
    expect(screen.getByRole('tabpanel', { name: 'Teks biasa' }).textContent).toBe(digestOf().text);
    // Nobody but an admin sends a digest by hand.
    expect(screen.queryByRole('button', { name: 'Kirim sekarang' })).toBeNull();
    expect(inputOf(preview.calls, 0)).toEqual({ week: 'current' });
  });

  it("switches to next Monday's digest and keeps the choice in the address", async () => {
    const preview = query('digests.preview', () => digestOf());
    server.use(preview.handler);
    const { user } = renderApp('/ringkasan');
    await screen.findByRole('region', { name: 'Rincian ringkasan' });
    await user.click(screen.getByText('Senin depan'));
    await waitFor(() => expect(preview.calls.map((c) => inputOf([c], 0))).toContainEqual({ week: 'next' }));
  });

  it('says there is nothing to report, and no email, when the digest is empty', async () => {
    server.use(query('digests.preview', () => digestOf({ empty: true })).handler);
    renderApp('/ringkasan');
    expect(
      await screen.findByText('Minggu ini tidak ada yang perlu dilaporkan; Anda tidak akan menerima surel.'),
    ).toBeTruthy();
    expect(screen.queryByTitle(/Isi surel/)).toBeNull();
  });

  it("ignores someone else's id for anyone but an admin: they see their own", async () => {
    const preview = query('digests.preview', () => digestOf());
    server.use(preview.handler);
    renderApp(`/ringkasan?pengguna=${budi.id}`);
    expect(await screen.findByRole('region', { name: 'Rincian ringkasan' })).toBeTruthy();
    expect(inputOf(preview.calls, 0)).toEqual({ week: 'current' });
  });

  it("lets an admin preview someone's digest and send it now after asking once", async () => {
    const preview = query('digests.preview', () => digestOf({ recipient: budi }));
    const sendNow = mutation('digests.sendNow', () => ({ data: { queued: true, emailId: 'x' } }));
    server.use(signedInAs('admin'), preview.handler, sendNow.handler);
    const { user } = renderApp(`/ringkasan?pengguna=${budi.id}`);
    expect(
      await screen.findByText(/Ringkasan mingguan untuk Budi Santoso \(budi@komdigi.demo\)/),
    ).toBeTruthy();
    expect(inputOf(preview.calls, 0)).toEqual({ userId: budi.id, week: 'current' });

    await user.click(screen.getByRole('button', { name: 'Kirim sekarang' }));
    const ask = screen.getByRole('group', {
      name: 'Kirim ringkasan minggu ini kepada Budi Santoso sekarang?',
    });
    expect(sendNow.calls).toHaveLength(0);
    await user.click(within(ask).getByRole('button', { name: 'Ya, kirim sekarang' }));
    await waitFor(() => expect(sendNow.calls).toHaveLength(1));
    expect(inputOf(sendNow.calls, 0)).toEqual({ userId: budi.id });
    expect(await screen.findByText(/Ringkasan untuk Budi Santoso masuk antrean pengiriman/)).toBeTruthy();
    expect(screen.queryByRole('group', { name: /Kirim ringkasan minggu ini/ })).toBeNull();
  });

  it('explains when sending now finds nothing to send', async () => {
    server.use(
      signedInAs('admin'),
      query('digests.preview', () => digestOf({ recipient: budi, empty: true })).handler,
      mutation('digests.sendNow', () => ({ data: { queued: false, emailId: null } })).handler,
    );
    const { user } = renderApp(`/ringkasan?pengguna=${budi.id}`);
    expect(
      await screen.findByText(
        'Minggu ini tidak ada yang perlu dilaporkan kepada Budi Santoso; tidak ada surel yang akan dikirim.',
      ),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Kirim sekarang' }));
    await user.click(screen.getByRole('button', { name: 'Ya, kirim sekarang' }));
    expect(
      await screen.findByText(
        'Tidak ada yang dikirim: minggu ini tidak ada yang perlu dilaporkan kepada Budi Santoso.',
      ),
    ).toBeTruthy();
  });
});
