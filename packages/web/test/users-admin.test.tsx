import { screen, waitFor, within } from '@testing-library/react';
import type { UserView } from '@tindak/shared';
import { describe, expect, it } from 'vitest';
import { diskominfoJambi, komdigi, organizations } from './fixtures';
import { server, signedInAs, signedInUser } from './msw-server';
import { renderApp } from './render-app';
import { inputOf, mutation, query, trpcError } from './trpc-http';

const admin = signedInAs('admin', { displayName: 'Admin Tindak' });

const rina: UserView = {
  id: '3c1d2e4f-0000-4000-8000-000000000001',
  email: 'rina@kominfo.jambiprov.demo',
  displayName: 'Rina Marlina, S.Kom.',
  role: 'secretariat',
  organization: { id: diskominfoJambi.id, name: diskominfoJambi.name },
  personId: null,
  active: true,
  pending: false,
  lastSignInAt: '2026-02-09T02:30:00.000Z',
  version: 3,
};

const budi: UserView = {
  ...rina,
  id: '3c1d2e4f-0000-4000-8000-000000000002',
  email: 'budi@komdigi.demo',
  displayName: 'Budi Santoso',
  role: 'viewer',
  organization: { id: komdigi.id, name: komdigi.name },
  pending: true,
  lastSignInAt: null,
  version: 1,
};

interface ListInput {
  limit?: number;
  cursor?: string | null;
  q?: string;
}

/**
 * `users.list` the way the API pages it: `limit` rows after the cursor (here simply the offset),
 * only those whose name or email contains `q`.
 */
function usersList(all: () => UserView[]) {
  return query('users.list', (input) => {
    const { limit = 20, cursor, q } = (input ?? {}) as ListInput;
    const needle = q?.toLowerCase();
    const matching = all().filter(
      (u) => !needle || `${u.displayName}\n${u.email}`.toLowerCase().includes(needle),
    );
    const start = cursor ? Number(cursor) : 0;
    const end = start + limit;
    return { items: matching.slice(start, end), nextCursor: end < matching.length ? String(end) : null };
  });
}

function directory() {
  return [query('organizations.list', () => organizations).handler, query('people.search', () => []).handler];
}

