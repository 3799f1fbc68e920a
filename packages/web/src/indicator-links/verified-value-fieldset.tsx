import { Fieldset, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { IndicatorLink } from '@tindak/shared';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { DecimalInput, type NumberText, numberOrNull } from '../indicators/decimal-input';
import { periodOf, periodPattern } from '../indicators/periods';
import { ReplacedValue } from '../indicators/replaced-value';
import { useCurrentValue } from '../indicators/use-current-value';

/** The new value the verifier may record with accepted evidence, as the form holds it. */
export interface VerifiedValueDraft {
  period: string;
  value: NumberText;
  predicate: string | null;
  /** The version of the value already recorded for that region and period: replacing it sends it. */
  version?: number;
}

/** The current period of the indicator's kind: the value evidence brings is usually today's. */
export function emptyVerifiedValue(link: IndicatorLink | null, today = new Date()): VerifiedValueDraft {
  return { period: link ? periodOf(today, link.periodKind) : '', value: '', predicate: null };
}

/** What the verify input takes: nothing when no number or predicate was given (accepting without a value). */
export function verifiedValueInput(draft: VerifiedValueDraft) {
  const value = numberOrNull(draft.value);
  if (value === null && !draft.predicate) return undefined;
  return { period: draft.period, value, predicate: draft.predicate, version: draft.version };
}

export const verifiedValueFields = [
  'indicatorValue',
  'indicatorValue.period',
  'indicatorValue.value',
  'indicatorValue.predicate',
  'indicatorValue.version',
] as const;

interface Props {
  link: IndicatorLink;
  value: VerifiedValueDraft;
  onChange: (value: VerifiedValueDraft) => void;
  /** The form's errors, by path (`indicatorValue.period`). */
  errors: Record<string, ReactNode>;
}

/**
 * "Catat nilai baru indikator": the period (the current one by the indicator's kind), the value
 * (a decimal comma in Indonesian) and a predicate from its bands. Optional: left empty, the
 * evidence is accepted without a value.
 */
export function VerifiedValueFieldset({ link, value: draft, onChange, errors }: Props) {
  const { t } = useTranslation();
  const region = link.region?.name ?? '';
  const set = (patch: Partial<VerifiedValueDraft>) => onChange({ ...draft, ...patch });
  // A value may already be recorded for that region and period (the import, an earlier report):
  // the verifier sees it and replaces it knowingly, against its version.
  const current = useCurrentValue(link, link.region?.code ?? null, draft.period);
  const currentVersion = current?.version;
  useEffect(() => {
    if (draft.version !== currentVersion) onChange({ ...draft, version: currentVersion });
  }, [currentVersion]);
  return (
    <Fieldset legend={t('indicatorLinks.value.legend')}>
      <Text size="sm" c="dimmed" mb="xs">
        {t('indicatorLinks.value.hint', { indicator: link.name, region })}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <TextInput
          label={t('indicatorLinks.value.period')}
          placeholder={periodPattern[link.periodKind]}
          value={draft.period}
          onChange={(event) => set({ period: event.currentTarget.value })}
          error={errors['indicatorValue.period']}
        />
        <DecimalInput
          label={t('indicatorLinks.value.number')}
          value={draft.value}
          onChange={(value) => set({ value })}
          error={errors['indicatorValue.value'] ?? errors.indicatorValue}
        />
        {link.bands.length > 0 && (
          <Select
            label={t('indicatorLinks.value.predicate')}
            placeholder={t('indicatorLinks.value.predicatePlaceholder')}
            data={link.bands.map((band) => band.label)}
            clearable
            value={draft.predicate}
            onChange={(predicate) => set({ predicate })}
            error={errors['indicatorValue.predicate']}
          />
        )}
      </SimpleGrid>
      {current && (
        <Stack mt="xs">
          <ReplacedValue value={current} indicator={link} />
        </Stack>
      )}
    </Fieldset>
  );
}
