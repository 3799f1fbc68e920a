import {
  bandNamed,
  bandOf,
  type Indicator,
  type IndicatorRankingOutput,
  type IndicatorRankingRow,
  type IndicatorRegionSeriesOutput,
  type IndicatorSummary,
} from '@tindak/shared';
import { spbeScale } from '../src/indicators/spbe-scale';

const band = (label: string) => bandNamed(spbeScale.bands, label);

export const spbe: Indicator = {
  id: '7a1d0000-0000-4000-8000-000000000001',
  name: 'Indeks SPBE',
  description: null,
  unit: 'index',
  direction: 'higher_is_better',
  ...spbeScale,
  periodKind: 'year',
  responsibleOffice: {
    id: '00000000-0000-4000-8000-0000000000bb',
    name: 'Diskominfo Provinsi Jambi',
    regionCode: '15',
  },
  active: true,
  version: 1,
};

export const blankSpots: Indicator = {
  ...spbe,
  id: '7a1d0000-0000-4000-8000-000000000002',
  name: 'Desa blank spot',
  unit: 'villages',
  direction: 'lower_is_better',
  scaleMin: null,
  scaleMax: null,
  bands: [],
  bandsSource: null,
};

export const summaryOf = (indicator: Indicator): IndicatorSummary => ({
  ...indicator,
  latestPeriod: '2024',
  regionsWithValue: 4,
  offTarget: 2,
});

const regionOf = (code: string, name: string) => ({
  code,
  name,
  kind: code.includes('.')
    ? code.startsWith('15.7')
      ? ('city' as const)
      : ('regency' as const)
    : ('province' as const),
});

interface RowSpec {
  code: string;
  name: string;
  rank?: number | null;
  value?: number | null;
  predicate?: string | null;
  target?: number | null;
  meets?: boolean | null;
  previousValue?: number | null;
  previousPredicate?: string | null;
  change?: number | null;
  openWork?: number;
}

/** One ranking row; a row without `value` or `predicate` has no value for the period. */
export function rankingRow(indicator: Indicator, period: string, spec: RowSpec): IndicatorRankingRow {
  const region = regionOf(spec.code, spec.name);
  const value = spec.value ?? null;
  const predicate = spec.predicate ?? null;
  const hasValue = value !== null || predicate !== null;
  return {
    region,
    rank: spec.rank ?? null,
    value: hasValue
      ? {
          id: `value-${spec.code}-${period}`,
          indicatorId: indicator.id,
          region,
          period,
          value,
          predicate,
          band: predicate !== null ? bandNamed(indicator.bands, predicate) : bandOf(indicator.bands, value),
          source: { kind: 'note', meeting: null, actionItem: null, fileId: null, note: 'Hasil evaluasi' },
          recordedBy: 'Sekretariat',
          recordedAt: '2025-02-01T03:00:00.000Z',
          version: 1,
        }
      : null,
    target:
      spec.target == null
        ? null
        : { indicatorId: indicator.id, regionCode: spec.code, period, target: spec.target, version: 1 },
    meetsTarget: spec.meets ?? null,
    previousValue: spec.previousValue ?? null,
    previousPredicate: spec.previousPredicate ?? null,
    change: spec.change ?? null,
    openWork: spec.openWork ?? 0,
  };
}

/** Jambi's SPBE 2024 ranking (numbers after the 2024 forum's table). */
export function jambiRanking(period = '2024'): IndicatorRankingOutput {
  const row = (spec: RowSpec) => rankingRow(spbe, period, spec);
  const rows =
    period === '2024'
      ? [
          row({
            code: '15.71',
            name: 'Kota Jambi',
            rank: 1,
            value: 4.27,
            target: 4,
            meets: true,
            previousValue: 4.1,
            change: 0.17,
          }),
          row({
            code: '15',
            name: 'Provinsi Jambi',
            rank: 2,
            value: 3.31,
            target: 3.5,
            meets: false,
            previousValue: 3.31,
            change: 0,
            openWork: 1,
          }),
          row({
            code: '15.01',
            name: 'Kabupaten Kerinci',
            rank: 3,
            predicate: 'Cukup',
            target: 2.6,
            previousPredicate: 'Kurang',
            openWork: 2,
          }),
          row({
            code: '15.06',
            name: 'Kabupaten Tanjung Jabung Barat',
            rank: 4,
            value: 1.5,
            target: 2.6,
            meets: false,
            previousValue: 1.6,
            change: -0.1,
          }),
          row({ code: '15.09', name: 'Kabupaten Tebo' }),
        ]
      : [
          row({ code: '15.71', name: 'Kota Jambi', rank: 1, value: 4.1 }),
          row({ code: '15.01', name: 'Kabupaten Kerinci' }),
        ];
  return {
    indicator: spbe,
    period,
    previousPeriod: String(Number(period) - 1),
    periods: ['2024', '2023'],
    rows,
  };
}

/** The provinces ranked (a national office); a province's own ranking when one is picked. */
export function provinceRanking(): IndicatorRankingOutput {
  const row = (spec: RowSpec) => rankingRow(spbe, '2024', spec);
  return {
    indicator: spbe,
    period: '2024',
    previousPeriod: '2023',
    periods: ['2024'],
    rows: [
      row({ code: '51', name: 'Provinsi Bali', rank: 1, value: 3.9, target: 3.5, meets: true }),
      row({ code: '15', name: 'Provinsi Jambi', rank: 2, value: 3.31, target: 3.5, meets: false }),
    ],
  };
}

export const actionItemId = '7a1d0000-0000-4000-8000-0000000000a1';
export const commitmentId = '7a1d0000-0000-4000-8000-0000000000c1';
export const forumId = '7a1d0000-0000-4000-8000-0000000000f1';

export const jambiSeries: IndicatorRegionSeriesOutput = {
  region: { code: '15', name: 'Provinsi Jambi', kind: 'province' },
  indicators: [
    {
      indicator: spbe,
      points: [
        {
          period: '2023',
          value: 3.31,
          predicate: null,
          band: band('Baik'),
          target: 3,
          meetsTarget: true,
          source: {
            kind: 'meeting',
            meeting: { id: forumId, title: 'Forum Perangkat Daerah 2024' },
            actionItem: null,
            fileId: null,
            note: null,
          },
        },
        {
          period: '2024',
          value: 3.31,
          predicate: null,
          band: band('Baik'),
          target: 3.5,
          meetsTarget: false,
          source: {
            kind: 'note',
            meeting: null,
            actionItem: null,
            fileId: null,
            note: 'Hasil evaluasi SPBE 2024',
          },
        },
      ],
      work: [
        {
          kind: 'actionItem',
          id: actionItemId,
          title: 'Susun rencana aksi kenaikan indeks SPBE',
          status: 'in_progress',
          dueOn: '2026-03-31',
          ownerOffice: 'Diskominfo Provinsi Jambi',
        },
        {
          kind: 'commitment',
          id: commitmentId,
          title: 'Pindahkan aplikasi ke Pusat Data Provinsi',
          status: 'open',
          dueOn: null,
          ownerOffice: 'Diskominfo Provinsi Jambi',
        },
      ],
    },
  ],
};
