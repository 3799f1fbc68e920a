import { Select, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type ActionItemDetail, actionItemDelegateInput } from '@tindak/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../api/trpc';
import { schemaErrors } from '../../../kit/form/validate';
import { organizationSelectProps, useOrganizations } from '../../../organizations/use-organizations';
import { PersonPicker } from '../../shared/person-picker';
import { ActionFormFrame, type ActionFormProps, ActionTextarea } from '../action-form-frame';
import { useItemForm } from '../use-item-form';

interface Values {
  toOrganizationId: string | null;
  toPersonId: string | null;
  instruction: string;
}

/** Disposisi: the current owner passes the item down to another office, with an instruction. */
export function DelegateForm({ item, onDone }: ActionFormProps & { item: ActionItemDetail }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const mutation = useMutation(trpc.actionItems.delegate.mutationOptions());
  const { organizations } = useOrganizations();
  // Passing an item to the office that already holds it is not a disposition.
  const officeSelect = useMemo(
    () => organizationSelectProps(organizations.filter((o) => o.id !== item.ownerOrganization.id)),
    [organizations, item.ownerOrganization.id],
  );
  const input = (values: Values, version: number) => ({
    id: item.id,
    version,
    ...values,
    toOrganizationId: values.toOrganizationId ?? '',
  });
  const act = useItemForm<Values>(item, {
    initialValues: { toOrganizationId: null, toPersonId: null, instruction: '' },
    validate: (values, lang) =>
      schemaErrors(actionItemDelegateInput, input(values, item.version), lang, {
        toOrganizationId: !values.toOrganizationId,
      }),
    fields: ['toOrganizationId', 'toPersonId', 'instruction'],
    save: (values, version) => mutation.mutateAsync(input(values, version)),
    done: () => t('actionItems.actions.delegate.done'),
    onDone,
  });
  const { form } = act;

  return (
    <ActionFormFrame action={act} submitLabel={t('actionItems.actions.delegate.submit')}>
      <Text size="sm">{t('actionItems.actions.delegate.from', { office: item.ownerOrganization.name })}</Text>
      <Select
        label={t('actionItems.actions.delegate.office')}
        placeholder={t('actionItems.officePlaceholder')}
        required
        data-autofocus
        {...officeSelect}
        searchable
        clearable
        nothingFoundMessage={t('actionItems.noOfficeMatches')}
        value={form.values.toOrganizationId}
        onChange={(value) => {
          form.setFieldValue('toOrganizationId', value);
          // The person chosen may work elsewhere.
          form.setFieldValue('toPersonId', null);
        }}
        error={form.errors.toOrganizationId}
      />
      <PersonPicker
        key={form.values.toOrganizationId ?? 'any'}
        label={t('actionItems.actions.delegate.person')}
        description={t('actionItems.actions.delegate.personHint')}
        organizationId={form.values.toOrganizationId}
        value={form.values.toPersonId}
        onChange={(value) => form.setFieldValue('toPersonId', value)}
        error={form.errors.toPersonId}
      />
      <ActionTextarea
        label={t('actionItems.actions.delegate.instruction')}
        placeholder={t('actionItems.actions.delegate.instructionPlaceholder')}
        required
        {...form.getInputProps('instruction')}
      />
    </ActionFormFrame>
  );
}
