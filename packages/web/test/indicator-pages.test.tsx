import { screen, waitFor, within } from '@testing-library/react';
import type {
  Indicator,
  IndicatorRankingOutput,
  IndicatorRankingRow,
  IndicatorSummary,
  IndicatorValue,
} from '@tindak/shared';
import { describe, expect, it } from 'vitest';
import { spbeScale } from '../src/indicators/spbe-scale';
import { diskominfoJambi, organizations, regions } from './fixtures';
import { server, signedInAs, signedInUser } from './msw-server';
import { renderApp } from './render-app';
import { inputOf, mutation, query, trpcError } from './trpc-http';

const spbe: Indicator = {
  id: '7a1c0000-0000-4000-8000-000000000001',
  name: 'Indeks SPBE',
  description: 'Indeks kematangan SPBE pemerintah daerah.',
  unit: 'index',
  direction: 'higher_is_better',
  ...spbeScale,
  periodKind: 'year',
  responsibleOffice: { id: diskominfoJambi.id, name: diskominfoJambi.name, regionCode: '15' },
  active: true,
  version: 2,
};

const spbeSummary: IndicatorSummary = { ...spbe, latestPeriod: '2024', regionsWithValue: 11, offTarget: 3 };

const baik = spbeScale.bands[2] ?? null;

function recordedValue(code: string, name: string, value: number, version: number): IndicatorValue {
  return {
    id: `7a1c0000-0000-4000-8000-0000000001${version}0`,
    indicatorId: spbe.id,
    region: { code, name, kind: code.includes('.') ? 'regency' : 'province' },
    period: '2026',
    value,
    predicate: null,
    band: baik,
    source: { kind: 'note', meeting: null, actionItem: null, fileId: null, note: 'Forum 2024' },
    recordedBy: 'Kadis',
    recordedAt: '2026-03-01T02:00:00.000Z',
    version,
  };
}

function row(code: string, name: string, extra: Partial<IndicatorRankingRow> = {}): IndicatorRankingRow {
  return {
    region: { code, name, kind: code.includes('.') ? 'regency' : 'province' },
    rank: null,
    value: null,
    target: null,
    meetsTarget: null,
    previousValue: null,
    previousPredicate: null,
    change: null,
    openWork: 0,
    ...extra,
  };
}

/** The province's value is 3,31 (version 2); Kerinci has a 2027 target of 2,6 (version 4). */
const ranking: IndicatorRankingOutput = {
  indicator: spbe,
  period: '2026',
  previousPeriod: '2025',
  periods: ['2026'],
  rows: [
    row('15', 'Provinsi Jambi', { rank: 1, value: recordedValue('15', 'Provinsi Jambi', 3.31, 2) }),
    row('15.01', 'Kabupaten Kerinci', {
      target: { indicatorId: spbe.id, regionCode: '15.01', period: '2027', target: 2.6, version: 4 },
    }),
    row('15.71', 'Kota Jambi'),
  ],
};

function indicatorServer() {
  server.use(
    query('indicators.get', () => ({ indicator: spbe, periods: ['2026'] })).handler,
    query('indicators.ranking', () => ranking).handler,
    query('regions.list', () => regions).handler,
    query('organizations.list', () => organizations).handler,
    query('meetings.list', () => ({ items: [], nextCursor: null })).handler,
  );
}

