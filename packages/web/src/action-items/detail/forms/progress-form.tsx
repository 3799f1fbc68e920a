import { NumberInput, Slider, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type ActionItemDetail, actionItemProgressInput } from '@tindak/shared';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../api/trpc';
import { schemaErrors } from '../../../kit/form/validate';
import { useSaveOrQueue } from '../../../offline/pending-save';
import { ActionFormFrame, type ActionFormProps, ActionTextarea } from '../action-form-frame';
import { useItemForm } from '../use-item-form';

const marks = [0, 25, 50, 75, 100].map((value) => ({ value, label: `${value}%` }));

const asNumber = (progress: number | string) => (typeof progress === 'number' ? progress : Number.NaN);

/** Progress in percent, typed or dragged, with an optional note on what was done. */
export function ProgressForm({ item, onDone }: ActionFormProps & { item: ActionItemDetail }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const mutation = useMutation(trpc.actionItems.reportProgress.mutationOptions());
  const input = (values: { progress: number | string; note: string }, version: number) => ({
    id: item.id,
    version,
    progress: asNumber(values.progress),
    note: values.note,
  });
  const saveOrQueue = useSaveOrQueue();
  // Whether the last save waited on the device, for the toast to say so.
  const queued = useRef(false);
  const act = useItemForm(item, {
    initialValues: { progress: item.progress as number | string, note: '' },
    validate: (values, lang) => schemaErrors(actionItemProgressInput, input(values, item.version), lang),
    fields: ['progress', 'note'],
    save: async (values, version) => {
      const result = await saveOrQueue({
        procedure: 'actionItems.reportProgress',
        recordId: item.id,
        input: input(values, version),
        label: t('pendingChanges.label.progress', { progress: asNumber(values.progress), title: item.title }),
        send: (sent) => mutation.mutateAsync(sent),
      });
      queued.current = result.queued;
      return result.queued ? item : result.saved;
    },
    done: () => (queued.current ? t('pendingChanges.savedOnDevice') : t('actionItems.actions.progress.done')),
    onDone,
  });
  const { form } = act;
  const progress = asNumber(form.values.progress);

  return (
    <ActionFormFrame action={act} submitLabel={t('actionItems.actions.progress.submit')}>
      <Stack gap="lg">
        <NumberInput
          label={t('actionItems.actions.progress.value')}
          description={t('actionItems.actions.progress.valueHint', { current: item.progress })}
          min={0}
          max={100}
          step={5}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="strict"
          suffix="%"
          required
          data-autofocus
          {...form.getInputProps('progress')}
        />
        <Slider
          thumbLabel={t('actionItems.actions.progress.slider')}
          min={0}
          max={100}
          step={5}
          marks={marks}
          label={(value) => `${value}%`}
          value={Number.isNaN(progress) ? 0 : progress}
          onChange={(value) => form.setFieldValue('progress', value)}
          mb="md"
        />
      </Stack>
      <ActionTextarea label={t('actionItems.actions.progress.note')} {...form.getInputProps('note')} />
    </ActionFormFrame>
  );
}
