import { useMutation } from '@tanstack/react-query';
import { type ActionItemDetail, verificationInput } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../api/trpc';
import { schemaErrors } from '../../../kit/form/validate';
import { ActionFormFrame, type ActionFormProps, ActionTextarea } from '../action-form-frame';
import { EvidenceEntry } from '../evidence-section';
import { useItemForm } from '../use-item-form';

interface Values {
  accept: boolean;
  reason: string;
}

/** Accepts the evidence (the item is done) or rejects it with a reason (back to work). */
export function VerifyForm({ item, onDone }: ActionFormProps & { item: ActionItemDetail }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const mutation = useMutation(trpc.actionItems.verify.mutationOptions());
  const pending = item.evidence.filter((e) => e.verdict === 'pending');
  const input = (values: Values, version: number) => ({ id: item.id, version, ...values });
  const act = useItemForm<Values>(item, {
    initialValues: { accept: true, reason: '' },
    validate: (values, lang) => schemaErrors(verificationInput, input(values, item.version), lang),
    fields: ['reason'],
    save: (values, version) => mutation.mutateAsync(input(values, version)),
    done: ({ accept }) =>
      accept ? t('actionItems.actions.verify.accepted') : t('actionItems.actions.verify.rejected'),
    onDone,
  });
  // Enter (the submit button) accepts.
  return (
    <ActionFormFrame
      action={act}
      submitLabel={t('actionItems.actions.verify.accept')}
      submitColor="teal"
      refusal={{
        label: t('actionItems.actions.verify.reject'),
        choose: (accept) => act.form.setFieldValue('accept', accept),
      }}
    >
      {pending.map((evidence) => (
        <EvidenceEntry key={evidence.id} evidence={evidence} />
      ))}
      <ActionTextarea
        label={t('actionItems.actions.verify.reason')}
        description={t('actionItems.actions.verify.reasonHint')}
        data-autofocus
        {...act.form.getInputProps('reason')}
      />
    </ActionFormFrame>
  );
}
