import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Indicator, IndicatorImportPreview, IndicatorImportRow } from '@tindak/shared';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '../src/api/query-client';
import { AppProviders } from '../src/app-providers';
import { IndicatorExportLinks } from '../src/indicators/import/indicator-export-links';
import { IndicatorImportButton } from '../src/indicators/import/indicator-import-button';
import { useSession } from '../src/session/use-current-user';
import { createI18n } from './create-i18n';
import { server, signedInAs } from './msw-server';
import { API_URL, inputOf, mutation, trpcError } from './trpc-http';

const spbe: Indicator = {
  id: '0b9f3f7e-4a53-4c49-9f0e-0000000000a1',
  name: 'Indeks SPBE',
  description: null,
  unit: 'index',
  direction: 'higher_is_better',
  scaleMin: 0,
  scaleMax: 5,
  bands: [
    { from: 0, to: 1.8, label: 'Kurang', tone: 'bad' },
    { from: 1.8, to: 2.6, label: 'Cukup', tone: 'fair' },
    { from: 2.6, to: 5, label: 'Baik', tone: 'good' },
  ],
  bandsSource: null,
  periodKind: 'year',
  responsibleOffice: {
    id: '0b9f3f7e-4a53-4c49-9f0e-0000000000b1',
    name: 'Diskominfo Provinsi Jambi',
    regionCode: '15',
  },
  active: true,
  version: 1,
};

const row = (rowNumber: number, values: Partial<IndicatorImportRow>): IndicatorImportRow => ({
  rowNumber,
  regionText: '',
  region: null,
  period: '2024',
  value: null,
  predicate: null,
  status: 'new',
  current: null,
  message: null,
  ...values,
});

const rows: IndicatorImportRow[] = [
  row(2, { regionText: 'Kota Jambi', region: { code: '15.71', name: 'Kota Jambi' }, value: 4.27 }),
  row(3, {
    regionText: '15.01 Kabupaten Kerinci',
    region: { code: '15.01', name: 'Kabupaten Kerinci' },
    value: 2.75,
    status: 'changed',
    current: { value: 2.5, predicate: null, version: 3 },
  }),
  row(4, {
    regionText: 'Tanjungjabung Timur',
    region: { code: '15.07', name: 'Kabupaten Tanjung Jabung Timur' },
    predicate: 'Cukup',
  }),
  row(5, { regionText: 'Atlantis', status: 'error', message: 'Wilayah "Atlantis" tidak dikenal.' }),
  row(6, {
    regionText: 'Kabupaten Banyuasin',
    region: { code: '16.07', name: 'Kabupaten Banyuasin' },
    value: 3,
    status: 'outside',
    message: 'Wilayah ini di luar cakupan Anda; nilainya tidak diimpor.',
  }),
];
const preview: IndicatorImportPreview = {
  rows,
  counts: { new: 2, changed: 1, same: 0, error: 1, outside: 1 },
};

function renderComponent(children: React.ReactNode) {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false }, mutations: { retry: false } });
  const user = userEvent.setup();
  render(
    <AppProviders
      i18n={createI18n('id')}
      apiUrl={API_URL}
      batch={false}
      queryClient={queryClient}
      mantineEnv="test"
    >
      <MemoryRouter>{children}</MemoryRouter>
    </AppProviders>,
  );
  return { user };
}

async function openAndUpload(user: ReturnType<typeof userEvent.setup>, csv: string) {
  await user.click(await screen.findByRole('button', { name: 'Impor nilai' }));
  const dialog = await screen.findByRole('dialog', { name: 'Impor nilai Indeks SPBE dari berkas' });
  const input = dialog.querySelector<HTMLInputElement>('input[type="file"]');
  if (!input) throw new Error('no file input');
  await user.upload(input, new File([csv], 'spbe-2024.csv', { type: 'text/csv' }));
  return dialog;
}

/** Shows the role the session answered with. */
function SignedInRole() {
  const role = useSession().data?.user?.role;
  return role ? <span>{`peran: ${role}`}</span> : null;
}

const csv = 'kode_wilayah;wilayah;periode;nilai;predikat\n;Kota Jambi;2024;4,27;\n';

