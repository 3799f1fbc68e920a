import { translateMessage } from '@tindak/shared';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/use-language';
import { RegionSelect } from '../regions/region-select';
import { DateField } from './form/date-field';

interface RegionFilterProps {
  label: string;
  /** Shown when no region is chosen, e.g. "Semua wilayah". */
  placeholder: string;
  value: string | undefined;
  onChange: (region: string | undefined) => void;
}

/** A province (with its regencies and cities) or one regency or city, searchable by name or code. */
export function RegionFilter({ label, placeholder, value, onChange }: RegionFilterProps) {
  const { t } = useTranslation();
  const wholeProvince = useCallback((name: string) => t('meetingList.wholeProvince', { name }), [t]);
  return (
    <RegionSelect
      label={label}
      placeholder={placeholder}
      value={value ?? null}
      onChange={(next) => onChange(next ?? undefined)}
      provinceLabel={wholeProvince}
      clearable
    />
  );
}

/** True when the first day comes after the last, a range that cannot match anything. */
export function dayRangeIsBackwards(from: string | undefined, to: string | undefined): boolean {
  return Boolean(from && to && from > to);
}

interface DayRangeFilterProps {
  fromLabel: string;
  toLabel: string;
  from: string | undefined;
  to: string | undefined;
  onChange: (range: { from: string | undefined; to: string | undefined }) => void;
}

/** Two calendar days, `yyyy-MM-dd`; a backwards range is said at the "to" field. */
export function DayRangeFilter({ fromLabel, toLabel, from, to, onChange }: DayRangeFilterProps) {
  const lang = useLanguage();
  return (
    <>
      <DateField
        label={fromLabel}
        value={from ?? ''}
        maxDate={to}
        onChange={(value) => onChange({ from: value || undefined, to })}
      />
      <DateField
        label={toLabel}
        value={to ?? ''}
        minDate={from}
        onChange={(value) => onChange({ from, to: value || undefined })}
        error={dayRangeIsBackwards(from, to) ? translateMessage('fromAfterTo', lang) : undefined}
      />
    </>
  );
}
