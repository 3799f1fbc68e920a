import { screen, waitFor, within } from '@testing-library/react';
import type { DirectoryOffice } from '@tindak/shared';
import { describe, expect, it } from 'vitest';
import { regions } from './fixtures';
import { server, signedInAs } from './msw-server';
import { renderApp } from './render-app';
import { inputOf, mutation, query } from './trpc-http';

const office = (n: number, values: Partial<DirectoryOffice>): DirectoryOffice => ({
  id: `0b9f3f7e-4a53-4c49-9f0e-${String(n).padStart(12, '0')}`,
  name: `Kantor ${n}`,
  shortName: null,
  kind: 'diskominfo',
  regionCode: '15.01',
  regionName: 'Kabupaten Kerinci',
  active: true,
  mergedInto: null,
  version: 1,
  ...values,
});

const kerinci = office(1, {
  name: 'Dinas Kominfo Kabupaten Kerinci',
  shortName: 'Diskominfo Kerinci',
  version: 4,
});
const kerinciTwice = office(2, { name: 'Diskominfo Kerinci', version: 2 });
const komdigi = office(3, {
  name: 'Kementerian Komunikasi dan Digital',
  shortName: 'Komdigi',
  kind: 'ministry',
  regionCode: null,
  regionName: null,
});
const oldBps = office(4, {
  name: 'BPS Kerinci (lama)',
  kind: 'agency',
  active: false,
  mergedInto: { id: kerinci.id, name: kerinci.name },
});

interface DirectoryInput {
  q?: string;
  kind?: string;
  status?: string;
}

/** `organizations.directory` filtering like the API: name or short name, kind, active or not. */
function directoryAnswering(all: () => DirectoryOffice[]) {
  const list = query('organizations.directory', (input) => {
    const { q, kind, status = 'active' } = (input ?? {}) as DirectoryInput;
    const items = all().filter(
      (o) =>
        (!q || `${o.name} ${o.shortName ?? ''}`.toLowerCase().includes(q.toLowerCase())) &&
        (!kind || o.kind === kind) &&
        (status === 'all' || o.active === (status === 'active')),
    );
    return { items, nextCursor: null };
  });
  server.use(list.handler, query('regions.list', () => regions).handler);
  return list;
}