describe('indicator import', () => {
  it('previews the counts and every row’s status, then applies the rows seen with their versions', async () => {
    const previewCall = mutation('indicatorImport.previewFile', () => ({ data: preview }));
    const apply = mutation('indicatorImport.applyFile', () => ({
      data: { recorded: 3, skipped: 0, counts: preview.counts },
    }));
    server.use(previewCall.handler, apply.handler);
    const { user } = renderComponent(<IndicatorImportButton indicator={spbe} />);
    const dialog = await openAndUpload(user, csv);

    const table = await within(dialog).findByRole('table', { name: 'Pratinjau impor nilai' });
    expect(inputOf(previewCall.calls, 0)).toEqual({
      indicatorId: spbe.id,
      fileName: 'spbe-2024.csv',
      contentBase64: Buffer.from(csv).toString('base64'),
    });
    expect(
      within(dialog).getByText('2 baru · 1 diubah · 0 sama · 1 galat · 1 di luar wilayah Anda'),
    ).toBeTruthy();
    const cells = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      );
    expect(cells.map((c) => c.slice(1, 5))).toEqual([
      ['Kota Jambi', '2024', '4,27', 'Baru'],
      ['Kabupaten Kerinci15.01 Kabupaten Kerinci', '2024', '2,75', 'Diubah2,5 → 2,75'],
      ['Kabupaten Tanjung Jabung TimurTanjungjabung Timur', '2024', 'Cukup', 'Baru'],
      ['Atlantis', '2024', '—', 'GalatWilayah "Atlantis" tidak dikenal.'],
      [
        'Kabupaten Banyuasin',
        '2024',
        '3',
        'Di luar wilayahWilayah ini di luar cakupan Anda; nilainya tidak diimpor.',
      ],
    ]);

    await user.click(within(dialog).getByRole('button', { name: 'Impor 3 nilai' }));
    await waitFor(() => expect(apply.calls).toHaveLength(1));
    const sent = inputOf(apply.calls, 0);
    expect(sent).toMatchObject({
      indicatorId: spbe.id,
      fileName: 'spbe-2024.csv',
      rows: [
        { rowNumber: 2, version: null },
        { rowNumber: 3, version: 3 },
        { rowNumber: 4, version: null },
      ],
    });
    expect(sent.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(
      await within(dialog).findByText(
        '3 nilai tercatat (2 baru, 1 diubah); 0 sudah sama, 1 galat, 1 di luar wilayah.',
      ),
    ).toBeTruthy();
  });

  it('says when a value moved since the preview, and shows the preview again as it stands', async () => {
    const fresh = {
      ...preview,
      rows: preview.rows.slice(0, 1),
      counts: { ...preview.counts, new: 1, changed: 0 },
    };
    const previewCall = mutation('indicatorImport.previewFile', (_input, i) => ({
      data: i === 0 ? preview : fresh,
    }));
    const stale =
      'Nilai Kabupaten Kerinci (2024) sudah diubah orang lain sejak pratinjau; pratinjau ulang berkasnya sebelum mengimpor. Tidak ada yang tersimpan.';
    const apply = mutation('indicatorImport.applyFile', () =>
      trpcError('CONFLICT', 'indicatorImport.applyFile', stale),
    );
    server.use(previewCall.handler, apply.handler);
    const { user } = renderComponent(<IndicatorImportButton indicator={spbe} />);
    const dialog = await openAndUpload(user, csv);
    await user.click(await within(dialog).findByRole('button', { name: 'Impor 3 nilai' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe(stale);
    await waitFor(() => expect(previewCall.calls).toHaveLength(2));
    expect(await within(dialog).findByRole('button', { name: 'Impor 1 nilai' })).toBeTruthy();
    expect(inputOf(previewCall.calls, 1)).toEqual(inputOf(previewCall.calls, 0));
  });

  it('offers a template and a period for rows without one; hidden from staff', async () => {
    const previewCall = mutation('indicatorImport.previewFile', () => ({ data: preview }));
    server.use(previewCall.handler);
    const { user } = renderComponent(<IndicatorImportButton indicator={spbe} />);
    await user.click(await screen.findByRole('button', { name: 'Impor nilai' }));
    const dialog = await screen.findByRole('dialog');
    const template = within(dialog).getByRole('link', { name: 'Unduh templat CSV nilai' });
    expect(template.getAttribute('download')).toBe('templat-nilai-indikator.csv');
    expect(decodeURIComponent(template.getAttribute('href') ?? '')).toContain(
      'kode_wilayah;wilayah;periode;nilai;predikat\r\n15.01;Kabupaten Kerinci;2025;3,45;\r\n15.71;Kota Jambi;2025;;Kurang',
    );
    await user.type(
      within(dialog).getByRole('textbox', { name: /Periode untuk baris tanpa periode/ }),
      '2024',
    );
    const input = dialog.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('no file input');
    await user.upload(input, new File([csv], 'spbe.csv', { type: 'text/csv' }));
    await waitFor(() => expect(previewCall.calls).toHaveLength(1));
    expect(inputOf(previewCall.calls, 0).period).toBe('2024');
  });

  it('is not offered to staff', async () => {
    server.use(signedInAs('staff'));
    renderComponent(
      <>
        <SignedInRole />
        <IndicatorImportButton indicator={spbe} />
        <IndicatorExportLinks indicatorId={spbe.id} period="2024" parentRegionCode="15" />
      </>,
    );
    const excel = await screen.findByRole('link', { name: 'Unduh Excel' });
    expect(excel.getAttribute('href')).toBe(
      `/api/ekspor/indikator.xlsx?indicatorId=${spbe.id}&period=2024&parentRegionCode=15`,
    );
    // Once the session has loaded, so the button is left out for the role, not for want of a user.
    expect(await screen.findByText('peran: staff')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Impor nilai' })).toBeNull();
  });
});
