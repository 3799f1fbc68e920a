import { Button, Group, NativeSelect, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  type ActionItemDetail,
  type ActionItemPriority,
  actionItemCreateInput,
  actionItemDraftInput,
  todayIn,
} from '@tindak/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../api/trpc';
import {
  IndicatorLinkFields,
  type LinkValue,
  linkFields,
  linkInput,
  noLink,
} from '../indicator-links/indicator-link-fields';
import { DateField } from '../kit/form/date-field';
import { SaveProblemAlert } from '../kit/form/save-problem-alert';
import { useSaveForm } from '../kit/form/use-save-form';
import { schemaErrors } from '../kit/form/validate';
import { organizationSelectProps, useOrganizations } from '../organizations/use-organizations';
import { dateInputProps } from '../records/date-input-props';
import { isPriority, priorityOptions } from './shared/options';
import { PersonPicker } from './shared/person-picker';

export interface ActionItemFormProps {
  /**
   * Where the follow-up comes from; give at least one id. The form shows no field for it: the page
   * that embeds the form (a meeting, a proposal, a commitment) already knows.
   */
  source: { meetingId?: string; proposalId?: string; commitmentId?: string };
  /**
   * Called with the new item's id after it is saved. The form then empties itself (with a fresh
   * idempotency key) so the next follow-up can be typed straight away.
   */
  onCreated?: (id: string) => void;
  /**
   * Save a draft (the secretariat, from a meeting) for a head of the host office to assign, rather
   * than an assigned item; a draft names no assigner.
   */
  draft?: boolean;
}

interface Values {
  title: string;
  description: string;
  ownerOrganizationId: string | null;
  ownerPersonId: string | null;
  assignedByPersonId: string | null;
  dueOn: string;
  priority: ActionItemPriority;
  indicator: LinkValue;
}

const emptyValues: Values = {
  title: '',
  description: '',
  ownerOrganizationId: null,
  ownerPersonId: null,
  assignedByPersonId: null,
  dueOn: '',
  priority: 'normal',
  indicator: noLink,
};

const shownFields = [
  'title',
  'description',
  'ownerOrganizationId',
  'ownerPersonId',
  'assignedByPersonId',
  'dueOn',
  'priority',
  ...linkFields,
] as const;

/**
 * Creates one action item (tindak lanjut) from a meeting, proposal or commitment. Self-contained:
 * it loads its own offices and people, checks input with the shared schema, shows server messages
 * next to their fields, and sends one idempotency key per item, so a retried or double-clicked save
 * still creates a single item.
 */
export function ActionItemForm(props: ActionItemFormProps) {
  // After a save the next item starts on a fresh form: empty fields, pickers and idempotency key.
  const [round, setRound] = useState(0);
  return <NewItemForm key={round} {...props} onSaved={() => setRound((n) => n + 1)} />;
}

