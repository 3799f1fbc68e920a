import { Button, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type ActionItemDetail, verificationInput } from '@tindak/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../api/trpc';
import { ActionFormFrame, type ActionFormProps } from '../action-form-frame';
import { EvidenceEntry } from '../evidence-section';
import { useItemAction } from '../use-item-action';

/** Accepts the evidence (the item is done) or rejects it with a reason (back to work). */
export function VerifyForm({ item, onDone }: ActionFormProps & { item: ActionItemDetail }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const mutation = useMutation(trpc.actionItems.verify.mutationOptions());
  const act = useItemAction(item, ['reason']);
  const [reason, setReason] = useState('');
  const pending = item.evidence.filter((e) => e.verdict === 'pending');

  const decide = async (accept: boolean) => {
    if (act.pending) return;
    const input = { id: item.id, version: act.version, accept, reason };
    if (!act.check(verificationInput, input)) return;
    const saved = await act.run(
      (version) => mutation.mutateAsync({ ...input, version }),
      accept ? t('actionItems.actions.verify.accepted') : t('actionItems.actions.verify.rejected'),
    );
    if (saved) onDone();
  };

  return (
    <ActionFormFrame
      action={act}
      onCancel={onDone}
      onSubmit={() => void decide(true)}
      buttons={
        <>
          <Button color="red" variant="light" onClick={() => void decide(false)} loading={act.pending}>
            {t('actionItems.actions.verify.reject')}
          </Button>
          <Button type="submit" color="teal" loading={act.pending}>
            {t('actionItems.actions.verify.accept')}
          </Button>
        </>
      }
    >
      {pending.map((evidence) => (
        <EvidenceEntry key={evidence.id} evidence={evidence} />
      ))}
      <Textarea
        label={t('actionItems.actions.verify.reason')}
        description={t('actionItems.actions.verify.reasonHint')}
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
