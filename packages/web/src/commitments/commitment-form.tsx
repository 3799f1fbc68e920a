import { Checkbox, SimpleGrid } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type CommitmentDetail, commitmentDetailSchema } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../api/trpc';
import { IndicatorLinkFields } from '../indicator-links/indicator-link-fields';
import { DateField } from '../kit/form/date-field';
import { PersonSelect } from '../kit/person-select';
import { dateInputProps } from '../records/date-input-props';
import { OfficeSelect } from '../records/office-select';
import { recordParser } from '../records/record-cache';
import { RecordFormFrame } from '../records/record-form-frame';
import { useRecordForm } from '../records/use-record-form';
import { RegionMultiSelect } from '../regions/region-select';
import {
  type CommitmentFormValues,
  type CommitmentSource,
  commitmentFields,
  commitmentLists,
  commitmentToValues,
  emptyCommitmentValues,
  readableProposals,
  sourceOf,
  toCommitmentFields,
  validateCommitment,
} from './commitment-form-values';
import { ProposalMultiSelect } from './proposal-multi-select';
import { useCommitmentCache } from './use-commitment-cache';

export const parseCommitmentDetail = recordParser<CommitmentDetail>(commitmentDetailSchema);

interface CommitmentFormProps {
  /** The commitment being edited; absent when recording a new one. */
  commitment?: CommitmentDetail;
  /** For a new one: the meeting and/or accepted proposal it comes from. */
  source?: CommitmentSource;
  /** For a new one: what is known in advance, e.g. the meeting's day as the day it was made. */
  preset?: Partial<CommitmentFormValues>;
  onDone: (saved: CommitmentDetail | null) => void;
}

/** Who promised what, for which regions, by when, and who on our side follows it up. */
export function CommitmentForm({ commitment, source, preset, onDone }: CommitmentFormProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const cache = useCommitmentCache();
  const create = useMutation(trpc.commitments.create.mutationOptions());
  const update = useMutation(trpc.commitments.update.mutationOptions());
  const fixedSource: CommitmentSource = commitment ? sourceOf(commitment) : (source ?? { meetingId: null });
  const startProposals = source?.proposal ? [source.proposal] : [];
  const knownProposals = commitment ? readableProposals(commitment) : startProposals;

  const save = useRecordForm({
    kind: 'commitments',
    record: commitment,
    initialValues: commitment
      ? commitmentToValues(commitment)
      : emptyCommitmentValues({ proposalIds: startProposals.map((p) => p.id), ...preset }),
    fields: commitmentFields,
    lists: commitmentLists,
    validate: (values, lang, editing) => validateCommitment(values, fixedSource, lang, editing),
    parseCurrent: parseCommitmentDetail,
    create: (values, idempotencyKey) =>
      create.mutateAsync({ ...toCommitmentFields(values, fixedSource), idempotencyKey }),
    update: (values, editing) =>
      update.mutateAsync({ ...toCommitmentFields(values, fixedSource), ...editing }),
    cache,
    // Each proposal it answers (or answered until now) lists its commitments.
    afterSave: () => {
      void queryClient.invalidateQueries(trpc.proposals.get.pathFilter());
    },
    onDone,
  });
  const { form } = save;

  const setOffice = (field: 'committedByOrganizationId' | 'ownerOrganizationId', value: string | null) => {
    form.setFieldValue(field, value);
    form.clearFieldError(field);
    // A person belongs to an office; another office means choosing the person again.
    form.setFieldValue(field === 'committedByOrganizationId' ? 'committedByPersonId' : 'ownerPersonId', null);
  };

  return (
    <RecordFormFrame
      save={save}
      kind="commitments"
      editing={commitment !== undefined}
      onCancel={() => onDone(null)}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <OfficeSelect
          label={t('commitments.form.party')}
          required
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
      <RegionMultiSelect
        label={t('commitments.form.regions')}
        description={t('commitments.form.regionsHint')}
        placeholder={t('commitments.form.regionsPlaceholder')}
        hidePickedOptions
        {...form.getInputProps('regionCodes')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <DateField
          label={t('commitments.form.madeOn')}
          description={t('commitments.form.madeOnHint')}
          {...dateInputProps(form, 'madeOn')}
        />
        <DateField
          label={t('commitments.form.dueOn')}
          description={t('commitments.form.dueOnHint')}
          {...dateInputProps(form, 'dueOn')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <OfficeSelect
          label={t('commitments.form.owner')}
          description={t('commitments.form.ownerHint')}
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
      <ProposalMultiSelect
        value={form.values.proposalIds}
        onChange={(ids) => {
          form.setFieldValue('proposalIds', ids);
          form.clearFieldError('proposalIds');
        }}
        known={knownProposals}
        hiddenCount={(commitment?.proposals.length ?? 0) - knownProposals.length}
        error={form.errors.proposalIds}
      />
      <IndicatorLinkFields
        value={form.values.indicator}
        onChange={(link) => form.setFieldValue('indicator', link)}
        errors={form.errors}
      />
      <Checkbox
        label={t('commitments.form.isPublic')}
        description={t('commitments.form.isPublicHint')}
        {...form.getInputProps('isPublic', { type: 'checkbox' })}
      />
    </RecordFormFrame>
  );
}
