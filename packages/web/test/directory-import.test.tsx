import { screen, waitFor, within } from '@testing-library/react';
import type { DirectoryImportPreview, DirectoryImportRow } from '@tindak/shared';
import { describe, expect, it } from 'vitest';
import { regions } from './fixtures';
import { server, signedInAs } from './msw-server';
import { renderApp } from './render-app';
import { inputOf, mutation, query } from './trpc-http';

const bungo = {
  id: '0b9f3f7e-4a53-4c49-9f0e-000000000001',
  name: 'Diskominfo Kabupaten Bungo',
  detail: 'Kabupaten Bungo',
};
const blank = {
  reason: null,
  existing: null,
  changes: [],
  suggestions: [],
  office: null,
  officeSuggestions: [],
};

const updated: DirectoryImportRow = {
  ...blank,
  rowNumber: 2,
  name: 'Diskominfo Kab. Bungo',
  cells: { kind: 'Diskominfo', region: 'Bungo', shortName: 'DKB' },
  outcome: 'update',
  existing: bungo,
  changes: [{ field: 'shortName', from: 'Kominfo Bungo', to: 'DKB' }],
};
const fresh: DirectoryImportRow = {
  ...blank,
  rowNumber: 3,
  name: 'Bappeda Kabupaten Kerinci',
  cells: { kind: 'OPD', region: '15.01', shortName: '' },
  outcome: 'new',
};
const broken: DirectoryImportRow = {
  ...blank,
  rowNumber: 4,
  name: 'Dinas Pendidikan',
  cells: { kind: '', region: 'Atlantis', shortName: '' },
  outcome: 'error',
  reason: 'Wilayah "Atlantis" tidak dikenal.',
};

function previewOf(rows: DirectoryImportRow[]): DirectoryImportPreview {
  const counts = { new: 0, update: 0, unchanged: 0, skip: 0, error: 0 };
  for (const row of rows) counts[row.outcome]++;
  return { kind: 'offices', rows, counts };
}

function officesPage() {
  const list = query('organizations.directory', () => ({ items: [], nextCursor: null }));
  server.use(list.handler, query('regions.list', () => regions).handler);
  return list;
}

async function openImport(user: ReturnType<typeof renderApp>['user']) {
  await user.click(await screen.findByRole('button', { name: 'Impor' }));
  return screen.findByRole('dialog', { name: 'Impor instansi dari berkas' });
}

describe('directory import on the offices page', () => {
  it('previews the file row by row, takes a per-row choice, and imports once with a key', async () => {
    const list = officesPage();
    const previews = [
      previewOf([updated, fresh, broken]),
      previewOf([updated, { ...fresh, outcome: 'skip' }, broken]),
    ];
    const preview = mutation('directoryImport.previewFile', (_input, i) => ({
      data: previews[Math.min(i, previews.length - 1)],
    }));
    const apply = mutation('directoryImport.applyFile', () => ({
      data: {
        kind: 'offices',
        created: 0,
        updated: 1,
        unchanged: 0,
        skipped: 1,
        errors: 1,
        createdOffices: 0,
      },
    }));
    server.use(preview.handler, apply.handler);
    const { user } = renderApp('/instansi');
    const dialog = await openImport(user);

    const csv = 'Nama;Jenis;Wilayah;Singkatan\nDiskominfo Kab. Bungo;Diskominfo;Bungo;DKB\n';
    const input = dialog.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('no file input');
    await user.upload(input, new File([csv], 'instansi.csv', { type: 'text/csv' }));

    const table = await within(dialog).findByRole('table', { name: 'Pratinjau impor' });
    expect(inputOf(preview.calls, 0)).toEqual({
      kind: 'offices',
      content: Buffer.from(csv).toString('base64'),
    });
    expect(
      within(dialog).getByText('1 baru · 1 diperbarui · 0 sudah ada · 0 dilewati · 1 galat'),
    ).toBeTruthy();
    const results = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => within(r).getAllByRole('cell')[2]?.textContent);
    expect(results).toEqual([
      'DiperbaruiCocok dengan Diskominfo Kabupaten Bungo (Kabupaten Bungo)Singkatan: Kominfo Bungo → DKB',
      'Baru',
      'GalatWilayah "Atlantis" tidak dikenal.',
    ]);
    // A row in error needs a corrected file, not a choice.
    expect(within(table).queryByRole('combobox', { name: 'Pilihan untuk baris 4' })).toBeNull();

    await user.selectOptions(within(table).getByRole('combobox', { name: 'Pilihan untuk baris 3' }), 'skip');
    await waitFor(() => expect(preview.calls).toHaveLength(2));
    expect(inputOf(preview.calls, 1).choices).toEqual([{ rowNumber: 3, action: 'skip' }]);
    await waitFor(() => expect(within(table).getAllByText('Dilewati').length).toBeGreaterThan(0));

    await user.click(within(dialog).getByRole('button', { name: 'Impor 1 baris' }));
    await waitFor(() => expect(apply.calls).toHaveLength(1));
    const sent = inputOf(apply.calls, 0);
    expect(sent).toMatchObject({
      kind: 'offices',
      content: Buffer.from(csv).toString('base64'),
      choices: [{ rowNumber: 3, action: 'skip' }],
    });
    expect(sent.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(
      await within(dialog).findByText(
        '0 dibuat, 1 diperbarui, 0 sudah ada, 1 dilewati, 1 galat; 0 instansi baru.',
      ),
    ).toBeTruthy();
    await waitFor(() => expect(list.calls.length).toBeGreaterThan(1));
  });

  it('offers a template to fill in, and says what is wrong with an unreadable file', async () => {
    officesPage();
    const preview = mutation('directoryImport.previewFile', () => ({
      error: {
        message: 'Berkas tidak dapat dibaca: unggah CSV (dipisah ; atau ,) atau XLSX.',
        code: -32600,
        data: { code: 'BAD_REQUEST', httpStatus: 400, path: 'directoryImport.previewFile' },
      },
    }));
    server.use(preview.handler);
    const { user } = renderApp('/instansi');
    const dialog = await openImport(user);
    const template = within(dialog).getByRole('link', { name: 'Unduh templat CSV instansi' });
    expect(template.getAttribute('download')).toBe('templat-instansi.csv');
    expect(decodeURIComponent(template.getAttribute('href') ?? '')).toContain(
      'Nama;Jenis;Kode wilayah;Singkatan',
    );

    const input = dialog.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('no file input');
    await user.upload(input, new File(['\u0000\u0001'], 'rusak.csv', { type: 'text/csv' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe(
      'Berkas tidak dapat dibaca: unggah CSV (dipisah ; atau ,) atau XLSX.',
    );
    expect(within(dialog).queryByRole('table')).toBeNull();
  });

  it('is not offered to staff', async () => {
    officesPage();
    server.use(signedInAs('staff'));
    renderApp('/instansi');
    await screen.findByText(/Anda dapat melihat direktori/);
    expect(screen.queryByRole('button', { name: 'Impor' })).toBeNull();
  });
});
