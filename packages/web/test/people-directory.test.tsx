import { screen, waitFor, within } from '@testing-library/react';
import type { DirectoryPerson, PersonGetOutput } from '@tindak/shared';
import { describe, expect, it } from 'vitest';
import { diskominfoJambi, organizations, regions } from './fixtures';
import { server, signedInAs } from './msw-server';
import { renderApp } from './render-app';
import { inputOf, mutation, query, trpcError } from './trpc-http';

const person = (n: number, values: Partial<DirectoryPerson>): DirectoryPerson => ({
  id: `6c1f0a4e-2b7d-4f3a-9e51-${String(n).padStart(12, '0')}`,
  fullName: `Orang ${n}`,
  position: null,
  nip: null,
  organization: { id: diskominfoJambi.id, name: diskominfoJambi.name },
  region: { code: '15', name: 'Provinsi Jambi' },
  userId: null,
  mergedInto: null,
  version: 1,
  ...values,
});

const nuraini = person(1, {
  fullName: "Dra. Nur'aini, M.Si.",
  position: 'Kepala Bidang Aptika',
  nip: '198703152010011004',
  version: 3,
});
const nurainiTwice = person(2, { fullName: 'Nuraini', version: 2 });
const rudi = person(3, {
  fullName: 'Rudi Hartono',
  organization: null,
  region: null,
  userId: '00000000-0000-4000-8000-0000000000cc',
});
const oldRecord = person(4, {
  fullName: 'Nur Aini (lama)',
  mergedInto: { id: nuraini.id, fullName: nuraini.fullName },
});

interface DirectoryInput {
  q?: string;
  status?: string;
}

/** `people.directory` filtering roughly like the API: name without titles, merged or not. */
function directoryAnswering(all: () => DirectoryPerson[]) {
  const fold = (text: string) => text.toLowerCase().replace(/[^a-z]/g, '');
  const list = query('people.directory', (input) => {
    const { q, status = 'active' } = (input ?? {}) as DirectoryInput;
    const items = all().filter(
      (p) =>
        (!q || fold(p.fullName).includes(fold(q))) &&
        (status === 'all' || (p.mergedInto === null) === (status === 'active')),
    );
    return { items, nextCursor: null };
  });
  server.use(
    list.handler,
    query('regions.list', () => regions).handler,
    query('organizations.list', () => organizations).handler,
  );
  return list;
}

