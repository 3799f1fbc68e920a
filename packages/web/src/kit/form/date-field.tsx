import { DateInput, type DateInputProps } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { parseDateText } from './date-text';

type DateFieldProps = Omit<
  DateInputProps,
  'value' | 'onChange' | 'valueFormat' | 'dateParser' | 'minDate' | 'maxDate'
> & {
  /** `YYYY-MM-DD`, or '' for none. */
  value: string;
  onChange: (iso: string) => void;
  minDate?: string;
  maxDate?: string;
};

/**
 * A date typed as dd/mm/yyyy (or picked from a calendar in the reader's language), whatever the
 * browser's own language; the form holds `YYYY-MM-DD`. Replaces the native date input, which shows
 * mm/dd/yyyy in an English browser.
 */
export function DateField({ value, onChange, minDate, maxDate, ...props }: DateFieldProps) {
  const { t } = useTranslation();
  return (
    <DateInput
      placeholder={t('dateField.placeholder')}
      valueFormat="DD/MM/YYYY"
      dateParser={parseDateText}
      value={value || null}
      onChange={(next) => onChange(next ?? '')}
      minDate={minDate || undefined}
      maxDate={maxDate || undefined}
      clearable={!props.required}
      popoverProps={{ withinPortal: true }}
      {...props}
    />
  );
}
