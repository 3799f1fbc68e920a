import { Button, NumberInput, Slider, Stack, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type ActionItemDetail, actionItemProgressInput } from '@tindak/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../api/trpc';
import { ActionFormFrame, type ActionFormProps } from '../action-form-frame';
import { useItemAction } from '../use-item-action';

const marks = [0, 25, 50, 75, 100].map((value) => ({ value, label: `${value}%` }));

/** Progress in percent, typed or dragged, with an optional note on what was done. */
export function ProgressForm({ item, onDone }: ActionFormProps & { item: ActionItemDetail }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const mutation = useMutation(trpc.actionItems.reportProgress.mutationOptions());
  const act = useItemAction(item, ['progress', 'note']);
  const [progress, setProgress] = useState<number | string>(item.progress);
  const [note, setNote] = useState('');
  const asNumber = typeof progress === 'number' ? progress : Number.NaN;

  const submit = async () => {
    const input = { id: item.id, version: act.version, progress: asNumber, note };
    if (!act.check(actionItemProgressInput, input)) return;
    const saved = await act.run(
      (version) => mutation.mutateAsync({ ...input, version }),
      t('actionItems.actions.progress.done'),
    );
    if (saved) onDone();
  };

  return (
    <ActionFormFrame
      action={act}
      onCancel={onDone}
      onSubmit={() => void submit()}
      buttons={
        <Button type="submit" loading={act.pending}>
          {t('actionItems.actions.progress.submit')}
        </Button>
      }
    >
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
          value={progress}
          onChange={(value) => {
            setProgress(value);
            act.clearFieldError('progress');
          }}
          error={act.fieldErrors.progress}
        />
        <Slider
          thumbLabel={t('actionItems.actions.progress.slider')}
          min={0}
          max={100}
          step={5}
          marks={marks}
          label={(value) => `${value}%`}
          value={Number.isNaN(asNumber) ? 0 : asNumber}
          onChange={(value) => {
            setProgress(value);
            act.clearFieldError('progress');
          }}
          mb="md"
        />
      </Stack>
      <Textarea
        label={t('actionItems.actions.progress.note')}
        autosize
        minRows={3}
        maxRows={10}
        value={note}
        onChange={(event) => {
          setNote(event.currentTarget.value);
          act.clearFieldError('note');
        }}
        error={act.fieldErrors.note}
      />
    </ActionFormFrame>
  );
}
