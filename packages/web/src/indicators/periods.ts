import type { IndicatorPeriodKind } from '@tindak/shared';

/** The period a date falls in, written as the kind asks (`2026`, `2026-Q4`, `2026-12`). */
export function periodOf(date: Date, kind: IndicatorPeriodKind): string {
  const year = date.getFullYear();
  const month = date.getMonth() + 1;
  if (kind === 'year') return String(year);
  if (kind === 'quarter') return `${year}-Q${Math.ceil(month / 3)}`;
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** The placeholder showing the pattern of a kind's periods. */
export const periodPattern: Record<IndicatorPeriodKind, string> = {
  year: '2025',
  quarter: '2025-Q1',
  month: '2025-01',
};
