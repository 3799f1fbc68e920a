import { NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type ActionItemDetail, type ActionItemPriority, actionItemUpdateInput } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../api/trpc';
import {
  IndicatorLinkFields,
  type LinkValue,
  linkFields,
  linkInput,
  linkValueOf,
} from '../../../indicator-links/indicator-link-fields';
import { DateField } from '../../../kit/form/date-field';
import { schemaErrors } from '../../../kit/form/validate';
import { dateInputProps } from '../../../records/date-input-props';
import { isPriority, priorityOptions } from '../../shared/options';
import { ActionFormFrame, type ActionFormProps, ActionTextarea } from '../action-form-frame';
import { useItemForm } from '../use-item-form';

interface Values {
  title: string;
  description: string;
  dueOn: string;
  priority: ActionItemPriority;
  indicator: LinkValue;
}

/** Heads correct an item's title, description, deadline and priority; the owner stays as passed down. */
export function EditForm({ item, onDone }: ActionFormProps & { item: ActionItemDetail }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const mutation = useMutation(trpc.actionItems.update.mutationOptions());
  const input = ({ indicator, ...values }: Values, version: number) => ({
    id: item.id,
    version,
    ...values,
    ownerPersonId: item.ownerPerson?.id ?? null,
    indicator: linkInput(indicator),
  });
  const act = useItemForm<Values>(item, {
    initialValues: {
      title: item.title,
      description: item.description ?? '',
      dueOn: item.dueOn,
      priority: item.priority,
      indicator: linkValueOf(item.indicator),
    },
    validate: (values, lang) =>
      schemaErrors(actionItemUpdateInput, input(values, item.version), lang, { dueOn: !values.dueOn }),
    fields: ['title', 'description', 'dueOn', 'priority', ...linkFields],
    save: (values, version) => mutation.mutateAsync(input(values, version)),
    done: () => t('actionItems.actions.edit.done'),
    onDone,
  });
  const { form } = act;

  return (
    <ActionFormFrame action={act} submitLabel={t('actionItems.actions.edit.submit')}>
      <TextInput
        label={t('actionItems.actions.edit.name')}
        required
        data-autofocus
        {...form.getInputProps('title')}
      />
      <ActionTextarea
        label={t('actionItems.actions.edit.description')}
        {...form.getInputProps('description')}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <DateField label={t('actionItems.actions.edit.dueOn')} required {...dateInputProps(form, 'dueOn')} />
        <NativeSelect
          label={t('actionItems.actions.edit.priority')}
          data={priorityOptions(t)}
          value={form.values.priority}
          onChange={(event) => {
            const value = event.currentTarget.value;
            if (isPriority(value)) form.setFieldValue('priority', value);
          }}
          error={form.errors.priority}
        />
      </SimpleGrid>
      <IndicatorLinkFields
        value={form.values.indicator}
        onChange={(link) => form.setFieldValue('indicator', link)}
        errors={form.errors}
      />
    </ActionFormFrame>
  );
}
