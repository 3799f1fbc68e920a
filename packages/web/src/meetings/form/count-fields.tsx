import { NumberInput, SimpleGrid } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';

/** What a count input holds: a number, or '' while empty (unknown). */
export type CountText = number | string;

/** Empty is "not known" (null); anything else not a whole number is left for the schema to name. */
export function countOrNull(value: CountText): number | null {
  if (typeof value === 'number') return value;
  return value.trim() === '' ? null : Number.NaN;
}

export interface CountValues {
  headcount: CountText;
  trainingQuota: CountText;
  trainedCount: CountText;
}

interface Props {
  values: CountValues;
  training: boolean;
  onChange: (field: keyof CountValues, value: CountText) => void;
  errors: Record<string, ReactNode>;
}

/**
 * "Jumlah peserta (perkiraan)" for every meeting (a hall of 55 with no list of names), and for a
 * training its quota and the number trained, written with Indonesian thousands points (10.000).
 */
export function CountFields({ values, training, onChange, errors }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const count = (field: keyof CountValues, label: string, description?: string) => (
    <NumberInput
      label={label}
      description={description}
      allowDecimal={false}
      allowNegative={false}
      hideControls
      thousandSeparator={lang === 'id' ? '.' : ','}
      decimalSeparator={lang === 'id' ? ',' : '.'}
      value={values[field]}
      onChange={(value) => onChange(field, value)}
      error={errors[field]}
    />
  );
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
      {count('headcount', t('indicatorLinks.meeting.headcount'), t('indicatorLinks.meeting.headcountHint'))}
      {training && count('trainingQuota', t('indicatorLinks.meeting.trainingQuota'))}
      {training && count('trainedCount', t('indicatorLinks.meeting.trainedCount'))}
    </SimpleGrid>
  );
}
