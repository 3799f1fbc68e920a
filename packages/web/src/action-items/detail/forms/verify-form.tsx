import { useMutation } from '@tanstack/react-query';
import { type ActionItemDetail, verificationInput } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../api/trpc';
import {
  emptyVerifiedValue,
  type VerifiedValueDraft,
  VerifiedValueFieldset,
  verifiedValueFields,
  verifiedValueInput,
} from '../../../indicator-links/verified-value-fieldset';
import { schemaErrors } from '../../../kit/form/validate';
import { ActionFormFrame, type ActionFormProps, ActionTextarea } from '../action-form-frame';
import { EvidenceEntry } from '../evidence-section';
import { useItemForm } from '../use-item-form';

interface Values {
  accept: boolean;
  reason: string;
  indicatorValue: VerifiedValueDraft;
}

/**
 * Accepts the evidence (the item is done) or rejects it with a reason (back to work). When the item
 * names an indicator, accepting may record the value the work brought about in the same step.
 */
export function VerifyForm({ item, onDone }: ActionFormProps & { item: ActionItemDetail }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const mutation = useMutation(trpc.actionItems.verify.mutationOptions());
  const pending = item.evidence.filter((e) => e.verdict === 'pending');
  const input = ({ indicatorValue, ...values }: Values, version: number) => ({
    id: item.id,
    version,
    ...values,
    // Only an acceptance carries a value; a rejection keeps what was typed out of the request.
    indicatorValue: values.accept && item.indicator ? verifiedValueInput(indicatorValue) : undefined,
  });
  const act = useItemForm<Values>(item, {
    initialValues: { accept: true, reason: '', indicatorValue: emptyVerifiedValue(item.indicator) },
    validate: (values, lang) => schemaErrors(verificationInput, input(values, item.version), lang),
    fields: ['reason', ...verifiedValueFields],
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
      {item.indicator && (
        <VerifiedValueFieldset
          link={item.indicator}
          value={act.form.values.indicatorValue}
          onChange={(value) => act.form.setFieldValue('indicatorValue', value)}
          errors={act.form.errors}
        />
      )}
    </ActionFormFrame>
  );
}
