import { Paper, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import {
  type ActionItemDetail,
  extensionDecisionInput,
  extensionRequestInput,
  formatCalendarDate,
  translateMessage,
} from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../api/trpc';
import { useLanguage } from '../../../i18n/use-language';
import { DateField } from '../../../kit/form/date-field';
import { schemaErrors } from '../../../kit/form/validate';
import { dateInputProps } from '../../../records/date-input-props';
import { ActionFormFrame, type ActionFormProps, ActionTextarea } from '../action-form-frame';
import { useItemForm } from '../use-item-form';

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
  type Values = { requestedDueOn: string; reason: string };
  const input = (values: Values, version: number) => ({ id: item.id, version, ...values });
  const act = useItemForm<Values>(item, {
    initialValues: { requestedDueOn: '', reason: '' },
    validate: (values, lang) => {
      const errors = schemaErrors(extensionRequestInput, input(values, item.version), lang);
      // The same rule the API applies, which the schema alone cannot (it does not know the deadline).
      if (!values.requestedDueOn) errors.requestedDueOn = translateMessage('required', lang);
      else if (values.requestedDueOn <= item.dueOn)
        errors.requestedDueOn = translateMessage('extensionMustBeLater', lang);
      return errors;
    },
    fields: ['requestedDueOn', 'reason'],
    save: (values, version) => mutation.mutateAsync(input(values, version)),
    done: () => t('actionItems.actions.requestExtension.done'),
    onDone,
  });
  const { form } = act;

  return (
    <ActionFormFrame action={act} submitLabel={t('actionItems.actions.requestExtension.submit')}>
      <Text size="sm">
        {t('actionItems.actions.requestExtension.current', { date: formatCalendarDate(item.dueOn, lang) })}
      </Text>
      <DateField
        label={t('actionItems.actions.requestExtension.newDue')}
        required
        data-autofocus
        minDate={nextDay(item.dueOn)}
        {...dateInputProps(form, 'requestedDueOn')}
      />
      <ActionTextarea
        label={t('actionItems.actions.requestExtension.reason')}
        required
        {...form.getInputProps('reason')}
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
  type Values = { approve: boolean; approvedDueOn: string; note: string };
  const input = (values: Values, version: number) => ({
    id: item.id,
    version,
    extensionId: extension.id,
    approve: values.approve,
    approvedDueOn: values.approve ? values.approvedDueOn : null,
    note: values.note,
  });
  const act = useItemForm<Values>(item, {
    initialValues: { approve: true, approvedDueOn: extension.requestedDueOn, note: '' },
    validate: (values, lang) => {
      const errors = schemaErrors(extensionDecisionInput, input(values, item.version), lang);
      // The same rules the API applies, which the schema alone cannot (it does not know the request).
      const { approve, approvedDueOn, note } = values;
      if (approve && !approvedDueOn) errors.approvedDueOn = translateMessage('required', lang);
      else if (approve && approvedDueOn !== extension.requestedDueOn) {
        if (approvedDueOn <= item.dueOn)
          errors.approvedDueOn = translateMessage('extensionMustBeLater', lang);
        if (!note.trim()) errors.note = translateMessage('reasonRequired', lang);
      }
      return errors;
    },
    fields: ['approvedDueOn', 'note'],
    save: (values, version) => mutation.mutateAsync(input(values, version)),
    done: ({ approve }) =>
      approve
        ? t('actionItems.actions.decideExtension.approved')
        : t('actionItems.actions.decideExtension.rejected'),
    onDone,
  });
  const { form } = act;
  // Enter (the submit button) approves.
  return (
    <ActionFormFrame
      action={act}
      submitLabel={t('actionItems.actions.decideExtension.approve')}
      refusal={{
        label: t('actionItems.actions.decideExtension.reject'),
        choose: (approve) => form.setFieldValue('approve', approve),
      }}
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
      <DateField
        label={t('actionItems.actions.decideExtension.approvedDueOn')}
        description={t('actionItems.actions.decideExtension.approvedDueOnHint', {
          date: formatCalendarDate(extension.requestedDueOn, lang),
        })}
        data-autofocus
        minDate={nextDay(item.dueOn)}
        {...dateInputProps(form, 'approvedDueOn')}
      />
      <ActionTextarea
        label={t('actionItems.actions.decideExtension.note')}
        description={t('actionItems.actions.decideExtension.noteHint')}
        {...form.getInputProps('note')}
      />
    </ActionFormFrame>
  );
}
