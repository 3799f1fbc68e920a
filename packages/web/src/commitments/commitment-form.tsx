import {
  Button,
  Checkbox,
  Group,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type CommitmentDetail, commitmentDetailSchema } from '@tindak/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../api/trpc';
import { useLanguage } from '../i18n/use-language';
import { foldListPaths, isFieldPath } from '../kit/form/field-paths';
import { PersonSelect } from '../kit/person-select';
import { regionOptionGroups } from '../kit/region-options';
import { placeSaveError } from '../kit/form/save-errors';
import { SaveProblemAlert } from '../kit/form/save-problem-alert';
import { useRegions } from '../kit/use-regions';
import { useSaveFeedback } from '../kit/form/use-save-feedback';
import { newUuid } from '../lib/uuid';
import { organizationSelectProps, useOrganizations } from '../organizations/use-organizations';
import {
  type CommitmentFormValues,
  type CommitmentSource,
  commitmentFields,
  commitmentLists,
  commitmentToValues,
  emptyCommitmentValues,
  sourceOf,
  toCommitmentFields,
  validateCommitment,
} from './commitment-form-values';

export function parseCommitmentDetail(value: unknown): CommitmentDetail | null {
  const parsed = commitmentDetailSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

interface CommitmentFormProps {
  /** The commitment being edited; absent when recording a new one. */
  commitment?: CommitmentDetail;
  /** For a new one: the meeting and/or accepted proposal it comes from. */
  source?: CommitmentSource;
  preset?: Partial<CommitmentFormValues>;
  onDone: (saved: CommitmentDetail | null) => void;
}

/** Who promised what, for which regions, by when, and who on our side follows it up. */
export function CommitmentForm({ commitment, source, preset, onDone }: CommitmentFormProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const feedback = useSaveFeedback<CommitmentDetail>();
  const { organizations } = useOrganizations();
  const { regions } = useRegions();
  const officeSelect = useMemo(() => organizationSelectProps(organizations), [organizations]);
  const regionGroups = useMemo(() => regionOptionGroups(regions), [regions]);
  const [idempotencyKey] = useState(newUuid);
  const create = useMutation(trpc.commitments.create.mutationOptions());
  const update = useMutation(trpc.commitments.update.mutationOptions());
  const fixedSource: CommitmentSource = commitment
    ? sourceOf(commitment)
    : (source ?? { meetingId: null, proposalId: null });
  const editing = commitment ? { id: commitment.id, version: commitment.version } : null;

  const form = useForm<CommitmentFormValues>({
    mode: 'controlled',
    initialValues: commitment ? commitmentToValues(commitment) : emptyCommitmentValues(preset),
    validate: (values) => validateCommitment(values, fixedSource, lang, editing),
  });

  const submit = async (values: CommitmentFormValues) => {
    feedback.clear();
    const fields = toCommitmentFields(values, fixedSource);
    try {
      const saved = commitment
        ? await update.mutateAsync({ ...fields, id: commitment.id, version: commitment.version })
        : await create.mutateAsync({ ...fields, idempotencyKey });
      queryClient.setQueryData(trpc.commitments.get.queryKey({ id: saved.id }), saved);
      void queryClient.invalidateQueries({ queryKey: trpc.commitments.list.pathKey() });
      if (saved.proposal && !saved.proposal.outsideScope) {
        void queryClient.invalidateQueries({
          queryKey: trpc.proposals.get.queryKey({ id: saved.proposal.id }),
        });
      }
      notifications.show({
        color: 'teal',
        message: commitment ? t('commitments.form.updated') : t('commitments.form.created'),
      });
      onDone(saved);
    } catch (error) {
      const placed = placeSaveError(
        error,
        (path) => isFieldPath(path, commitmentFields, commitmentLists),
        t('common.networkError'),
        parseCommitmentDetail,
      );
      form.setErrors(foldListPaths(placed.fieldErrors, commitmentLists));
      feedback.failed(placed);
    }
  };

  const reload = (current: CommitmentDetail) => {
    queryClient.setQueryData(trpc.commitments.get.queryKey({ id: current.id }), current);
    feedback.reloaded(t('meetingRecord.conflict.reloadedForm'));
  };

  const setOffice = (field: 'committedByOrganizationId' | 'ownerOrganizationId', value: string | null) => {
    form.setFieldValue(field, value);
    form.clearFieldError(field);
    // A person belongs to an office; another office means choosing the person again.
    form.setFieldValue(field === 'committedByOrganizationId' ? 'committedByPersonId' : 'ownerPersonId', null);
  };

  return (
    <form
      ref={feedback.formRef}
      noValidate
      aria-label={commitment ? t('commitments.form.editTitle') : t('commitments.form.newTitle')}
      onSubmit={form.onSubmit(submit, () => feedback.invalid())}
    >
      <Stack gap="sm">
        <TextInput
          label={t('commitments.form.title')}
          placeholder={t('commitments.form.titlePlaceholder')}
          required
          {...form.getInputProps('title')}
        />
        <Textarea
          label={t('commitments.form.description')}
          autosize
          minRows={2}
          maxRows={10}
          {...form.getInputProps('description')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('commitments.form.party')}
            placeholder={t('proposals.form.officePlaceholder')}
            required
            {...officeSelect}
            searchable
            clearable
            nothingFoundMessage={t('form.noOfficeMatches')}
            value={form.values.committedByOrganizationId}
            onChange={(value) => setOffice('committedByOrganizationId', value)}
            error={form.errors.committedByOrganizationId}
          />
          <PersonSelect
            label={t('commitments.form.partyPerson')}
            organizationId={form.values.committedByOrganizationId}
            known={commitment?.committedByPerson}
            value={form.values.committedByPersonId}
            onChange={(value) => form.setFieldValue('committedByPersonId', value)}
            error={form.errors.committedByPersonId as string | undefined}
          />
        </SimpleGrid>
        <MultiSelect
          label={t('commitments.form.regions')}
          description={t('commitments.form.regionsHint')}
          placeholder={t('commitments.form.regionsPlaceholder')}
          data={regionGroups}
          searchable
          hidePickedOptions
          nothingFoundMessage={t('common.dash')}
          {...form.getInputProps('regionCodes')}
        />
        <TextInput
          type="date"
          label={t('commitments.form.dueOn')}
          description={t('commitments.form.dueOnHint')}
          maw={260}
          {...form.getInputProps('dueOn')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('commitments.form.owner')}
            description={t('commitments.form.ownerHint')}
            placeholder={t('proposals.form.officePlaceholder')}
            {...officeSelect}
            searchable
            clearable
            nothingFoundMessage={t('form.noOfficeMatches')}
            value={form.values.ownerOrganizationId}
            onChange={(value) => setOffice('ownerOrganizationId', value)}
            error={form.errors.ownerOrganizationId}
          />
          <PersonSelect
            label={t('commitments.form.ownerPerson')}
            organizationId={form.values.ownerOrganizationId}
            known={commitment?.owner.person}
            value={form.values.ownerPersonId}
            onChange={(value) => form.setFieldValue('ownerPersonId', value)}
            error={form.errors.ownerPersonId as string | undefined}
          />
        </SimpleGrid>
        <Checkbox
          label={t('commitments.form.isPublic')}
          description={t('commitments.form.isPublicHint')}
          {...form.getInputProps('isPublic', { type: 'checkbox' })}
        />
        <SaveProblemAlert
          feedback={feedback}
          notSavedTitle={t('commitments.form.notSaved')}
          onReload={reload}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={() => onDone(null)}>
            {t('meetingRecord.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending || update.isPending}>
            {commitment ? t('commitments.form.saveChanges') : t('commitments.form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
