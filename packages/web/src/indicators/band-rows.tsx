import { Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { bandTones } from '@tindak/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { UseFormReturnType } from '../kit/form/use-save-form';
import { DecimalInput } from './decimal-input';
import { emptyBand, type IndicatorFormValues } from './indicator-form-values';

interface BandRowsProps {
  form: UseFormReturnType<IndicatorFormValues>;
}

/**
 * The scale's named bands, lowest first: from, to, name and colour on each row; rows are added and
 * taken out. A phone shows the four fields two by two.
 */
export function BandRows({ form }: BandRowsProps) {
  const { t } = useTranslation();
  const bands = form.values.bands;
  const headingId = useId();
  return (
    <Stack gap="xs" role="group" aria-labelledby={headingId}>
      <Text id={headingId} fw={500} size="sm">
        {t('indicators.form.bands')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('indicators.form.bandsHint')}
      </Text>
      {typeof form.errors.bands === 'string' && (
        <Text size="sm" c="red" role="alert">
          {form.errors.bands}
        </Text>
      )}
      {bands.map((_band, i) => (
        // Rows have no identity of their own; their place in the list is what the schema names.
        <Paper
          key={i}
          withBorder
          p="xs"
          aria-label={t('indicators.form.bandNumber', { n: i + 1 })}
          role="group"
        >
          <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
            <DecimalInput label={t('indicators.form.bandFrom')} {...form.getInputProps(`bands.${i}.from`)} />
            <DecimalInput label={t('indicators.form.bandTo')} {...form.getInputProps(`bands.${i}.to`)} />
            <TextInput
              label={t('indicators.form.bandLabel')}
              maxLength={60}
              {...form.getInputProps(`bands.${i}.label`)}
            />
            <NativeSelect
              label={t('indicators.form.bandTone')}
              data={bandTones.map((tone) => ({ value: tone, label: t(`indicators.tone.${tone}`) }))}
              {...form.getInputProps(`bands.${i}.tone`)}
            />
          </SimpleGrid>
          <Group justify="flex-end" mt={4}>
            <Button
              variant="subtle"
              color="red"
              size="compact-sm"
              onClick={() => form.removeListItem('bands', i)}
            >
              {t('indicators.form.removeBand', { n: i + 1 })}
            </Button>
          </Group>
        </Paper>
      ))}
      <Group>
        <Button
          variant="default"
          size="compact-sm"
          onClick={() => form.insertListItem('bands', { ...emptyBand })}
        >
          {t('indicators.form.addBand')}
        </Button>
      </Group>
    </Stack>
  );
}
