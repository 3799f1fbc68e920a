import {
  bandNamed,
  bandOf,
  type Indicator,
  type IndicatorImportCounts,
  type IndicatorImportRow,
  isPeriodOfKind,
  type MessageKey,
  mayRecordIndicatorValue,
  messageRef,
  translateMessage,
} from '@tindak/shared';
import type { Context } from '../../context';
import type { CurrentValue } from '../../repositories/indicator-import.repo';
import { actorOf } from '../authority';
import { formulaCell } from '../directory-import/tables';
import type { RegionLookup } from '../table-import/regions';
import { parseNumber, type ValueRow } from './table';

/** What a row is checked against, read once per preview or apply. */
export interface PlanInputs {
  indicator: Pick<Indicator, 'periodKind' | 'bands' | 'scaleMin' | 'scaleMax'>;
  regions: RegionLookup;
  regionNames: Map<string, string>;
  /** Period for rows that name none. */
  defaultPeriod: string | undefined;
  /** Recorded values by `regionCode|period`. */
  current: Map<string, CurrentValue>;
}

/** The number and predicate a row's value and predicate cells give, or why they give none. */
type Reading = { value: number | null; predicate: string | null } | { fail: [MessageKey, string?] };

/** The scale as people read it ("1–5"), as recording a value says it. */
function scaleText(min: number | null, max: number | null): string {
  if (min !== null && max !== null) return `${min}–${max}`;
  return min !== null ? `≥ ${min}` : `≤ ${max}`;
}

function readValue(row: ValueRow, indicator: PlanInputs['indicator']): Reading {
  const { bands, scaleMin: min, scaleMax: max } = indicator;
  let value: number | null = null;
  let predicate: string | null = null;
  if (row.value) {
    const number = parseNumber(row.value);
    if (number !== undefined && ((min !== null && number < min) || (max !== null && number > max)))
      return { fail: ['indicatorValueOutsideScale', scaleText(min, max)] };
    // "cukup" in the value column: the source gave only a predicate.
    const band = number === undefined ? bandNamed(bands, row.value) : null;
    if (number === undefined && !band) return { fail: ['indicatorImportBadValue', row.value.slice(0, 40)] };
    value = number ?? null;
    predicate = band?.label ?? null;
  }
  if (row.predicate) {
    const band = bandNamed(bands, row.predicate);
    if (bands.length > 0 && !band)
      return { fail: ['indicatorImportUnknownPredicate', row.predicate.slice(0, 40)] };
    if (row.predicate.length > 60) return { fail: ['tooLong', '60'] };
    const named = band?.label ?? row.predicate;
    if (predicate !== null && predicate !== named) return { fail: ['indicatorPredicateMismatch'] };
    // A predicate beside a number must be the number's band: one of them is wrong otherwise.
    if (value !== null && bands.length > 0 && bandOf(bands, value)?.label !== named)
      return { fail: ['indicatorPredicateMismatch'] };
    predicate = named;
  }
  if (value === null && predicate === null) return { fail: ['indicatorValueRequired'] };
  return { value, predicate };
}

/** The file's value equals the recorded one (a number given alone keeps the predicate recorded with it). */
function sameAs(current: CurrentValue, value: number | null, predicate: string | null): boolean {
  const samePredicate =
    (predicate ?? '').toLocaleLowerCase('id') === (current.predicate ?? '').toLocaleLowerCase('id');
  if (value === null) return current.value === null && samePredicate;
  return current.value === value && (predicate === null || samePredicate);
}

export const valueKey = (regionCode: string, period: string) => `${regionCode}|${period}`;

/** The region a row names: its code cell, else its name cell. */
function rowRegion(row: ValueRow, regions: RegionLookup): string | null | undefined {
  if (row.code) return regions.resolve(row.code);
  return regions.resolve(row.region);
}

/**
 * Decides each row: a new value, one replacing the current one, the same as recorded, a region
 * the caller may not record for, or an error saying what to fix. Reads only; apply runs it again
 * inside its transaction so every row is checked against the values as they are then.
 */
export function planRows(ctx: Context, inputs: PlanInputs, rows: readonly ValueRow[]): IndicatorImportRow[] {
  const say = (key: MessageKey, param?: string) => translateMessage(messageRef(key, param), ctx.lang);
  const seen = new Map<string, number>();
  return rows.map((row) => {
    const regionText = [row.code, row.region].filter(Boolean).join(' ');
    const planned: IndicatorImportRow = {
      rowNumber: row.rowNumber,
      regionText,
      region: null,
      period: null,
      value: null,
      predicate: null,
      status: 'error',
      current: null,
      message: null,
    };
    const fail = (key: MessageKey, param?: string): IndicatorImportRow => ({
      ...planned,
      status: 'error',
      message: say(key, param),
    });
    const formula = formulaCell(row);
    if (formula !== undefined) return fail('importFormulaCell', formula.slice(0, 40));

    const code = rowRegion(row, inputs.regions);
    if (code === null) return fail('indicatorImportMissingRegion');
    if (code === undefined) return fail('importUnknownRegion', (row.code || row.region).slice(0, 40));
    planned.region = { code, name: inputs.regionNames.get(code) ?? code };

    const period = row.period || inputs.defaultPeriod;
    if (!period) return fail('indicatorImportPeriodMissing');
    if (!isPeriodOfKind(period, inputs.indicator.periodKind))
      return fail('indicatorImportPeriodKind', period.slice(0, 20));
    planned.period = period;

    const reading = readValue(row, inputs.indicator);
    if ('fail' in reading) return fail(...reading.fail);
    planned.value = reading.value;
    planned.predicate = reading.predicate;

    const key = valueKey(code, period);
    const first = seen.get(key);
    if (first !== undefined) return fail('directoryImportRepeatedRow', String(first));
    seen.set(key, row.rowNumber);

    if (ctx.user && !mayRecordIndicatorValue(actorOf(ctx.user), code))
      return { ...planned, status: 'outside', message: say('indicatorImportOutsideScope') };

    const current = inputs.current.get(key);
    if (!current) return { ...planned, status: 'new' };
    const shown = { value: current.value, predicate: current.predicate, version: current.version };
    if (sameAs(current, reading.value, reading.predicate))
      return { ...planned, status: 'same', current: shown };
    return { ...planned, status: 'changed', current: shown };
  });
}

export function countStatuses(rows: readonly IndicatorImportRow[]): IndicatorImportCounts {
  const counts: IndicatorImportCounts = { new: 0, changed: 0, same: 0, error: 0, outside: 0 };
  for (const row of rows) counts[row.status]++;
  return counts;
}
