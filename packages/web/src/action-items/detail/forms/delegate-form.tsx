import { Button, Select, Text, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type ActionItemDetail, actionItemDelegateInput, translateMessage } from '@tindak/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../api/trpc';
import { useLanguage } from '../../../i18n/use-language';
import { organizationSelectProps, useOrganizations } from '../../../organizations/use-organizations';
import { PersonPicker } from '../../shared/person-picker';
import { ActionFormFrame, type ActionFormProps } from '../action-form-frame';
import { useItemAction } from '../use-item-action';

/** Disposisi: the current owner passes the item down to another office, with an instruction. */
export function DelegateForm({ item, onDone }: ActionFormProps & { item: ActionItemDetail }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const trpc = useTRPC();
  const mutation = useMutation(trpc.actionItems.delegate.mutationOptions());
  const act = useItemAction(item, ['toOrganizationId', 'toPersonId', 'instruction']);
  const { organizations } = useOrganizations();
  // Passing an item to the office that already holds it is not a disposition.
  const officeSelect = useMemo(
    () => organizationSelectProps(organizations.filter((o) => o.id !== item.ownerOrganization.id)),
    [organizations, item.ownerOrganization.id],
  );
  const [officeId, setOfficeId] = useState<string | null>(null);
  const [personId, setPersonId] = useState<string | null>(null);
  const [instruction, setInstruction] = useState('');

  const submit = async () => {
    const input = {
      id: item.id,
      version: act.version,
      toOrganizationId: officeId ?? '',
      toPersonId: personId,
      instruction,
    };
    const extra: Record<string, string> = officeId
      ? {}
      : { toOrganizationId: translateMessage('required', lang) };
    if (!act.check(actionItemDelegateInput, input, extra)) return;
    const saved = await act.run(
      (version) => mutation.mutateAsync({ ...input, version }),
      t('actionItems.actions.delegate.done'),
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
          {t('actionItems.actions.delegate.submit')}
        </Button>
      }
    >
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
        value={officeId}
        onChange={(value) => {
          setOfficeId(value);
          // The person chosen may work elsewhere.
          setPersonId(null);
          act.clearFieldError('toOrganizationId');
        }}
        error={act.fieldErrors.toOrganizationId}
      />
      <PersonPicker
        key={officeId ?? 'any'}
        label={t('actionItems.actions.delegate.person')}
        description={t('actionItems.actions.delegate.personHint')}
        organizationId={officeId}
        value={personId}
        onChange={(value) => {
          setPersonId(value);
          act.clearFieldError('toPersonId');
        }}
        error={act.fieldErrors.toPersonId}
      />
      <Textarea
        label={t('actionItems.actions.delegate.instruction')}
        placeholder={t('actionItems.actions.delegate.instructionPlaceholder')}
        required
        autosize
        minRows={3}
        maxRows={10}
        value={instruction}
        onChange={(event) => {
          setInstruction(event.currentTarget.value);
          act.clearFieldError('instruction');
        }}
        error={act.fieldErrors.instruction}
      />
    </ActionFormFrame>
  );
}