describe('user administration', () => {
  it('lists users with role, office, status and last sign-in', async () => {
    server.use(admin, usersList(() => [rina, { ...budi }]).handler, ...directory());
    renderApp('/admin/pengguna');
    const table = await screen.findByRole('table', { name: 'Daftar pengguna' });
    const rinaRow = within(table).getByRole('row', { name: /Rina Marlina/ });
    expect(within(rinaRow).getByText('Sekretariat')).toBeTruthy();
    expect(within(rinaRow).getByText('Aktif')).toBeTruthy();
    expect(within(rinaRow).getByText('Senin, 9 Februari 2026 09.30 WIB')).toBeTruthy();
    const budiRow = within(table).getByRole('row', { name: /Budi Santoso/ });
    expect(within(budiRow).getByText('Pemantau')).toBeTruthy();
    expect(within(budiRow).getByText('Menunggu')).toBeTruthy();
    expect(within(budiRow).getByText('Belum pernah')).toBeTruthy();
  });

  it('asks the server for 50 users at a time and loads the next page on request', async () => {
    const many: UserView[] = Array.from({ length: 120 }, (_, i) => ({
      ...rina,
      id: `3c1d2e4f-0000-4000-8000-${String(i + 100).padStart(12, '0')}`,
      email: `pengguna${i}@kominfo.jambiprov.demo`,
      displayName: `Pengguna ${String(i + 1).padStart(3, '0')}`,
    }));
    const list = usersList(() => many);
    server.use(admin, list.handler, ...directory());
    const { user } = renderApp('/admin/pengguna');
    const table = await screen.findByRole('table', { name: 'Daftar pengguna' });
    const bodyRows = () => within(table).getAllByRole('row').length - 1;
    expect(bodyRows()).toBe(50);
    expect(screen.getByText('Menampilkan 50 pengguna')).toBeTruthy();
    expect(list.calls).toHaveLength(1);
    expect(inputOf(list.calls, 0)).toMatchObject({ limit: 50 });
    expect(inputOf(list.calls, 0).q).toBeUndefined();

    await user.click(screen.getByRole('button', { name: 'Muat lebih banyak' }));
    await waitFor(() => expect(bodyRows()).toBe(100));
    expect(inputOf(list.calls, 1)).toMatchObject({ limit: 50, cursor: '50' });
    await user.click(screen.getByRole('button', { name: 'Muat lebih banyak' }));
    await waitFor(() => expect(bodyRows()).toBe(120));
    expect(within(table).getByRole('row', { name: /Pengguna 120/ })).toBeTruthy();
    expect(screen.getByText('Menampilkan 120 pengguna')).toBeTruthy();
    // Every user once, and no button once the server says there is no next page.
    expect(
      new Set(
        within(table)
          .getAllByRole('row')
          .map((row) => row.textContent),
      ).size,
    ).toBe(121);
    expect(screen.queryByRole('button', { name: 'Muat lebih banyak' })).toBeNull();
    expect(list.calls).toHaveLength(3);
  });

  it('searches by name or email once typing pauses, on the server', async () => {
    const list = usersList(() => [rina, budi]);
    server.use(admin, list.handler, ...directory());
    const { user } = renderApp('/admin/pengguna');
    const table = await screen.findByRole('table', { name: 'Daftar pengguna' });
    expect(within(table).getByRole('row', { name: /Rina Marlina/ })).toBeTruthy();

    await user.type(screen.getByRole('searchbox', { name: 'Cari pengguna' }), 'komdigi');
    await waitFor(() => expect(within(table).queryByRole('row', { name: /Rina Marlina/ })).toBeNull());
    expect(within(table).getByRole('row', { name: /Budi Santoso/ })).toBeTruthy();
    // One request for the pause, not one per letter.
    expect(list.calls.map((call) => (call.input as ListInput).q)).toEqual([undefined, 'komdigi']);

    await user.clear(screen.getByRole('searchbox', { name: 'Cari pengguna' }));
    await user.type(screen.getByRole('searchbox', { name: 'Cari pengguna' }), 'tidak ada');
    expect(await screen.findByText('Tidak ada pengguna yang cocok dengan “tidak ada”.')).toBeTruthy();
  });

  it('reads the search from the address, so a filtered list can be shared', async () => {
    const list = usersList(() => [rina, budi]);
    server.use(admin, list.handler, ...directory());
    renderApp('/admin/pengguna?cari=rina');
    const table = await screen.findByRole('table', { name: 'Daftar pengguna' });
    expect(within(table).getByRole('row', { name: /Rina Marlina/ })).toBeTruthy();
    expect(within(table).queryByRole('row', { name: /Budi Santoso/ })).toBeNull();
    expect((screen.getByRole('searchbox', { name: 'Cari pengguna' }) as HTMLInputElement).value).toBe('rina');
    expect(list.calls).toHaveLength(1);
    expect(inputOf(list.calls, 0)).toMatchObject({ limit: 50, q: 'rina' });
  });

  it('invites a user and shows the one-time link to copy and pass on', async () => {
    const link = 'https://tindak.example/atur-kata-sandi?token=abcdefghijklmnopqrstuvwxyz';
    const invite = mutation('users.invite', (_input, index) =>
      index === 0
        ? trpcError('CONFLICT', 'users.invite', 'Email ini sudah dipakai akun lain.', {
            issues: [{ path: 'email', message: 'Email ini sudah dipakai akun lain.' }],
          })
        : { data: { user: budi, link } },
    );
    server.use(
      admin,
      usersList(() => (invite.calls.length > 1 ? [rina, budi] : [rina])).handler,
      invite.handler,
      ...directory(),
    );
    const { user } = renderApp('/admin/pengguna');
    await user.click(await screen.findByRole('button', { name: 'Undang pengguna' }));
    const form = screen.getByRole('form', { name: 'Undang pengguna' });

    // Nothing goes out while the required fields are empty.
    await user.click(within(form).getByRole('button', { name: 'Buat undangan' }));
    expect(within(form).getAllByText('Wajib diisi.').length).toBeGreaterThan(0);
    expect(invite.calls).toHaveLength(0);

    await user.type(within(form).getByRole('textbox', { name: 'Nama lengkap' }), 'Budi Santoso');
    await user.type(within(form).getByRole('textbox', { name: 'Email' }), 'rina@kominfo.jambiprov.demo');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Peran' }), 'viewer');
    expect(within(form).getByText('Hanya melihat data di wilayahnya.')).toBeTruthy();
    await user.click(within(form).getByRole('combobox', { name: 'Instansi' }));
    await user.type(within(form).getByRole('combobox', { name: 'Instansi' }), 'Komdigi');
    await user.click(await screen.findByRole('option', { name: komdigi.name }));
    await user.click(within(form).getByRole('button', { name: 'Buat undangan' }));

    // An email already in use is said next to the email field.
    const email = within(form).getByRole('textbox', { name: 'Email' });
    await waitFor(() => expect(email.getAttribute('aria-invalid')).toBe('true'));
    expect(within(form).getByText('Email ini sudah dipakai akun lain.')).toBeTruthy();

    await user.clear(email);
    await user.type(email, 'budi@komdigi.demo');
    await user.click(within(form).getByRole('button', { name: 'Buat undangan' }));

    expect(await screen.findByText('Undangan untuk Budi Santoso sudah dibuat')).toBeTruthy();
    expect(screen.getByText(/Tautan berlaku 7 hari/)).toBeTruthy();
    const field = screen.getByRole('textbox', { name: 'Tautan undangan' }) as HTMLInputElement;
    expect(field.value).toBe(link);
    expect(field.readOnly).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Salin tautan' }));
    expect(await screen.findByText('Tautan disalin.')).toBeTruthy();
    expect(await navigator.clipboard.readText()).toBe(link);
    expect(inputOf(invite.calls, 1)).toEqual({
      email: 'budi@komdigi.demo',
      displayName: 'Budi Santoso',
      role: 'viewer',
      organizationId: komdigi.id,
      personId: null,
      language: 'id',
    });
    // The list shows the new, pending user.
    const table = screen.getByRole('table', { name: 'Daftar pengguna' });
    expect(await within(table).findByRole('row', { name: /Budi Santoso/ })).toBeTruthy();
  });

  it('on a conflict while editing explains it and saves over the latest version after reloading', async () => {
    const newer: UserView = { ...rina, displayName: 'Rina M.', version: 4 };
    const update = mutation('users.update', (_input, index) =>
      index === 0
        ? trpcError('CONFLICT', 'users.update', 'Data ini sudah diubah orang lain.', {
            issues: [{ path: 'version', message: 'Data ini sudah diubah orang lain.' }],
            current: newer,
          })
        : { data: { ...newer, role: 'head', version: 5 } },
    );
    server.use(admin, usersList(() => [rina]).handler, update.handler, ...directory());
    const { user } = renderApp('/admin/pengguna');
    await user.click(await screen.findByRole('button', { name: 'Ubah pengguna Rina Marlina, S.Kom.' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ubah pengguna' });
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Peran' }), 'head');
    await user.click(within(dialog).getByRole('button', { name: 'Simpan perubahan' }));

    const alert = await within(dialog).findByRole('alert');
    expect(within(alert).getByText('Sudah diubah orang lain')).toBeTruthy();
    expect(within(alert).getByText('Data ini sudah diubah orang lain.')).toBeTruthy();
    await user.click(within(alert).getByRole('button', { name: 'Muat versi terbaru' }));
    expect(await within(dialog).findByText(/Versi terbaru sudah dimuat/)).toBeTruthy();
    // What was typed stays; the save goes out with the version just loaded.
    expect((within(dialog).getByRole('combobox', { name: 'Peran' }) as HTMLSelectElement).value).toBe('head');
    await user.click(within(dialog).getByRole('button', { name: 'Simpan perubahan' }));
    await waitFor(() => expect(update.calls).toHaveLength(2));
    expect(inputOf(update.calls, 0)).toMatchObject({ id: rina.id, version: 3, role: 'head' });
    expect(inputOf(update.calls, 1)).toMatchObject({ id: rina.id, version: 4, role: 'head' });
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Ubah pengguna' })).toBeNull());
  });

  it('asks once before deactivating, then sends active: false', async () => {
    const update = mutation('users.update', () => ({ data: { ...rina, active: false, version: 4 } }));
    server.use(admin, usersList(() => [rina]).handler, update.handler, ...directory());
    const { user } = renderApp('/admin/pengguna');
    await user.click(await screen.findByRole('button', { name: 'Ubah pengguna Rina Marlina, S.Kom.' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ubah pengguna' });
    await user.click(within(dialog).getByRole('checkbox', { name: 'Aktif' }));
    await user.click(within(dialog).getByRole('button', { name: 'Simpan perubahan' }));
    const ask = within(dialog).getByRole('group', {
      name: 'Nonaktifkan pengguna ini? Sesinya langsung berakhir.',
    });
    expect(update.calls).toHaveLength(0);
    await user.click(within(ask).getByRole('button', { name: 'Ya, nonaktifkan' }));
    await waitFor(() => expect(update.calls).toHaveLength(1));
    expect(inputOf(update.calls, 0)).toMatchObject({ id: rina.id, version: 3, active: false });
  });

  it('changes the email, and shows an address already in use next to the email field', async () => {
    const update = mutation('users.update', (_input, index) =>
      index === 0
        ? trpcError('CONFLICT', 'users.update', 'Email ini sudah dipakai akun lain.', {
            issues: [{ path: 'email', message: 'Email ini sudah dipakai akun lain.' }],
          })
        : { data: { ...rina, email: 'rina.m@kominfo.jambiprov.demo', version: 4 } },
    );
    server.use(admin, usersList(() => [rina]).handler, update.handler, ...directory());
    const { user } = renderApp('/admin/pengguna');
    await user.click(await screen.findByRole('button', { name: 'Ubah pengguna Rina Marlina, S.Kom.' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ubah pengguna' });
    const email = within(dialog).getByRole('textbox', { name: 'Email' }) as HTMLInputElement;
    expect(email.value).toBe(rina.email);
    await user.clear(email);
    await user.type(email, 'budi@komdigi.demo');
    await user.click(within(dialog).getByRole('button', { name: 'Simpan perubahan' }));

    // Not a version conflict: the message goes next to the field, with no "load the latest" offer.
    await waitFor(() => expect(email.getAttribute('aria-invalid')).toBe('true'));
    expect(within(dialog).getByText('Email ini sudah dipakai akun lain.')).toBeTruthy();
    expect(within(dialog).queryByRole('button', { name: 'Muat versi terbaru' })).toBeNull();
    expect(inputOf(update.calls, 0)).toMatchObject({ id: rina.id, version: 3, email: 'budi@komdigi.demo' });

    await user.clear(email);
    await user.type(email, 'rina.m@kominfo.jambiprov.demo');
    await user.click(within(dialog).getByRole('button', { name: 'Simpan perubahan' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Ubah pengguna' })).toBeNull());
    expect(inputOf(update.calls, 1)).toMatchObject({ email: 'rina.m@kominfo.jambiprov.demo', version: 3 });
    // The saved user replaces the row in the loaded page, without reloading the list.
    const table = screen.getByRole('table', { name: 'Daftar pengguna' });
    expect(within(table).getByText('rina.m@kominfo.jambiprov.demo')).toBeTruthy();
  });

  it('resends the invitation to a pending user after asking once, and shows the new link to copy', async () => {
    const link = 'https://tindak.example/atur-kata-sandi?token=zyxwvutsrqponmlkjihgfedcba';
    const resend = mutation('users.resendInvitation', () => ({ data: { user: budi, link } }));
    server.use(admin, usersList(() => [rina, budi]).handler, resend.handler, ...directory());
    const { user } = renderApp('/admin/pengguna');
    const table = await screen.findByRole('table', { name: 'Daftar pengguna' });

    // Only someone who has not set a password yet can be invited again.
    await user.click(
      within(table).getByRole('button', { name: 'Lainnya: tindakan untuk Rina Marlina, S.Kom.' }),
    );
    expect(screen.getByRole('menuitem', { name: 'Pratinjau ringkasan' }).getAttribute('href')).toBe(
      `/ringkasan?pengguna=${rina.id}`,
    );
    expect(screen.queryByRole('menuitem', { name: 'Kirim ulang undangan' })).toBeNull();
    await user.keyboard('{Escape}');

    await user.click(within(table).getByRole('button', { name: 'Lainnya: tindakan untuk Budi Santoso' }));
    await user.click(screen.getByRole('menuitem', { name: 'Kirim ulang undangan' }));
    const dialog = await screen.findByRole('dialog', { name: 'Kirim ulang undangan' });
    expect(within(dialog).getByText(/Tautan undangan sebelumnya tidak berlaku lagi/)).toBeTruthy();
    expect(resend.calls).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Ya, kirim ulang' }));

    expect(await within(dialog).findByText('Undangan baru untuk Budi Santoso sudah dibuat')).toBeTruthy();
    expect(inputOf(resend.calls, 0)).toEqual({ id: budi.id });
    const field = within(dialog).getByRole('textbox', { name: 'Tautan undangan' }) as HTMLInputElement;
    expect(field.value).toBe(link);
    await user.click(within(dialog).getByRole('button', { name: 'Salin tautan' }));
    expect(await navigator.clipboard.readText()).toBe(link);
    await user.click(within(dialog).getByRole('button', { name: 'Selesai' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Kirim ulang undangan' })).toBeNull());
  });

  it("sends a user's digest now from the list after asking once", async () => {
    const sendNow = mutation('digests.sendNow', () => ({ data: { queued: true, emailId: 'e' } }));
    server.use(admin, usersList(() => [rina]).handler, sendNow.handler, ...directory());
    const { user } = renderApp('/admin/pengguna');
    const table = await screen.findByRole('table', { name: 'Daftar pengguna' });
    await user.click(
      within(table).getByRole('button', { name: 'Lainnya: tindakan untuk Rina Marlina, S.Kom.' }),
    );
    await user.click(screen.getByRole('menuitem', { name: 'Kirim ringkasan sekarang' }));
    const dialog = await screen.findByRole('dialog', { name: 'Kirim ringkasan sekarang' });
    expect(sendNow.calls).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Ya, kirim sekarang' }));
    await waitFor(() => expect(sendNow.calls).toHaveLength(1));
    expect(inputOf(sendNow.calls, 0)).toEqual({ userId: rina.id });
    expect(await screen.findByText(/Ringkasan untuk Rina Marlina, S.Kom. masuk antrean/)).toBeTruthy();
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Kirim ringkasan sekarang' })).toBeNull(),
    );
  });

  it('tells anyone but an admin that managing users is not theirs, without asking the server', async () => {
    renderApp('/admin/pengguna');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Anda tidak berwenang membuka halaman ini' }),
    ).toBeTruthy();
    expect(screen.getByText(/Hanya admin yang dapat mengundang/)).toBeTruthy();
    expect(signedInUser.role).toBe('head');
  });
});