describe('the people page (/orang)', () => {
  it('lists people with office and region, searches by name without titles, and shows merged records on request', async () => {
    const list = directoryAnswering(() => [nuraini, nurainiTwice, rudi, oldRecord]);
    const { user } = renderApp('/orang?cari=nuraini');
    const table = await screen.findByRole('table', { name: 'Daftar orang' });
    expect(inputOf(list.calls, 0)).toMatchObject({ q: 'nuraini', status: 'active', limit: 50 });
    const row = within(table).getByRole('row', { name: /Dra\. Nur'aini/ });
    expect(within(row).getByRole('link', { name: "Dra. Nur'aini, M.Si." }).getAttribute('href')).toBe(
      `/orang/${nuraini.id}`,
    );
    expect(within(row).getByText('Kepala Bidang Aptika')).toBeTruthy();
    expect(within(row).getByText('NIP 198703152010011004')).toBeTruthy();
    expect(within(row).getByText('Provinsi Jambi')).toBeTruthy();

    await user.clear(screen.getByRole('searchbox', { name: 'Cari orang' }));
    await waitFor(() => expect(list.calls.at(-1)?.input).not.toHaveProperty('q'));
    const rudiRow = await within(table).findByRole('row', { name: /Rudi Hartono/ });
    expect(within(rudiRow).getByText('Punya akun')).toBeTruthy();
    expect(within(rudiRow).getByText('Tanpa instansi')).toBeTruthy();
    // Rudi has no office: like a national office, he is not a province head's to change.
    expect(within(rudiRow).queryByRole('button')).toBeNull();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'all');
    await waitFor(() => expect(within(table).getByText(`Digabungkan ke ${nuraini.fullName}`)).toBeTruthy());
    expect(inputOf(list.calls, list.calls.length - 1)).toMatchObject({ status: 'all' });
  });

  it('is read-only for viewers: a sentence saying so, no add button and no row actions', async () => {
    directoryAnswering(() => [nuraini]);
    server.use(signedInAs('viewer'));
    renderApp('/orang');
    const table = await screen.findByRole('table', { name: 'Daftar orang' });
    expect(screen.getByText(/Anda dapat melihat direktori orang/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Tambah orang' })).toBeNull();
    expect(within(table).queryByRole('button')).toBeNull();
  });

  it('opens the directory import for people, which reads the file as people', async () => {
    directoryAnswering(() => [nuraini]);
    const preview = mutation('directoryImport.previewFile', () => ({
      data: { kind: 'people', rows: [], counts: { new: 0, update: 0, unchanged: 0, skip: 0, error: 0 } },
    }));
    server.use(preview.handler);
    const { user } = renderApp('/orang');
    await user.click(await screen.findByRole('button', { name: 'Impor' }));
    const dialog = await screen.findByRole('dialog', { name: 'Impor orang dari berkas' });
    const input = dialog.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('no file input');
    await user.upload(input, new File(['Nama;Jabatan;Instansi\n'], 'orang.csv', { type: 'text/csv' }));
    await waitFor(() => expect(preview.calls).toHaveLength(1));
    expect(inputOf(preview.calls, 0)).toMatchObject({ kind: 'people' });
  });

  it('offers no import to viewers', async () => {
    directoryAnswering(() => [nuraini]);
    server.use(signedInAs('viewer'));
    renderApp('/orang');
    await screen.findByRole('table', { name: 'Daftar orang' });
    expect(screen.queryByRole('button', { name: 'Impor' })).toBeNull();
  });

  it('edits a person with the version shown, the NIP included for one who may see it', async () => {
    directoryAnswering(() => [nuraini]);
    const update = mutation('people.update', (input) => ({
      data: { ...nuraini, ...(input as object), version: 4 },
    }));
    server.use(update.handler);
    const { user } = renderApp('/orang');
    const table = await screen.findByRole('table', { name: 'Daftar orang' });
    await user.click(within(table).getByRole('button', { name: `Ubah ${nuraini.fullName}` }));
    const form = await screen.findByRole('form', { name: 'Ubah data orang' });
    const position = within(form).getByRole('textbox', { name: /Jabatan/ });
    await user.clear(position);
    await user.type(position, 'Sekretaris Dinas');
    await user.click(within(form).getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(update.calls).toHaveLength(1));
    expect(inputOf(update.calls, 0)).toEqual({
      id: nuraini.id,
      version: 3,
      fullName: nuraini.fullName,
      position: 'Sekretaris Dinas',
      organizationId: diskominfoJambi.id,
      nip: '198703152010011004',
    });
    expect(await screen.findByText(`${nuraini.fullName} tersimpan.`)).toBeTruthy();
  });

  it('merges a duplicate into the person kept, with both versions, after a confirmation', async () => {
    const list = directoryAnswering(() => [nuraini, nurainiTwice]);
    const merge = mutation('people.merge', () => ({ data: { kept: nuraini, moved: 5 } }));
    server.use(merge.handler);
    const { user } = renderApp('/orang');
    const table = await screen.findByRole('table', { name: 'Daftar orang' });
    await user.click(within(table).getByRole('button', { name: 'Tindakan: Nuraini' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Gabungkan Nuraini dengan data lain' }));

    const dialog = await screen.findByRole('dialog', { name: 'Gabungkan dua data orang' });
    const keep = within(dialog).getByRole('combobox', { name: /Orang yang dipertahankan/ });
    await user.type(keep, 'nur');
    await waitFor(() => expect(list.calls.some((c) => (c.input as DirectoryInput).q === 'nur')).toBe(true));
    // The duplicate itself is never offered as the person to keep.
    expect(screen.queryByRole('option', { name: /^Nuraini ·/ })).toBeNull();
    await user.click(await screen.findByRole('option', { name: /Dra\. Nur'aini/ }));

    const confirm = await within(dialog).findByRole('group', {
      name: `Gabungkan Nuraini ke ${nuraini.fullName}?`,
    });
    expect(merge.calls).toHaveLength(0);
    await user.click(within(confirm).getByRole('button', { name: 'Ya, gabungkan' }));
    await waitFor(() => expect(merge.calls).toHaveLength(1));
    expect(inputOf(merge.calls, 0)).toEqual({
      keepId: nuraini.id,
      keepVersion: 3,
      duplicateId: nurainiTwice.id,
      duplicateVersion: 2,
    });
    expect(
      await screen.findByText(`Nuraini digabungkan ke ${nuraini.fullName}: 5 rujukan dipindahkan.`),
    ).toBeTruthy();
  });
  it("shows the server's refusal to merge two people who both have an account, and merges nothing", async () => {
    const withAccount = { ...nurainiTwice, userId: '00000000-0000-4000-8000-0000000000dd' };
    directoryAnswering(() => [rudi, withAccount]);
    const refusal =
      'Kedua orang ini sama-sama memiliki akun, dan dua akun tidak dapat menjadi satu orang. Biarkan kedua data ini terpisah.';
    const merge = mutation('people.merge', () => trpcError('BAD_REQUEST', 'people.merge', refusal));
    server.use(merge.handler, signedInAs('admin'));
    const { user } = renderApp('/orang');
    const table = await screen.findByRole('table', { name: 'Daftar orang' });
    await user.click(within(table).getByRole('button', { name: 'Tindakan: Nuraini' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Gabungkan Nuraini dengan data lain' }));
    const dialog = await screen.findByRole('dialog', { name: 'Gabungkan dua data orang' });
    await user.click(within(dialog).getByRole('combobox', { name: /Orang yang dipertahankan/ }));
    await user.click(await screen.findByRole('option', { name: /Rudi Hartono/ }));
    const confirm = await within(dialog).findByRole('group', { name: 'Gabungkan Nuraini ke Rudi Hartono?' });
    await user.click(within(confirm).getByRole('button', { name: 'Ya, gabungkan' }));
    expect(await within(dialog).findByText('Data orang belum digabungkan')).toBeTruthy();
    expect(within(dialog).getByText(refusal)).toBeTruthy();
    expect(merge.calls).toHaveLength(1);
  });
});

describe("a person's page (/orang/:personId)", () => {
  const page: PersonGetOutput = {
    person: nuraini,
    meetings: [
      {
        meetingId: '7d2e1b5f-3c8e-4a4b-8f62-000000000001',
        title: 'Rakornis Kominfo 2025',
        startsAt: '2025-11-03T02:00:00.000Z',
        status: 'held',
        role: 'speaker',
        attendance: 'present',
      },
    ],
    items: [
      {
        id: '8e3f2c6a-4d9f-4b5c-9a73-000000000001',
        title: 'Data menara telekomunikasi',
        status: 'in_progress',
        dueOn: '2026-06-30',
      },
    ],
  };

  it('shows who they are, and links to their meetings and items with their status', async () => {
    const get = query('people.get', () => page);
    server.use(get.handler, query('organizations.list', () => organizations).handler);
    renderApp(`/orang/${nuraini.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: nuraini.fullName })).toBeTruthy();
    expect(inputOf(get.calls, 0)).toEqual({ id: nuraini.id });
    const meetings = screen.getByRole('region', { name: 'Rapat' });
    expect(within(meetings).getByRole('link', { name: 'Rakornis Kominfo 2025' }).getAttribute('href')).toBe(
      '/rapat/7d2e1b5f-3c8e-4a4b-8f62-000000000001',
    );
    expect(within(meetings).getByText(/Pembicara · Hadir/)).toBeTruthy();
    const items = screen.getByRole('region', { name: 'Tindak lanjut' });
    expect(within(items).getByRole('link', { name: 'Data menara telekomunikasi' }).getAttribute('href')).toBe(
      '/tindak-lanjut/8e3f2c6a-4d9f-4b5c-9a73-000000000001',
    );
    expect(within(items).getByText('Sedang dikerjakan')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ubah' })).toBeTruthy();
  });

  it('offers no edit to staff, and says where a merged record went', async () => {
    const merged = { ...page, person: oldRecord, meetings: [], items: [] };
    server.use(query('people.get', () => merged).handler, signedInAs('staff'));
    renderApp(`/orang/${oldRecord.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: oldRecord.fullName })).toBeTruthy();
    expect(screen.getByRole('link', { name: `Buka ${nuraini.fullName}` }).getAttribute('href')).toBe(
      `/orang/${nuraini.id}`,
    );
    expect(screen.queryByRole('button', { name: 'Ubah' })).toBeNull();
    expect(screen.getByText('Belum ada rapat yang dapat Anda lihat.')).toBeTruthy();
  });
});
