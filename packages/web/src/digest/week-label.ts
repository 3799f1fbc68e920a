import type { TFunction } from 'i18next';

/** "2026-W48" as people say it: "Minggu ke-48 tahun 2026"; anything else as it came. */
export function weekLabel(t: TFunction, isoWeek: string): string {
  const match = /^(\d{4})-W(\d{2})$/.exec(isoWeek);
  if (!match) return isoWeek;
  return t('digest.week', { week: Number(match[2]), year: match[1] });
}
