import { Button, Text, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type ActionItemDetail, actionItemTransitionInput } from '@tindak/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../api/trpc';
import { ActionFormFrame, type ActionFormProps } from '../action-form-frame';
import { useItemAction } from '../use-item-action';

export type ReasonedStatusAction = 'block' | 'unblock' | 'cancel';

interface StatusChangeFormProps extends ActionFormProps {
  item: ActionItemDetail;
  action: ReasonedStatusAction;
}

/** Block, unblock or cancel: a status change that carries a reason (required for block and cancel). */
export function StatusChangeForm({ item, action, onDone }: StatusChangeFormProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const mutation = useMutation(trpc.actionItems.changeStatus.mutationOptions());
  const act = useItemAction(item, ['reason']);
  const [reason, setReason] = useState('');

  const submit = async () => {
    const input = { id: item.id, version: act.version, action, reason };
    if (!act.check(actionItemTransitionInput, input)) return;
    const saved = await act.run(
      (version) => mutation.mutateAsync({ ...input, version }),
      t(`actionItems.actions.${action}.done`),
    );
    if (saved) onDone();
  };

  return (
    <ActionFormFrame
      action={act}
      onCancel={onDone}
      onSubmit={() => void submit()}
      buttons={
        <Button type="submit" color={action === 'cancel' ? 'red' : undefined} loading={act.pending}>
          {t(`actionItems.actions.${action}.submit`)}
        </Button>
      }
    >
      {action === 'cancel' && <Text size="sm">{t('actionItems.actions.cancel.warning')}</Text>}
      <Textarea
        label={t(`actionItems.actions.${action}.reason`)}
        required={action !== 'unblock'}
        autosize
        minRows={3}
        maxRows={10}
        data-autofocus
        value={reason}
        onChange={(event) => {
          setReason(event.currentTarget.value);
          act.clearFieldError('reason');
        }}
        error={act.fieldErrors.reason}
      />
    </ActionFormFrame>
  );
}
