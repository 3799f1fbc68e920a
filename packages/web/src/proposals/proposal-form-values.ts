import { type Language, type ProposalDetail, proposalCreateInput, proposalUpdateInput } from '@tindak/shared';
import { foldListPaths } from '../kit/form/field-paths';
import { schemaErrors } from '../kit/form/validate';

export interface ProposalFormValues {
  title: string;
  description: string;
  proposerOrganizationIds: string[];
  addressedToOrganizationId: string | null;
  /** `YYYY-MM-DD`: the day it was raised, the meeting's by default. */
  raisedOn: string;
  /** Only when creating: send it as submitted instead of a draft. */
  submit: boolean;
}

export const proposalFields = [
  'title',
  'description',
  'proposerOrganizationIds',
  'addressedToOrganizationId',
  'raisedOn',
];
export const proposalLists = ['proposerOrganizationIds'];

export function emptyProposalValues(proposerOrganizationIds: string[], raisedOn: string): ProposalFormValues {
  return {
    title: '',
    description: '',
    proposerOrganizationIds,
    addressedToOrganizationId: null,
    raisedOn,
    submit: true,
  };
}

export function proposalToValues(proposal: ProposalDetail): ProposalFormValues {
  return {
    title: proposal.title,
    description: proposal.description ?? '',
    proposerOrganizationIds: proposal.proposers.map((p) => p.id),
    addressedToOrganizationId: proposal.addressedTo.id,
    raisedOn: proposal.raisedOn,
    submit: false,
  };
}

export function toProposalFields(values: ProposalFormValues, meetingIds: string[]) {
  return {
    title: values.title,
    description: values.description,
    proposerOrganizationIds: values.proposerOrganizationIds,
    addressedToOrganizationId: values.addressedToOrganizationId ?? '',
    raisedOn: values.raisedOn,
    meetingIds,
  };
}

export function validateProposal(
  values: ProposalFormValues,
  meetingIds: string[],
  lang: Language,
  editing: { id: string; version: number } | null,
): Record<string, string> {
  const fields = toProposalFields(values, meetingIds);
  const blank = { addressedToOrganizationId: !values.addressedToOrganizationId };
  const errors = editing
    ? schemaErrors(proposalUpdateInput, { ...fields, ...editing }, lang, blank)
    : schemaErrors(proposalCreateInput, { ...fields, submit: values.submit }, lang, blank);
  return foldListPaths(errors, proposalLists);
}
