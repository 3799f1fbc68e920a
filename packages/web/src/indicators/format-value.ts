import type { IndicatorUnit, Language } from '@tindak/shared';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/use-language';

const locales: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };

/** A number as the UI language writes it: 2,62 and 10.000 in Indonesian, 2.62 and 10,000 in English. */
export function formatNumber(value: number, lang: Language): string {
  return new Intl.NumberFormat(locales[lang], { maximumFractionDigits: 2 }).format(value);
}

/** A signed change ("+0,31", "−2"), for rankings. */
export function formatChange(value: number, lang: Language): string {
  return new Intl.NumberFormat(locales[lang], { maximumFractionDigits: 2, signDisplay: 'exceptZero' }).format(
    value,
  );
}

/**
 * A value with its unit ("2,62", "67 desa", "112 orang", "45 %"): an index or a plain count needs no
 * unit word. The unit words live in the indicators locale files (`indicators.unitSuffix`).
 */
export function useFormatValue(): (value: number, unit: IndicatorUnit) => string {
  const lang = useLanguage();
  const { t } = useTranslation();
  return useCallback(
    (value: number, unit: IndicatorUnit) => {
      const number = formatNumber(value, lang);
      if (unit === 'index' || unit === 'count') return number;
      return `${number} ${t(`indicators.unitSuffix.${unit}`)}`;
    },
    [lang, t],
  );
}
