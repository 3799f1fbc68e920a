import { Button, NativeSelect, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type ActionItemDetail, type ActionItemPriority, actionItemUpdateInput } from '@tindak/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../api/trpc';
import { isPriority, priorityOptions } from '../../shared/options';
import { ActionFormFrame, type ActionFormProps } from '../action-form-frame';
import { useItemAction } from '../use-item-action';

/** Heads correct an item's title, description, deadline and priority; the owner stays as passed down. */
export function EditForm({ item, onDone }: ActionFormProps & { item: ActionItemDetail }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const mutation = useMutation(trpc.actionItems.update.mutationOptions());
  const act = useItemAction(item, ['title', 'description', 'dueOn', 'priority']);
  const [title, setTitle] = useState(item.title);
  const [description, setDescription] = useState(item.description ?? '');
  const [dueOn, setDueOn] = useState(item.dueOn);
  const [priority, setPriority] = useState<ActionItemPriority>(item.priority);

  const submit = async () => {
    const input = {
      id: item.id,
      version: act.version,
      title,
      description,
      dueOn,
      priority,
      ownerPersonId: item.ownerPerson?.id ?? null,
    };
    if (!act.check(actionItemUpdateInput, input)) return;
    const saved = await act.run(
      (version) => mutation.mutateAsync({ ...input, version }),
      t('actionItems.actions.edit.done'),
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
          {t('actionItems.actions.edit.submit')}
        </Button>
      }
    >
      <TextInput
        label={t('actionItems.actions.edit.name')}
        required
        data-autofocus
        value={title}
        onChange={(event) => {
          setTitle(event.currentTarget.value);
          act.clearFieldError('title');
        }}
        error={act.fieldErrors.title}
      />
      <Textarea
        label={t('actionItems.actions.edit.description')}
        autosize
        minRows={3}
        maxRows={10}
        value={description}
        onChange={(event) => {
          setDescription(event.currentTarget.value);
          act.clearFieldError('description');
        }}
        error={act.fieldErrors.description}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <TextInput
          type="date"
          label={t('actionItems.actions.edit.dueOn')}
          required
          value={dueOn}
          onChange={(event) => {
            setDueOn(event.currentTarget.value);
            act.clearFieldError('dueOn');
          }}
          error={act.fieldErrors.dueOn}
        />
        <NativeSelect
          label={t('actionItems.actions.edit.priority')}
          data={priorityOptions(t)}
          value={priority}
          onChange={(event) => {
            const value = event.currentTarget.value;
            if (isPriority(value)) setPriority(value);
          }}
          error={act.fieldErrors.priority}
        />
      </SimpleGrid>
    </ActionFormFrame>
  );
}