describe('the indicator list (/indikator)', () => {
  it('lists the indicators with their unit, period, keeper and how the latest period stands', async () => {
    const list = query('indicators.list', () => ({ items: [spbeSummary] }));
    server.use(list.handler);
    renderApp('/indikator?cari=spbe');
    const table = await screen.findByRole('table', { name: 'Daftar indikator' });
    const spbeRow = within(table).getByRole('row', { name: /Indeks SPBE/ });
    expect(within(spbeRow).getByText('Tahunan')).toBeTruthy();
    expect(within(spbeRow).getByText(diskominfoJambi.name)).toBeTruthy();
    expect(within(spbeRow).getByText('2024')).toBeTruthy();
    expect(within(spbeRow).getByText('11 wilayah · 3 di bawah target')).toBeTruthy();
    expect(within(spbeRow).getByRole('link', { name: 'Buka indikator Indeks SPBE' })).toBeTruthy();
    expect(inputOf(list.calls, 0)).toMatchObject({ q: 'spbe' });
    expect((screen.getByRole('searchbox', { name: 'Cari indikator' }) as HTMLInputElement).value).toBe(
      'spbe',
    );
  });

  it('says so when there is no indicator yet', async () => {
    renderApp('/indikator');
    expect(await screen.findByText('Belum ada indikator')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Indikator baru' })).toBeTruthy();
  });

  it('defines an indicator with the SPBE scale filled in one click', async () => {
    indicatorServer();
    const define = mutation('indicators.define', () => ({ data: spbe }));
    server.use(define.handler);
    const { user } = renderApp('/indikator');
    await user.click(await screen.findByRole('button', { name: 'Indikator baru' }));
    const form = screen.getByRole('form', { name: 'Indikator baru' });
    await user.type(within(form).getByRole('textbox', { name: /Nama indikator/ }), 'Indeks SPBE');
    await user.click(within(form).getByRole('button', { name: 'Pakai skala SPBE' }));
    expect(within(form).getAllByRole('group', { name: /Kategori \d/ })).toHaveLength(5);
    await user.click(within(form).getByRole('button', { name: 'Simpan' }));

    await waitFor(() => expect(define.calls).toHaveLength(1));
    expect(inputOf(define.calls, 0)).toMatchObject({
      name: 'Indeks SPBE',
      unit: 'index',
      direction: 'higher_is_better',
      periodKind: 'year',
      responsibleOrganizationId: signedInUser.organization.id,
      scaleMin: 1,
      scaleMax: 5,
      bands: spbeScale.bands,
      bandsSource: spbeScale.bandsSource,
    });
    // The new indicator opens on its own page.
    expect(await screen.findByRole('heading', { level: 1, name: 'Indeks SPBE' })).toBeTruthy();
  });
});

describe('the indicator page (/indikator/:id)', () => {
  it('shows the scale as coloured bands with their source', async () => {
    indicatorServer();
    renderApp(`/indikator/${spbe.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Indeks SPBE' })).toBeTruthy();
    expect(screen.getByText('Makin tinggi makin baik')).toBeTruthy();
    const bands = screen.getByRole('region', { name: 'Kategori nilai' });
    expect(within(bands).getByText('Skala 1–5')).toBeTruthy();
    expect(within(bands).getByText('Sangat Baik')).toBeTruthy();
    expect(within(bands).getByText('2,6–3,5')).toBeTruthy();
    expect(within(bands).getByText(/Peraturan Menteri PANRB Nomor 59 Tahun 2020/)).toBeTruthy();
  });

  it('records a value replacing the one there with its version, and shows the API field error', async () => {
    indicatorServer();
    const record = mutation('indicators.recordValue', () =>
      trpcError('BAD_REQUEST', 'indicators.recordValue', 'Periode tidak sah.', {
        issues: [{ path: 'period', message: 'Periode tidak sah: tulis tahun (2025).' }],
      }),
    );
    server.use(record.handler);
    const { user } = renderApp(`/indikator/${spbe.id}`);
    await user.click(await screen.findByRole('button', { name: 'Catat nilai' }));
    const form = await screen.findByRole('form', { name: 'Catat nilai' });
    expect(await within(form).findByText('Menggantikan nilai 3,31 (Baik)')).toBeTruthy();
    await user.type(within(form).getByRole('textbox', { name: /^Nilai/ }), '3,4');
    await user.selectOptions(within(form).getByRole('combobox', { name: /Sumber/ }), 'note');
    await user.type(within(form).getByRole('textbox', { name: /Catatan/ }), 'Hasil evaluasi SPBE 2026');
    await user.click(within(form).getByRole('button', { name: 'Catat' }));

    await waitFor(() => expect(record.calls).toHaveLength(1));
    expect(inputOf(record.calls, 0)).toMatchObject({
      indicatorId: spbe.id,
      regionCode: '15',
      value: 3.4,
      version: 2,
      source: { kind: 'note', note: 'Hasil evaluasi SPBE 2026' },
    });
    expect(await within(form).findByText('Periode tidak sah: tulis tahun (2025).')).toBeTruthy();
  });

  it('sets one target for all regencies and cities, each with the version of its current target', async () => {
    indicatorServer();
    const setTargets = mutation('indicators.setTargets', () => ({ data: { targets: [] } }));
    server.use(setTargets.handler);
    const { user } = renderApp(`/indikator/${spbe.id}`);
    await user.click(await screen.findByRole('button', { name: 'Tetapkan target' }));
    const form = await screen.findByRole('form', { name: 'Tetapkan target' });
    expect(await within(form).findByText('target sekarang 2,6')).toBeTruthy();
    await user.clear(within(form).getByRole('textbox', { name: /Periode/ }));
    await user.type(within(form).getByRole('textbox', { name: /Periode/ }), '2027');
    await user.type(within(form).getByRole('textbox', { name: /^Target/ }), '2,6');
    await user.click(within(form).getByRole('checkbox', { name: 'Semua kabupaten/kota' }));
    await user.click(within(form).getByRole('button', { name: 'Tetapkan' }));

    await waitFor(() => expect(setTargets.calls).toHaveLength(1));
    expect(inputOf(setTargets.calls, 0)).toEqual({
      indicatorId: spbe.id,
      period: '2027',
      target: 2.6,
      regions: [
        { code: '15.01', version: 4 },
        { code: '15.71', version: null },
      ],
    });
  });

  it("opens a region's value history from its ranking row", async () => {
    indicatorServer();
    const history = query('indicators.valueHistory', () => ({
      entries: [
        {
          eventId: 41,
          occurredAt: '2026-03-01T02:00:00.000Z',
          actorName: 'Drs. Ariansyah, M.E.',
          value: 3.31,
          predicate: null,
          source: { kind: 'note', meeting: null, actionItem: null, fileId: null, note: 'Forum 2024' },
        },
      ],
    }));
    server.use(history.handler);
    const { user } = renderApp(`/indikator/${spbe.id}`);
    const [button] = await screen.findAllByRole('button', { name: 'Riwayat nilai Provinsi Jambi' });
    await user.click(button as HTMLElement);
    const dialog = await screen.findByRole('dialog', { name: 'Riwayat nilai Provinsi Jambi, 2026' });
    expect(await within(dialog).findByText('3,31')).toBeTruthy();
    expect(within(dialog).getByText(/oleh Drs\. Ariansyah, M\.E\. · Catatan · Forum 2024/)).toBeTruthy();
    expect(inputOf(history.calls, 0)).toEqual({ indicatorId: spbe.id, regionCode: '15', period: '2026' });
  });

  it('offers a viewer no actions', async () => {
    indicatorServer();
    server.use(signedInAs('viewer'), query('indicators.list', () => ({ items: [spbeSummary] })).handler);
    const { user } = renderApp(`/indikator/${spbe.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Indeks SPBE' })).toBeTruthy();
    for (const name of ['Ubah', 'Catat nilai', 'Tetapkan target']) {
      expect(screen.queryByRole('button', { name })).toBeNull();
    }
    // Back to the list through the breadcrumb (the menu's "Wilayah" section holds the indicators too).
    await user.click(screen.getByRole('link', { name: 'Indikator' }));
    expect(await screen.findByRole('table', { name: 'Daftar indikator' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Indikator baru' })).toBeNull();
  });
});
