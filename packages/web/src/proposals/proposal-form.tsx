import { Checkbox, MultiSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { isReadableLink, type ProposalDetail, proposalDetailSchema } from '@tindak/shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../api/trpc';
import { DateField } from '../kit/form/date-field';
import { organizationSelectProps, useOrganizations } from '../organizations/use-organizations';
import { dateInputProps } from '../records/date-input-props';
import { OfficeSelect } from '../records/office-select';
import { recordParser } from '../records/record-cache';
import { RecordFormFrame } from '../records/record-form-frame';
import { useRecordForm } from '../records/use-record-form';
import { useCurrentUser } from '../session/use-current-user';
import {
  emptyProposalValues,
  proposalFields,
  proposalLists,
  proposalToValues,
  toProposalFields,
  validateProposal,
} from './proposal-form-values';
import { useProposalCache } from './use-proposal-cache';

export const parseProposalDetail = recordParser<ProposalDetail>(proposalDetailSchema);

interface ProposalFormProps {
  /** The proposal being edited; absent when creating one. */
  proposal?: ProposalDetail;
  /**
   * For a new one: the meeting it was raised in, its host as the proposer, its day as the proposal's.
   * A new one without a meeting was sent by letter: its number and date are asked for.
   */
  meeting?: { id: string; hostId: string; day: string };
  onDone: (saved: ProposalDetail | null) => void;
}

/** Creates a proposal raised in a meeting or sent by letter, or edits one that is not yet decided. */
export function ProposalForm({ proposal, meeting, onDone }: ProposalFormProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const cache = useProposalCache();
  const { organizations } = useOrganizations();
  const officeSelect = useMemo(() => organizationSelectProps(organizations), [organizations]);
  const create = useMutation(trpc.proposals.create.mutationOptions());
  const update = useMutation(trpc.proposals.update.mutationOptions());
  // Outside a meeting the letter is where the proposal came from, so it cannot be unticked.
  const letterOnly = !proposal && !meeting;
  // A letter is usually the writer's own office's: it is proposed as the proposer.
  const ownOffice = useCurrentUser().organization?.id;
  // A meeting outside the author's region is left out: the server keeps the links it did not show.
  const meetingIds = proposal
    ? proposal.meetings.filter(isReadableLink).map((m) => m.id)
    : meeting
      ? [meeting.id]
      : [];

  const save = useRecordForm({
    kind: 'proposals',
    record: proposal,
    initialValues: proposal
      ? proposalToValues(proposal)
      : emptyProposalValues(
          meeting ? [meeting.hostId] : ownOffice ? [ownOffice] : [],
          meeting?.day ?? '',
          letterOnly,
        ),
    fields: proposalFields,
    lists: proposalLists,
    validate: (values, lang, editing) => validateProposal(values, meetingIds, lang, editing),
    parseCurrent: parseProposalDetail,
    create: (values, idempotencyKey) =>
      create.mutateAsync({ ...toProposalFields(values, meetingIds), submit: values.submit, idempotencyKey }),
    update: (values, editing) => update.mutateAsync({ ...toProposalFields(values, meetingIds), ...editing }),
    cache,
    onDone,
  });
  const { form } = save;

  return (
    <RecordFormFrame
      save={save}
      kind="proposals"
      editing={proposal !== undefined}
      onCancel={() => onDone(null)}
    >
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
      <OfficeSelect
        label={t('proposals.form.addressedTo')}
        required
        {...form.getInputProps('addressedToOrganizationId')}
      />
      <Checkbox
        label={t('proposals.form.sentByLetter')}
        description={t(letterOnly ? 'proposals.form.sentByLetterOnly' : 'proposals.form.sentByLetterHint')}
        disabled={letterOnly}
        {...form.getInputProps('sentByLetter', { type: 'checkbox' })}
      />
      {form.values.sentByLetter && (
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput
            label={t('proposals.form.letterNumber')}
            placeholder={t('proposals.form.letterNumberPlaceholder')}
            required
            maxLength={100}
            {...form.getInputProps('letterNumber')}
          />
          <DateField
            label={t('proposals.form.letterDate')}
            required
            {...dateInputProps(form, 'letterDate')}
          />
        </SimpleGrid>
      )}
      <DateField
        label={t('proposals.form.raisedOn')}
        description={t('proposals.form.raisedOnHint')}
        maw={260}
        {...dateInputProps(form, 'raisedOn')}
      />
      {!proposal && (
        <Checkbox
          label={t('proposals.form.submitNow')}
          description={t('proposals.form.submitNowHint')}
          {...form.getInputProps('submit', { type: 'checkbox' })}
        />
      )}
    </RecordFormFrame>
  );
}
