import { SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type Indicator,
  type IndicatorSetTargetsInput,
  type IndicatorTarget,
  indicatorSetTargetsInput,
  isPeriodOfKind,
  nextPeriod,
} from '@tindak/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode } from '../api/errors';
import { useTRPC } from '../api/trpc';
import { FormButtons } from '../kit/form/form-buttons';
import { SaveProblemAlert } from '../kit/form/save-problem-alert';
import { useSaveForm } from '../kit/form/use-save-form';
import { schemaErrors } from '../kit/form/validate';
import { useRegions } from '../kit/use-regions';
import { DecimalInput, type NumberText, numberOrNull } from './decimal-input';
import { useFormatValue } from './format-value';
import { periodOf, periodPattern } from './periods';
import { TargetRegionChecks } from './target-region-checks';
import type { IndicatorAuthority } from './use-indicator-authority';

interface TargetFormValues {
  period: string;
  target: NumberText;
  regions: string[];
}

interface SetTargetsFormProps {
  indicator: Indicator;
  /** The province ranked on the page: it and its regencies and cities are offered (the provinces when null). */
  parent: string | null;
  authority: IndicatorAuthority;
  onDone: () => void;
}

/**
 * One target for one period and many regions in one step ("every regency and city reaches 2,6 in
 * 2027"). Each region goes with the version of its current target (null for none): a target someone
 * changed meanwhile answers CONFLICT, the current targets are fetched again and nothing is written.
 */
export function SetTargetsForm({ indicator, parent, authority, onDone }: SetTargetsFormProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const format = useFormatValue();
  const { regions } = useRegions();
  const setTargets = useMutation(trpc.indicators.setTargets.mutationOptions());
  const own = useMemo(
    () => (parent ? regions.filter((r) => r.code === parent && authority.maySetTargetFor(r.code)) : []),
    [regions, parent, authority],
  );
  const beneath = useMemo(
    () => regions.filter((r) => r.parentCode === parent && authority.maySetTargetFor(r.code)),
    [regions, parent, authority],
  );

  const { form, feedback, formProps, submitting, reload } = useSaveForm<
    TargetFormValues,
    { targets: IndicatorTarget[] }
  >({
    initialValues: {
      period: nextPeriod(periodOf(new Date(), indicator.periodKind)),
      target: '',
      regions: [],
    },
    validate: (values, lang) => schemaErrors(indicatorSetTargetsInput, input(values), lang),
    isShown: (path) => ['period', 'target', 'regions'].includes(path) || path.startsWith('regions.'),
    lists: ['regions'],
    save: async (values) => {
      try {
        return await setTargets.mutateAsync(input(values));
      } catch (error) {
        // The versions sent are stale: fetch the current targets so the next try sends theirs.
        if (errorCode(error) === 'CONFLICT') void queryClient.invalidateQueries({ queryKey: rankingKey });
        throw error;
      }
    },
    onSaved: (saved, values) => {
      void queryClient.invalidateQueries({ queryKey: trpc.indicators.pathKey() });
      notifications.show({
        color: 'teal',
        message: t('indicators.targets.saved', { period: values.period, count: saved.targets.length }),
      });
      onDone();
    },
  });
  const period: string = form.values.period;
  const validPeriod = isPeriodOfKind(period, indicator.periodKind);
  const rankingInput = { indicatorId: indicator.id, parentRegionCode: parent, period };
  const rankingKey = trpc.indicators.ranking.queryKey(rankingInput);
  const ranking = useQuery(trpc.indicators.ranking.queryOptions(rankingInput, { enabled: validPeriod }));
  const targets = new Map<string, IndicatorTarget>(
    validPeriod
      ? (ranking.data?.rows ?? []).flatMap((row) => (row.target ? [[row.region.code, row.target]] : []))
      : [],
  );

  function input(values: TargetFormValues): IndicatorSetTargetsInput {
    return {
      indicatorId: indicator.id,
      period: values.period,
      target: numberOrNull(values.target) ?? Number.NaN,
      regions: values.regions.map((code) => ({ code, version: targets.get(code)?.version ?? null })),
    };
  }

  const currentOf = (code: string): string => {
    const target = targets.get(code);
    return target
      ? t('indicators.targets.current', { value: format(target.target, indicator.unit) })
      : t('indicators.targets.none');
  };

  return (
    <form {...formProps} aria-label={t('indicators.targets.title')}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput
            label={t('indicators.targets.period')}
            description={t(`indicators.periodHint.${indicator.periodKind}`)}
            placeholder={periodPattern[indicator.periodKind]}
            required
            maxLength={7}
            {...form.getInputProps('period')}
          />
          <DecimalInput label={t('indicators.targets.target')} required {...form.getInputProps('target')} />
        </SimpleGrid>
        <TargetRegionChecks
          own={own}
          beneath={beneath}
          allLabel={t(parent ? 'indicators.targets.allChildren' : 'indicators.targets.allProvinces')}
          value={form.values.regions}
          onChange={(codes) => form.setFieldValue('regions', codes)}
          error={form.errors.regions}
          describe={currentOf}
        />
        {own.length + beneath.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('indicators.targets.noRegions')}
          </Text>
        )}
        <SaveProblemAlert
          feedback={feedback}
          notSavedTitle={t('indicators.targets.notSaved')}
          onReload={reload}
        />
        <FormButtons
          cancelLabel={t('indicators.form.cancel')}
          onCancel={onDone}
          submitLabel={t('indicators.targets.save')}
          submitting={submitting}
        />
      </Stack>
    </form>
  );
}