function NewItemForm({
  source,
  onCreated,
  draft = false,
  onSaved,
}: ActionItemFormProps & { onSaved: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const createOpen = useMutation(trpc.actionItems.create.mutationOptions());
  const createDraft = useMutation(trpc.actionItems.createDraft.mutationOptions());
  const { organizations } = useOrganizations();
  const officeSelect = useMemo(() => organizationSelectProps(organizations), [organizations]);

  const openInput = (values: Values, idempotencyKey: string) => ({
    ...values,
    ownerOrganizationId: values.ownerOrganizationId ?? '',
    meetingId: source.meetingId,
    proposalId: source.proposalId,
    commitmentId: source.commitmentId,
    indicator: linkInput(values.indicator),
    idempotencyKey,
  });
  const draftInput = (values: Values, idempotencyKey: string) => ({
    title: values.title,
    description: values.description,
    meetingId: source.meetingId ?? '',
    ownerOrganizationId: values.ownerOrganizationId ?? '',
    ownerPersonId: values.ownerPersonId,
    dueOn: values.dueOn,
    priority: values.priority,
    indicator: linkInput(values.indicator),
    idempotencyKey,
  });

  const { form, feedback, formProps, submitting, idempotencyKey } = useSaveForm<Values, ActionItemDetail>({
    initialValues: emptyValues,
    validate: (values, lang): Record<string, string> => {
      // An empty choice reads better as "required" than as "not a valid identifier".
      const blank = { ownerOrganizationId: !values.ownerOrganizationId, dueOn: !values.dueOn };
      return draft
        ? schemaErrors(actionItemDraftInput, draftInput(values, idempotencyKey), lang, blank)
        : schemaErrors(actionItemCreateInput, openInput(values, idempotencyKey), lang, blank);
    },
    isShown: (path) => (shownFields as readonly string[]).includes(path),
    save: (values, context) =>
      draft
        ? createDraft.mutateAsync(draftInput(values, context.idempotencyKey))
        : createOpen.mutateAsync(openInput(values, context.idempotencyKey)),
    onSaved: (saved) => {
      queryClient.setQueryData(trpc.actionItems.get.queryKey({ id: saved.id }), saved);
      void queryClient.invalidateQueries({ queryKey: trpc.actionItems.list.pathKey() });
      notifications.show({
        color: 'teal',
        message: t(draft ? 'actionItems.form.draftCreated' : 'actionItems.form.created', {
          title: saved.title,
        }),
      });
      onSaved();
      onCreated?.(saved.id);
    },
  });
  const { values, errors } = form;

  return (
    <form {...formProps} aria-label={draft ? t('actionItems.form.draftTitle') : t('actionItems.form.title')}>
      <Stack gap="sm">
        <TextInput
          label={t('actionItems.form.titleField')}
          placeholder={t('actionItems.form.titlePlaceholder')}
          required
          {...form.getInputProps('title')}
        />
        <Textarea
          label={t('actionItems.form.description')}
          description={t('actionItems.form.descriptionHint')}
          autosize
          minRows={2}
          maxRows={8}
          {...form.getInputProps('description')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('actionItems.form.office')}
            placeholder={t('actionItems.officePlaceholder')}
            required
            {...officeSelect}
            searchable
            clearable
            nothingFoundMessage={t('actionItems.noOfficeMatches')}
            value={values.ownerOrganizationId}
            onChange={(value) => {
              form.setFieldValue('ownerOrganizationId', value);
              // The person chosen may work elsewhere.
              form.setFieldValue('ownerPersonId', null);
            }}
            error={errors.ownerOrganizationId}
          />
          <PersonPicker
            key={`owner-${values.ownerOrganizationId ?? 'any'}`}
            label={t('actionItems.form.person')}
            organizationId={values.ownerOrganizationId}
            value={values.ownerPersonId}
            onChange={(value) => form.setFieldValue('ownerPersonId', value)}
            error={errors.ownerPersonId}
          />
          {!draft && (
            <PersonPicker
              label={t('actionItems.form.assignedBy')}
              value={values.assignedByPersonId}
              onChange={(value) => form.setFieldValue('assignedByPersonId', value)}
              error={errors.assignedByPersonId}
            />
          )}
          <DateField
            label={t('actionItems.form.dueOn')}
            required
            minDate={todayIn()}
            {...dateInputProps(form, 'dueOn')}
          />
          <NativeSelect
            label={t('actionItems.form.priority')}
            data={priorityOptions(t)}
            value={values.priority}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (isPriority(value)) form.setFieldValue('priority', value);
            }}
            error={errors.priority}
          />
        </SimpleGrid>
        <IndicatorLinkFields
          value={values.indicator}
          onChange={(link) => form.setFieldValue('indicator', link)}
          errors={errors}
        />
        <SaveProblemAlert
          feedback={feedback}
          notSavedTitle={t('actionItems.form.notSaved')}
          onReload={() => {}}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={submitting}>
            {draft ? t('actionItems.form.submitDraft') : t('actionItems.form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
