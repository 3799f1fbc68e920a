import { Alert } from '@mantine/core';
import type { Indicator, IndicatorValue } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { useFormatValue } from './format-value';

/**
 * "Menggantikan nilai 2,62 (Baik)": the value a save replaces, shown wherever a value is recorded
 * (the record form, and the verifier accepting evidence with a new value).
 */
export function ReplacedValue({
  value,
  indicator,
}: {
  value: IndicatorValue;
  indicator: Pick<Indicator, 'unit'>;
}) {
  const { t } = useTranslation();
  const format = useFormatValue();
  const shown = value.value !== null ? format(value.value, indicator.unit) : (value.predicate ?? '');
  const band = value.band?.label ?? (value.value !== null ? value.predicate : null);
  return (
    <Alert color="blue" variant="light" role="status">
      {band
        ? t('indicators.value.replacesBand', { value: shown, band })
        : t('indicators.value.replaces', { value: shown })}
    </Alert>
  );
}
