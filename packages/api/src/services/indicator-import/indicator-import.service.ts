import {
  type Indicator,
  type IndicatorImportPreview,
  type IndicatorImportResult,
  type IndicatorImportRow,
  type indicatorImportApplyInput,
  indicatorImportApplyOutput,
  type indicatorImportPreviewInput,
} from '@tindak/shared';
import type { z } from 'zod';
import type { Context } from '../../context';
import { DomainError } from '../../errors';
import { recordEvent } from '../../events/record-event';
import { listRegionNames } from '../../repositories/attendance-lookup.repo';
import {
  findIndicatorImport,
  lockIndicatorImportKey,
  valuesForPeriods,
} from '../../repositories/indicator-import.repo';
import { recordValueWithin } from '../indicator-value.service';
import { regionLookup } from '../table-import/regions';
import { importableIndicator } from './indicator';
import { countStatuses, planRows, valueKey } from './plan';
import { readValueTable, type ValueRow } from './table';

type PreviewInput = z.output<typeof indicatorImportPreviewInput>;
type ApplyInput = z.output<typeof indicatorImportApplyInput>;

/** Plans the rows against the regions and the values recorded now (in `ctx.db`: apply's transaction). */
async function plan(
  ctx: Context,
  indicator: Indicator,
  rows: readonly ValueRow[],
  period: string | undefined,
): Promise<IndicatorImportRow[]> {
  const periods = new Set(rows.map((row) => row.period).filter(Boolean));
  if (period) periods.add(period);
  const [regionRows, values] = await Promise.all([
    listRegionNames(ctx.db),
    valuesForPeriods(ctx.db, indicator.id, [...periods]),
  ]);
  return planRows(
    ctx,
    {
      indicator,
      regions: regionLookup(regionRows),
      regionNames: new Map(regionRows.map((r) => [r.code, r.name])),
      defaultPeriod: period,
      current: new Map(values.map((v) => [valueKey(v.regionCode, v.period), v])),
    },
    rows,
  );
}

/** What importing this file would record, row by row; writes nothing. */
export async function previewIndicatorImport(
  ctx: Context,
  input: PreviewInput,
): Promise<IndicatorImportPreview> {
  const indicator = await importableIndicator(ctx, input);
  // Parsing is the slow part: it runs before any transaction or lock.
  const table = await readValueTable(Buffer.from(input.contentBase64, 'base64'));
  const rows = await plan(ctx, indicator, table, input.period);
  return { rows, counts: countStatuses(rows) };
}

/** A confirmed row whose value moved since the preview: the whole import stops, nothing written. */
function stale(row: IndicatorImportRow, index: number): DomainError {
  const name = `${row.region?.name ?? row.regionText} (${row.period})`;
  return new DomainError('CONFLICT', 'indicatorImportStale', `rows.${index}.version`, row.current, name);
}

/**
 * Records the confirmed rows in one transaction: the file is planned again inside it, so a row is
 * recorded only if it is still valid, and one whose value moved since the preview (another
 * version, or a value where there was none) stops the import with CONFLICT. Each row is one
 * IndicatorValueRecorded event (through recordValueWithin, which checks scope and version again);
 * the key makes a retried apply return the first one's summary without writing anything.
 */
export async function applyIndicatorImport(ctx: Context, input: ApplyInput): Promise<IndicatorImportResult> {
  const user = ctx.user;
  if (!user) throw new Error('applyIndicatorImport needs a signed-in user');
  await importableIndicator(ctx, input);
  const table = await readValueTable(Buffer.from(input.contentBase64, 'base64'));
  const confirmed = new Map(input.rows.map((choice, index) => [choice.rowNumber, { choice, index }]));
  return ctx.db.transaction().execute(async (trx) => {
    const scoped = { ...ctx, db: trx };
    await lockIndicatorImportKey(trx, input.idempotencyKey);
    const earlier = await findIndicatorImport(trx, input.indicatorId, user.id, input.idempotencyKey);
    if (earlier) return indicatorImportApplyOutput.parse(earlier);
    // Checked again in the transaction: retired or out of sight meanwhile, nothing is written.
    const indicator = await importableIndicator(scoped, input);
    const rows = await plan(scoped, indicator, table, input.period);
    let recorded = 0;
    let skipped = 0;
    for (const row of rows) {
      if (row.status !== 'new' && row.status !== 'changed') continue;
      const seen = confirmed.get(row.rowNumber);
      if (!seen) {
        skipped++;
        continue;
      }
      if ((row.current?.version ?? null) !== seen.choice.version) throw stale(row, seen.index);
      await recordValueWithin(scoped, {
        indicatorId: indicator.id,
        regionCode: row.region?.code as string,
        period: row.period as string,
        value: row.value,
        predicate: row.predicate,
        source: { kind: 'document', fileId: null, note: `Impor ${input.fileName}` },
        importedFrom: input.fileName,
        ...(row.current ? { version: row.current.version } : {}),
      });
      recorded++;
    }
    const summary: IndicatorImportResult = { recorded, counts: countStatuses(rows), skipped };
    // Nothing recorded: no event, so importing a file already in Tindak leaves no trace.
    if (recorded === 0) return summary;
    await recordEvent(trx, ctx.actor, {
      aggregateType: 'indicator',
      aggregateId: indicator.id,
      eventType: 'IndicatorValuesImported',
      payload: { ...summary, fileName: input.fileName, idempotencyKey: input.idempotencyKey },
    });
    return summary;
  });
}
