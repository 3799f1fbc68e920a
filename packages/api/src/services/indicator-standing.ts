import {
  type Band,
  bandNamed,
  bandOf,
  type Indicator,
  type IndicatorValue,
  meetsTarget,
} from '@tindak/shared';
import type { ValueRow } from '../repositories/indicator-value.repo';

/** The band of a value: the number's, or (predicate only) the one its predicate names. */
export function bandOfValue(bands: readonly Band[], value: number | null, predicate: string | null) {
  return value !== null ? bandOf(bands, value) : bandNamed(bands, predicate);
}

/**
 * Whether a value meets its target. A predicate-only value is known only as a band, whose `to` is
 * exclusive (but for the last band): it meets the target when every value of the band would, misses
 * it when none would (Cukup, below 2.6, against a target of 2.6), and is unknown (null) in between.
 */
export function valueMeetsTarget(
  indicator: Pick<Indicator, 'direction' | 'bands'>,
  value: number | null,
  predicate: string | null,
  target: number | null,
): boolean | null {
  if (value !== null || target === null) return meetsTarget(indicator.direction, value, target);
  const band = bandNamed(indicator.bands, predicate);
  if (!band) return null;
  const last = band === indicator.bands.at(-1);
  const [every, some] =
    indicator.direction === 'higher_is_better'
      ? [band.from >= target, last ? band.to >= target : band.to > target]
      : [band.to <= target, band.from <= target];
  if (every) return true;
  return some ? null : false;
}

/**
 * How far a value misses its target, relative to the target (0.1 = a tenth short), so that a
 * regency two villages above a target of zero and an index 0.3 below 2.6 can be put in one order.
 * A predicate-only value counts from its band's best end.
 */
export function shortfall(
  indicator: Pick<Indicator, 'direction' | 'bands'>,
  value: number | null,
  predicate: string | null,
  target: number,
): number {
  const band = value === null ? bandNamed(indicator.bands, predicate) : null;
  const higher = indicator.direction === 'higher_is_better';
  const reached = value ?? (band ? (higher ? band.to : band.from) : target);
  const gap = higher ? target - reached : reached - target;
  return gap / Math.max(Math.abs(target), 1);
}

/** A value row as the API shows it, with its band. */
export function toValueView(indicator: Pick<Indicator, 'bands'>, row: ValueRow): IndicatorValue {
  const value = row.value === null ? null : Number(row.value);
  return {
    id: row.id,
    indicatorId: row.indicatorId,
    region: { code: row.regionCode, name: row.regionName, kind: row.regionKind },
    period: row.period,
    value,
    predicate: row.predicate,
    band: bandOfValue(indicator.bands, value, row.predicate),
    source: {
      kind: row.sourceKind,
      meeting: row.meetingId && row.meetingTitle ? { id: row.meetingId, title: row.meetingTitle } : null,
      actionItem:
        row.actionItemId && row.actionItemTitle ? { id: row.actionItemId, title: row.actionItemTitle } : null,
      fileId: row.sourceFileId,
      note: row.sourceNote,
    },
    recordedBy: row.recordedBy,
    recordedAt: row.recordedAt.toISOString(),
    version: row.version,
  };
}
