import { Button, Paper, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import {
  type ActionItemDetail,
  extensionDecisionInput,
  extensionRequestInput,
  formatCalendarDate,
  translateMessage,
} from '@tindak/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../api/trpc';
import { useLanguage } from '../../../i18n/use-language';
import { ActionFormFrame, type ActionFormProps } from '../action-form-frame';
import { useItemAction } from '../use-item-action';

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** Asks for a later deadline, with the reason the head will read before deciding. */
export function RequestExtensionForm({ item, onDone }: ActionFormProps & { item: ActionItemDetail }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const trpc = useTRPC();
  const mutation = useMutation(trpc.actionItems.requestExtension.mutationOptions());
  const act = useItemAction(item, ['requestedDueOn', 'reason']);
  const [requestedDueOn, setRequestedDueOn] = useState('');
  const [reason, setReason] = useState('');

  const submit = async () => {
    const input = { id: item.id, version: act.version, requestedDueOn, reason };
    const extra: Record<string, string> = {};
    if (!requestedDueOn) extra.requestedDueOn = translateMessage('required', lang);
    else if (requestedDueOn <= item.dueOn)
      extra.requestedDueOn = translateMessage('extensionMustBeLater', lang);
    if (!act.check(extensionRequestInput, input, extra)) return;
    const saved = await act.run(
      (version) => mutation.mutateAsync({ ...input, version }),
      t('actionItems.actions.requestExtension.done'),
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
          {t('actionItems.actions.requestExtension.submit')}
        </Button>
      }
    >
      <Text size="sm">
        {t('actionItems.actions.requestExtension.current', { date: formatCalendarDate(item.dueOn, lang) })}
      </Text>
      <TextInput
        type="date"
        label={t('actionItems.actions.requestExtension.newDue')}
        required
        data-autofocus
        min={nextDay(item.dueOn)}
        value={requestedDueOn}
        onChange={(event) => {
          setRequestedDueOn(event.currentTarget.value);
          act.clearFieldError('requestedDueOn');
        }}
        error={act.fieldErrors.requestedDueOn}
      />
      <Textarea
        label={t('actionItems.actions.requestExtension.reason')}
        required
        autosize
        minRows={3}
        maxRows={10}
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

interface DecideExtensionFormProps extends ActionFormProps {
  item: ActionItemDetail;
  extension: ActionItemDetail['extensions'][number];
}

/**
 * Approves (the deadline moves to the requested date, or to another one the head picks with a
 * reason) or rejects (a note says why) the pending request.
 */
export function DecideExtensionForm({ item, extension, onDone }: DecideExtensionFormProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const trpc = useTRPC();
  const mutation = useMutation(trpc.actionItems.decideExtension.mutationOptions());
  const act = useItemAction(item, ['approvedDueOn', 'note']);
  const [approvedDueOn, setApprovedDueOn] = useState(extension.requestedDueOn);
  const [note, setNote] = useState('');

  const decide = async (approve: boolean) => {
    if (act.pending) return;
    const input = {
      id: item.id,
      version: act.version,
      extensionId: extension.id,
      approve,
      approvedDueOn: approve ? approvedDueOn : null,
      note,
    };
    // The same rules the API applies, which the schema alone cannot (it does not know the request).
    const extra: Record<string, string> = {};
    if (approve && !approvedDueOn) extra.approvedDueOn = translateMessage('required', lang);
    else if (approve && approvedDueOn !== extension.requestedDueOn) {
      if (approvedDueOn <= item.dueOn) extra.approvedDueOn = translateMessage('extensionMustBeLater', lang);
      if (!note.trim()) extra.note = translateMessage('reasonRequired', lang);
    }
    if (!act.check(extensionDecisionInput, input, extra)) return;
    const saved = await act.run(
      (version) => mutation.mutateAsync({ ...input, version }),
      approve
        ? t('actionItems.actions.decideExtension.approved')
        : t('actionItems.actions.decideExtension.rejected'),
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
            {t('actionItems.actions.decideExtension.reject')}
          </Button>
          <Button type="submit" loading={act.pending}>
            {t('actionItems.actions.decideExtension.approve')}
          </Button>
        </>
      }
    >
      <Paper withBorder p="sm">
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('actionItems.extensions.change', {
              from: formatCalendarDate(extension.previousDueOn, lang),
              to: formatCalendarDate(extension.requestedDueOn, lang),
            })}
          </Text>
          <Text size="sm" className="tindak-preserve-lines">
            {t('actionItems.extensions.reason', { reason: extension.reason })}
          </Text>
        </Stack>
      </Paper>
      <TextInput
        type="date"
        label={t('actionItems.actions.decideExtension.approvedDueOn')}
        description={t('actionItems.actions.decideExtension.approvedDueOnHint', {
          date: formatCalendarDate(extension.requestedDueOn, lang),
        })}
        data-autofocus
        min={nextDay(item.dueOn)}
        value={approvedDueOn}
        onChange={(event) => {
          setApprovedDueOn(event.currentTarget.value);
          act.clearFieldError('approvedDueOn');
        }}
        error={act.fieldErrors.approvedDueOn}
      />
      <Textarea
        label={t('actionItems.actions.decideExtension.note')}
        description={t('actionItems.actions.decideExtension.noteHint')}
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