describe('the offices page (/instansi)', () => {
  it('lists offices with their kind and region, and filters by kind, status and search in the address', async () => {
    const list = directoryAnswering(() => [kerinci, kerinciTwice, komdigi, oldBps]);
    const { user } = renderApp('/instansi?jenis=ministry');
    const table = await screen.findByRole('table', { name: 'Daftar instansi' });
    expect(inputOf(list.calls, 0)).toMatchObject({ kind: 'ministry', status: 'active', limit: 50 });
    const row = within(table).getByRole('row', { name: /Kementerian Komunikasi dan Digital/ });
    expect(within(row).getByText('Kementerian')).toBeTruthy();
    expect(within(row).getByText('Nasional (tanpa wilayah)')).toBeTruthy();
    // A national office is not the province head's to change: no actions on its row.
    expect(within(row).queryByRole('button')).toBeNull();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Jenis' }), '');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'all');
    await waitFor(() =>
      expect(within(table).getByText('Digabungkan ke Dinas Kominfo Kabupaten Kerinci')).toBeTruthy(),
    );
    expect(inputOf(list.calls, list.calls.length - 1)).toMatchObject({ status: 'all' });
    expect(inputOf(list.calls, list.calls.length - 1).kind).toBeUndefined();

    await user.type(screen.getByRole('searchbox', { name: 'Cari instansi' }), 'komdigi');
    await waitFor(() => expect(list.calls.at(-1)?.input).toMatchObject({ q: 'komdigi', status: 'all' }));
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(2));
  });

  it('is read-only for staff: no add button and no row actions', async () => {
    directoryAnswering(() => [kerinci]);
    server.use(signedInAs('staff'));
    renderApp('/instansi');
    const table = await screen.findByRole('table', { name: 'Daftar instansi' });
    expect(screen.getByText(/Anda dapat melihat direktori/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Tambah instansi' })).toBeNull();
    expect(within(table).queryByRole('button')).toBeNull();
  });

  it('adds an office once, with an idempotency key, and shows it', async () => {
    const offices = [kerinci];
    directoryAnswering(() => offices);
    const create = mutation('organizations.create', (input) => {
      const values = input as { name: string; shortName: string | null; kind: 'agency'; regionCode: null };
      const created = office(9, { ...values, regionName: null });
      offices.push(created);
      return { data: { ...created, active: undefined, mergedInto: undefined, version: undefined } };
    });
    server.use(create.handler);
    const { user } = renderApp('/instansi');
    await user.click(await screen.findByRole('button', { name: 'Tambah instansi' }));
    const form = screen.getByRole('form', { name: 'Tambah instansi' });
    await user.type(
      within(form).getByRole('textbox', { name: /Nama resmi/ }),
      'Badan Pusat Statistik Provinsi Jambi',
    );
    await user.type(within(form).getByRole('textbox', { name: /Singkatan/ }), 'BPS Jambi');
    await user.selectOptions(within(form).getByRole('combobox', { name: /Jenis instansi/ }), 'agency');
    await user.click(within(form).getByRole('button', { name: 'Simpan' }));

    await waitFor(() => expect(create.calls).toHaveLength(1));
    expect(inputOf(create.calls, 0)).toMatchObject({
      name: 'Badan Pusat Statistik Provinsi Jambi',
      shortName: 'BPS Jambi',
      kind: 'agency',
      regionCode: null,
    });
    expect(inputOf(create.calls, 0).idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(await screen.findByText('Badan Pusat Statistik Provinsi Jambi ditambahkan.')).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Daftar instansi' });
    await waitFor(() => expect(within(table).getByText('Badan Pusat Statistik Provinsi Jambi')).toBeTruthy());
  });

  it('merges a duplicate into the office kept, with both versions, after a confirmation', async () => {
    let offices = [kerinci, kerinciTwice];
    const list = directoryAnswering(() => offices);
    const merge = mutation('organizations.merge', () => {
      offices = [kerinci];
      return { data: { kept: kerinci, moved: 7 } };
    });
    server.use(merge.handler);
    const { user } = renderApp('/instansi');
    const table = await screen.findByRole('table', { name: 'Daftar instansi' });
    const row = within(table).getByRole('row', { name: /^Diskominfo Kerinci/ });
    await user.click(within(row).getByRole('button', { name: 'Tindakan: Diskominfo Kerinci' }));
    await user.click(
      await screen.findByRole('menuitem', { name: 'Gabungkan Diskominfo Kerinci dengan data lain' }),
    );

    const dialog = await screen.findByRole('dialog', { name: 'Gabungkan dua data instansi' });
    const keep = within(dialog).getByRole('combobox', { name: /Instansi yang dipertahankan/ });
    await user.type(keep, 'dinas');
    await waitFor(() => expect(list.calls.some((c) => (c.input as DirectoryInput).q === 'dinas')).toBe(true));
    // The duplicate itself is never offered as the office to keep.
    expect(screen.queryByRole('option', { name: /^Diskominfo Kerinci ·/ })).toBeNull();
    await user.click(await screen.findByRole('option', { name: /Dinas Kominfo Kabupaten Kerinci/ }));

    const confirm = await within(dialog).findByRole('group', {
      name: 'Gabungkan Diskominfo Kerinci ke Dinas Kominfo Kabupaten Kerinci?',
    });
    expect(merge.calls).toHaveLength(0);
    await user.click(within(confirm).getByRole('button', { name: 'Ya, gabungkan' }));
    await waitFor(() => expect(merge.calls).toHaveLength(1));
    expect(inputOf(merge.calls, 0)).toEqual({
      keepId: kerinci.id,
      keepVersion: 4,
      duplicateId: kerinciTwice.id,
      duplicateVersion: 2,
    });
    expect(
      await screen.findByText(
        'Diskominfo Kerinci digabungkan ke Dinas Kominfo Kabupaten Kerinci: 7 rujukan dipindahkan.',
      ),
    ).toBeTruthy();
    await waitFor(() => expect(within(table).queryByRole('row', { name: /^Diskominfo Kerinci/ })).toBeNull());
  });

  it('deactivates an office after a question, with the version shown', async () => {
    let offices = [kerinciTwice];
    directoryAnswering(() => offices);
    const setActive = mutation('organizations.setActive', () => {
      offices = [];
      return { data: { ...kerinciTwice, active: false, version: 3 } };
    });
    server.use(setActive.handler);
    const { user } = renderApp('/instansi');
    const table = await screen.findByRole('table', { name: 'Daftar instansi' });
    await user.click(within(table).getByRole('button', { name: 'Tindakan: Diskominfo Kerinci' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Nonaktifkan' }));
    const question = await screen.findByRole('group', { name: 'Nonaktifkan Diskominfo Kerinci?' });
    expect(setActive.calls).toHaveLength(0);
    await user.click(within(question).getByRole('button', { name: 'Nonaktifkan' }));
    await waitFor(() => expect(setActive.calls).toHaveLength(1));
    expect(inputOf(setActive.calls, 0)).toEqual({ id: kerinciTwice.id, version: 2, active: false });
    expect(await screen.findByText('Diskominfo Kerinci dinonaktifkan.')).toBeTruthy();
  });
});
