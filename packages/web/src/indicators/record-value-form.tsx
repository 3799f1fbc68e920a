import { NativeSelect, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type Indicator,
  type IndicatorValue,
  indicatorRecordValueInput,
  indicatorValueSchema,
} from '@tindak/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../api/trpc';
import { FormButtons } from '../kit/form/form-buttons';
import { SaveProblemAlert } from '../kit/form/save-problem-alert';
import { useSaveForm } from '../kit/form/use-save-form';
import { schemaErrors } from '../kit/form/validate';
import { useRegions } from '../kit/use-regions';
import { RegionSelect } from '../regions/region-select';
import { useCurrentUser } from '../session/use-current-user';
import { DecimalInput, type NumberText, numberOrNull } from './decimal-input';
import { periodOf, periodPattern } from './periods';
import { ReplacedValue } from './replaced-value';
import { useCurrentValue } from './use-current-value';
import type { IndicatorAuthority } from './use-indicator-authority';

/** Sources a person types in; an accepted evidence records its value from the action item's page. */
const sourceKinds = ['meeting', 'document', 'note'] as const;

interface ValueFormValues {
  regionCode: string | null;
  period: string;
  value: NumberText;
  predicate: string | null;
  source: { kind: (typeof sourceKinds)[number]; meetingId: string | null; note: string };
}

const shownFields = new Set([
  'regionCode',
  'period',
  'value',
  'predicate',
  'source.meetingId',
  'source.note',
]);

function parseValue(value: unknown): IndicatorValue | null {
  const parsed = indicatorValueSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

interface RecordValueFormProps {
  indicator: Indicator;
  /** The region shown first: the province ranked on the page, when the user may record for it. */
  defaultParent: string | null;
  authority: IndicatorAuthority;
  onDone: () => void;
}

/**
 * Records one region's value for one period: a number, or a predicate (one of the bands) where the
 * source gives none, with its source. A value already there is shown and replaced with its version,
 * so a value someone else recorded meanwhile is a conflict, not silently overwritten.
 */
export function RecordValueForm({ indicator, defaultParent, authority, onDone }: RecordValueFormProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { regions } = useRegions();
  const mayRegions = useMemo(
    () => regions.filter((r) => authority.mayRecordFor(r.code)),
    [regions, authority],
  );
  const meetings = useQuery(trpc.meetings.list.queryOptions({ limit: 100 }, { staleTime: 5 * 60_000 }));
  const record = useMutation(trpc.indicators.recordValue.mutationOptions());
  // The province ranked on the page, or else the user's own region (a regency records its own).
  const scope = useCurrentUser().organization.regionCode;
  const firstRegion =
    [defaultParent, scope].find((code): code is string => !!code && authority.mayRecordFor(code)) ?? null;

  const input = (values: ValueFormValues, version: number | undefined, idempotencyKey?: string) => ({
    indicatorId: indicator.id,
    regionCode: values.regionCode ?? '',
    period: values.period,
    value: numberOrNull(values.value),
    predicate: values.predicate,
    source: { ...values.source, meetingId: values.source.meetingId ?? '' },
    version,
    idempotencyKey,
  });

  const { form, feedback, formProps, submitting, reload } = useSaveForm<ValueFormValues, IndicatorValue>({
    initialValues: {
      regionCode: firstRegion,
      period: periodOf(new Date(), indicator.periodKind),
      value: '',
      predicate: null,
      source: { kind: 'meeting', meetingId: null, note: '' },
    },
    validate: (values, lang) =>
      schemaErrors(indicatorRecordValueInput, input(values, undefined), lang, {
        regionCode: !values.regionCode,
        'source.meetingId': !values.source.meetingId,
      }),
    isShown: (path) => shownFields.has(path),
    parseCurrent: parseValue,
    save: (values, context) => record.mutateAsync(input(values, existing?.version, context.idempotencyKey)),
    onReload: () => void queryClient.invalidateQueries({ queryKey: trpc.indicators.pathKey() }),
    onSaved: (saved) => {
      void queryClient.invalidateQueries({ queryKey: trpc.indicators.pathKey() });
      notifications.show({
        color: 'teal',
        message: t('indicators.value.recorded', { region: saved.region.name, period: saved.period }),
      });
      onDone();
    },
  });
  const existing = useCurrentValue(indicator, form.values.regionCode, form.values.period);
  const sourceKind = form.values.source.kind;

  return (
    <form {...formProps} aria-label={t('indicators.value.title')}>
      <Stack gap="sm">
        <RegionSelect
          label={t('indicators.value.region')}
          placeholder={t('regionPicker.placeholder')}
          regions={mayRegions}
          required
          {...form.getInputProps('regionCode')}
        />
        <TextInput
          label={t('indicators.value.period')}
          description={t(`indicators.periodHint.${indicator.periodKind}`)}
          placeholder={periodPattern[indicator.periodKind]}
          required
          maxLength={7}
          {...form.getInputProps('period')}
        />
        {existing && <ReplacedValue value={existing} indicator={indicator} />}
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <DecimalInput
            label={t('indicators.value.value')}
            description={t('indicators.value.valueHint')}
            {...form.getInputProps('value')}
          />
          {indicator.bands.length > 0 ? (
            <Select
              label={t('indicators.value.predicate')}
              description={t('indicators.value.predicateHint')}
              data={indicator.bands.map((band) => band.label)}
              clearable
              {...form.getInputProps('predicate')}
            />
          ) : (
            <TextInput
              label={t('indicators.value.predicate')}
              description={t('indicators.value.predicateHint')}
              maxLength={60}
              {...form.getInputProps('predicate')}
            />
          )}
        </SimpleGrid>
        <NativeSelect
          label={t('indicators.value.sourceKind')}
          data={sourceKinds.map((kind) => ({ value: kind, label: t(`indicators.value.source.${kind}`) }))}
          {...form.getInputProps('source.kind')}
        />
        {sourceKind === 'meeting' && (
          <Select
            label={t('indicators.value.meeting')}
            placeholder={t('indicators.value.meetingPlaceholder')}
            data={(meetings.data?.items ?? []).map((m) => ({ value: m.id, label: m.title }))}
            searchable
            required
            {...form.getInputProps('source.meetingId')}
          />
        )}
        <Textarea
          label={t(sourceKind === 'document' ? 'indicators.value.documentNote' : 'indicators.value.note')}
          required={sourceKind !== 'meeting'}
          autosize
          minRows={2}
          maxLength={1000}
          {...form.getInputProps('source.note')}
        />
        <SaveProblemAlert
          feedback={feedback}
          notSavedTitle={t('indicators.value.notSaved')}
          onReload={reload}
        />
        <FormButtons
          cancelLabel={t('indicators.form.cancel')}
          onCancel={onDone}
          submitLabel={t('indicators.value.save')}
          submitting={submitting}
        />
      </Stack>
    </form>
  );
}
