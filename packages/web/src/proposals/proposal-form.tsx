import { Button, Checkbox, Group, MultiSelect, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isReadableLink, type ProposalDetail, proposalDetailSchema } from '@tindak/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../api/trpc';
import { useLanguage } from '../i18n/use-language';
import { foldListPaths, isFieldPath } from '../kit/form/field-paths';
import { placeSaveError } from '../kit/form/save-errors';
import { SaveProblemAlert } from '../kit/form/save-problem-alert';
import { useSaveFeedback } from '../kit/form/use-save-feedback';
import { newUuid } from '../lib/uuid';
import { organizationSelectProps, useOrganizations } from '../organizations/use-organizations';
import {
  emptyProposalValues,
  type ProposalFormValues,
  proposalFields,
  proposalLists,
  proposalToValues,
  toProposalFields,
  validateProposal,
} from './proposal-form-values';

export function parseProposalDetail(value: unknown): ProposalDetail | null {
  const parsed = proposalDetailSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

interface ProposalFormProps {
  /** The proposal being edited; absent when creating one. */
  proposal?: ProposalDetail;
  /** Where a new proposal was raised. */
  meetingId?: string;
  /** Offices picked in advance for a new proposal, e.g. the meeting's host. */
  defaultProposers?: string[];
  onDone: (saved: ProposalDetail | null) => void;
}

/** Creates a proposal raised in a meeting, or edits one that is not yet decided. */
export function ProposalForm({ proposal, meetingId, defaultProposers, onDone }: ProposalFormProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const feedback = useSaveFeedback<ProposalDetail>();
  const { organizations } = useOrganizations();
  const officeSelect = useMemo(() => organizationSelectProps(organizations), [organizations]);
  const [idempotencyKey] = useState(newUuid);
  const create = useMutation(trpc.proposals.create.mutationOptions());
  const update = useMutation(trpc.proposals.update.mutationOptions());
  // A meeting outside the author's region is left out: the server keeps the links it did not show.
  const meetingIds = proposal
    ? proposal.meetings.filter(isReadableLink).map((m) => m.id)
    : meetingId
      ? [meetingId]
      : [];
  const editing = proposal ? { id: proposal.id, version: proposal.version } : null;

  const form = useForm<ProposalFormValues>({
    mode: 'controlled',
    initialValues: proposal ? proposalToValues(proposal) : emptyProposalValues(defaultProposers),
    validate: (values) => validateProposal(values, meetingIds, lang, editing),
  });

  const submit = async (values: ProposalFormValues) => {
    feedback.clear();
    const fields = toProposalFields(values, meetingIds);
    try {
      const saved = proposal
        ? await update.mutateAsync({ ...fields, id: proposal.id, version: proposal.version })
        : await create.mutateAsync({ ...fields, submit: values.submit, idempotencyKey });
      queryClient.setQueryData(trpc.proposals.get.queryKey({ id: saved.id }), saved);
      void queryClient.invalidateQueries({ queryKey: trpc.proposals.list.pathKey() });
      notifications.show({
        color: 'teal',
        message: proposal ? t('proposals.form.updated') : t('proposals.form.created'),
      });
      onDone(saved);
    } catch (error) {
      const placed = placeSaveError(
        error,
        (path) => isFieldPath(path, proposalFields, proposalLists),
        t('common.networkError'),
        parseProposalDetail,
      );
      form.setErrors(foldListPaths(placed.fieldErrors, proposalLists));
      feedback.failed(placed);
    }
  };

  const reload = (current: ProposalDetail) => {
    queryClient.setQueryData(trpc.proposals.get.queryKey({ id: current.id }), current);
    feedback.reloaded(t('meetingRecord.conflict.reloadedForm'));
  };

  return (
    <form
      ref={feedback.formRef}
      noValidate
      aria-label={proposal ? t('proposals.form.editTitle') : t('proposals.form.newTitle')}
      onSubmit={form.onSubmit(submit, () => feedback.invalid())}
    >
      <Stack gap="sm">
        <TextInput
          label={t('proposals.form.title')}
          placeholder={t('proposals.form.titlePlaceholder')}
          required
          {...form.getInputProps('title')}
        />
        <Textarea
          label={t('proposals.form.description')}
          autosize
          minRows={3}
          maxRows={12}
          {...form.getInputProps('description')}
        />
        <MultiSelect
          label={t('proposals.form.proposers')}
          description={t('proposals.form.proposersHint')}
          placeholder={t('proposals.form.officePlaceholder')}
          required
          {...officeSelect}
          searchable
          hidePickedOptions
          nothingFoundMessage={t('form.noOfficeMatches')}
          {...form.getInputProps('proposerOrganizationIds')}
        />
        <Select
          label={t('proposals.form.addressedTo')}
          placeholder={t('proposals.form.officePlaceholder')}
          required
          {...officeSelect}
          searchable
          clearable
          nothingFoundMessage={t('form.noOfficeMatches')}
          {...form.getInputProps('addressedToOrganizationId')}
        />
        {!proposal && (
          <Checkbox
            label={t('proposals.form.submitNow')}
            description={t('proposals.form.submitNowHint')}
            {...form.getInputProps('submit', { type: 'checkbox' })}
          />
        )}
        <SaveProblemAlert
          feedback={feedback}
          notSavedTitle={t('proposals.form.notSaved')}
          onReload={reload}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={() => onDone(null)}>
            {t('meetingRecord.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending || update.isPending}>
            {proposal ? t('proposals.form.saveChanges') : t('proposals.form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
