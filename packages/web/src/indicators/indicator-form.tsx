import { Button, Checkbox, Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  type Indicator,
  indicatorDefineInput,
  indicatorDirections,
  indicatorPeriodKinds,
  indicatorSchema,
  indicatorUnits,
  indicatorUpdateInput,
} from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../api/trpc';
import { FormButtons } from '../kit/form/form-buttons';
import { SaveProblemAlert } from '../kit/form/save-problem-alert';
import { useSaveForm } from '../kit/form/use-save-form';
import { schemaErrors } from '../kit/form/validate';
import { OfficeSelect } from '../records/office-select';
import { useSession } from '../session/use-current-user';
import { BandRows } from './band-rows';
import { DecimalInput } from './decimal-input';
import {
  blankIndicator,
  type IndicatorFormValues,
  indicatorFieldsOf,
  valuesOfIndicator,
} from './indicator-form-values';
import { spbeScale } from './spbe-scale';

const shownFields = new Set([
  'name',
  'description',
  'unit',
  'direction',
  'periodKind',
  'responsibleOrganizationId',
  'scaleMin',
  'scaleMax',
  'bands',
  'bandsSource',
]);

function parseIndicator(value: unknown): Indicator | null {
  const parsed = indicatorSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

interface IndicatorFormProps {
  /** The indicator to change; without one, a new indicator is defined. */
  indicator?: Indicator;
  onDone: () => void;
  onSaved?: (saved: Indicator) => void;
}

/**
 * Define or change an indicator: what it counts, which way is better, its period kind and keeper,
 * and an optional scale with named bands ("Pakai skala SPBE" fills the regulation's). A change goes
 * with the version it was opened at, so someone else's change meanwhile is a conflict, not lost.
 */
export function IndicatorForm({ indicator, onDone, onSaved }: IndicatorFormProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const ownOffice = useSession().data?.user?.organization.id ?? null;
  const define = useMutation(trpc.indicators.define.mutationOptions());
  const update = useMutation(trpc.indicators.update.mutationOptions());
  const input = (values: IndicatorFormValues, version: number) =>
    indicator
      ? { id: indicator.id, version, active: values.active, ...indicatorFieldsOf(values) }
      : indicatorFieldsOf(values);

  const { form, feedback, formProps, submitting, reload } = useSaveForm<IndicatorFormValues, Indicator>({
    initialValues: indicator ? valuesOfIndicator(indicator) : blankIndicator(ownOffice),
    validate: (values, lang) =>
      schemaErrors(indicator ? indicatorUpdateInput : indicatorDefineInput, input(values, 1), lang, {
        responsibleOrganizationId: !values.responsibleOrganizationId,
      }),
    isShown: (path) => shownFields.has(path) || path.startsWith('bands.'),
    parseCurrent: parseIndicator,
    version: indicator?.version,
    versionOf: (saved) => saved.version,
    valuesOf: valuesOfIndicator,
    save: (values, context) =>
      indicator
        ? update.mutateAsync({
            id: indicator.id,
            version: context.version,
            active: values.active,
            ...indicatorFieldsOf(values),
          })
        : define.mutateAsync({ ...indicatorFieldsOf(values), idempotencyKey: context.idempotencyKey }),
    onSaved: (saved) => {
      void queryClient.invalidateQueries({ queryKey: trpc.indicators.pathKey() });
      notifications.show({
        color: 'teal',
        message: t(indicator ? 'indicators.form.saved' : 'indicators.form.created', { name: saved.name }),
      });
      onSaved?.(saved);
      onDone();
    },
  });

  const fillSpbe = () => {
    form.setValues({ ...spbeScale, bands: spbeScale.bands.map((band) => ({ ...band })) });
    form.clearErrors();
  };

  return (
    <form
      {...formProps}
      aria-label={indicator ? t('indicators.form.editTitle') : t('indicators.form.defineTitle')}
    >
      <Stack gap="sm">
        <TextInput
          label={t('indicators.form.name')}
          placeholder={t('indicators.form.namePlaceholder')}
          required
          maxLength={200}
          {...form.getInputProps('name')}
        />
        <Textarea
          label={t('indicators.form.description')}
          autosize
          minRows={2}
          maxLength={4000}
          {...form.getInputProps('description')}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <NativeSelect
            label={t('indicators.form.unit')}
            data={indicatorUnits.map((unit) => ({ value: unit, label: t(`indicators.unit.${unit}`) }))}
            {...form.getInputProps('unit')}
          />
          <NativeSelect
            label={t('indicators.form.direction')}
            data={indicatorDirections.map((d) => ({ value: d, label: t(`indicators.direction.${d}`) }))}
            {...form.getInputProps('direction')}
          />
          <NativeSelect
            label={t('indicators.form.periodKind')}
            data={indicatorPeriodKinds.map((k) => ({ value: k, label: t(`indicators.periodKind.${k}`) }))}
            {...form.getInputProps('periodKind')}
          />
        </SimpleGrid>
        <OfficeSelect
          label={t('indicators.form.office')}
          required
          {...form.getInputProps('responsibleOrganizationId')}
        />
        <Group justify="flex-end">
          <Button variant="light" onClick={fillSpbe}>
            {t('indicators.form.useSpbe')}
          </Button>
        </Group>
        <SimpleGrid cols={2} spacing="sm">
          <DecimalInput label={t('indicators.form.scaleMin')} {...form.getInputProps('scaleMin')} />
          <DecimalInput label={t('indicators.form.scaleMax')} {...form.getInputProps('scaleMax')} />
        </SimpleGrid>
        <BandRows form={form} />
        <TextInput
          label={t('indicators.form.bandsSource')}
          description={t('indicators.form.bandsSourceHint')}
          maxLength={500}
          {...form.getInputProps('bandsSource')}
        />
        {indicator && (
          <Checkbox
            label={t('indicators.form.active')}
            {...form.getInputProps('active', { type: 'checkbox' })}
          />
        )}
        <SaveProblemAlert
          feedback={feedback}
          notSavedTitle={t('indicators.form.notSaved')}
          onReload={reload}
        />
        <FormButtons
          cancelLabel={t('indicators.form.cancel')}
          onCancel={onDone}
          submitLabel={t('indicators.form.save')}
          submitting={submitting}
        />
      </Stack>
    </form>
  );
}
