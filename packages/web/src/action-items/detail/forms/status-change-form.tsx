import { Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type ActionItemDetail, actionItemTransitionInput } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../api/trpc';
import { schemaErrors } from '../../../kit/form/validate';
import { ActionFormFrame, type ActionFormProps, ActionTextarea } from '../action-form-frame';
import { useItemForm } from '../use-item-form';

export type ReasonedStatusAction = 'block' | 'unblock' | 'cancel';

interface StatusChangeFormProps extends ActionFormProps {
  item: ActionItemDetail;
  action: ReasonedStatusAction;
}

/** Block, unblock or cancel: a status change that carries a reason (required for block and cancel). */
export function StatusChangeForm({ item, action, onDone }: StatusChangeFormProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const changeStatus = useMutation(trpc.actionItems.changeStatus.mutationOptions());
  // The secretariat who drafted an item may withdraw it too, through its own procedure.
  const cancelDraft = useMutation(trpc.actionItems.cancelDraft.mutationOptions());
  const input = ({ reason }: { reason: string }, version: number) => ({
    id: item.id,
    version,
    action,
    reason,
  });
  const act = useItemForm(item, {
    initialValues: { reason: '' },
    validate: (values, lang) => schemaErrors(actionItemTransitionInput, input(values, item.version), lang),
    fields: ['reason'],
    save: (values, version) =>
      item.status === 'draft' && action === 'cancel'
        ? cancelDraft.mutateAsync({ id: item.id, version, reason: values.reason })
        : changeStatus.mutateAsync(input(values, version)),
    done: () => t(`actionItems.actions.${action}.done`),
    onDone,
  });

  return (
    <ActionFormFrame
      action={act}
      submitLabel={t(`actionItems.actions.${action}.submit`)}
      submitColor={action === 'cancel' ? 'red' : undefined}
    >
      {action === 'cancel' && <Text size="sm">{t('actionItems.actions.cancel.warning')}</Text>}
      <ActionTextarea
        label={t(`actionItems.actions.${action}.reason`)}
        required={action !== 'unblock'}
        data-autofocus
        {...act.form.getInputProps('reason')}
      />
    </ActionFormFrame>
  );
}
