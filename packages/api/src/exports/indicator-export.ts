import {
  bandOf,
  type IndicatorSourceKind,
  meetsTarget,
  periodSchema,
  regionCodeSchema,
  todayIn,
  uuidSchema,
} from '@tindak/shared';
import { z } from 'zod';
import type { Context } from '../context';
import { listValuesForExport } from '../repositories/indicator-import.repo';
import { requireSeenIndicator } from '../services/indicator-access';
import type { Cell, Sheet } from './spreadsheet';

/** The export's query: one indicator, optionally one period and the regions beneath one region. */
export const indicatorExportInput = z.object({
  indicatorId: uuidSchema,
  period: periodSchema.optional(),
  parentRegionCode: regionCodeSchema.optional(),
});

const sourceWords: Record<IndicatorSourceKind, string> = {
  meeting: 'Rapat',
  evidence: 'Bukti tindak lanjut',
  document: 'Dokumen',
  note: 'Catatan',
};

function sourceCell(row: {
  sourceKind: IndicatorSourceKind;
  sourceNote: string | null;
  meetingTitle: string | null;
}) {
  const detail = row.meetingTitle ?? row.sourceNote;
  return detail ? `${sourceWords[row.sourceKind]}: ${detail}` : sourceWords[row.sourceKind];
}

/**
 * The values of one indicator in the caller's scope, newest period first, as a sheet the import
 * reads back (its Wilayah, Kode, Periode, Nilai and Predikat columns are the import's headers).
 */
export async function indicatorSheet(
  ctx: Context,
  input: z.output<typeof indicatorExportInput>,
  maxRows: number,
): Promise<Sheet> {
  const indicator = await requireSeenIndicator(ctx, input.indicatorId);
  const rows = await listValuesForExport(ctx.db, {
    indicatorId: indicator.id,
    // The route signs the caller in; the system (no user) sees every region.
    scopeRegion: ctx.user?.scopeRegion ?? null,
    ...(input.parentRegionCode ? { parentRegionCode: input.parentRegionCode } : {}),
    ...(input.period ? { period: input.period } : {}),
    limit: maxRows,
  });
  return {
    name: 'indikator',
    columns: [
      { header: 'Wilayah', width: 36 },
      { header: 'Kode', width: 10 },
      { header: 'Periode', width: 10 },
      { header: 'Nilai', width: 10 },
      { header: 'Predikat', width: 16 },
      { header: 'Target', width: 10 },
      { header: 'Memenuhi target', width: 16 },
      { header: 'Sumber', width: 40 },
      { header: 'Dicatat oleh', width: 28 },
      { header: 'Dicatat pada', width: 14 },
    ],
    rows: rows.map((row): Cell[] => {
      const meets = meetsTarget(indicator.direction, row.value, row.target);
      return [
        row.regionName,
        row.regionCode,
        row.period,
        row.value,
        row.predicate ?? bandOf(indicator.bands, row.value)?.label ?? null,
        row.target,
        meets === null ? null : meets ? 'Ya' : 'Tidak',
        sourceCell(row),
        row.recordedBy,
        { day: todayIn(ctx.user?.timeZone, new Date(row.recordedAt)) },
      ];
    }),
  };
}
