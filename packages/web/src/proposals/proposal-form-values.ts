import {
  type Language,
  type ProposalDetail,
  proposalCreateInput,
  proposalUpdateInput,
  translateMessage,
} from '@tindak/shared';
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
  /** Sent by official letter (surat): its number and date are kept. */
  sentByLetter: boolean;
  letterNumber: string;
  /** `YYYY-MM-DD`, or '' for none. */
  letterDate: string;
}

export const proposalFields = [
  'title',
  'description',
  'proposerOrganizationIds',
  'addressedToOrganizationId',
  'raisedOn',
  'letterNumber',
  'letterDate',
];
export const proposalLists = ['proposerOrganizationIds'];

/** A new proposal: raised in a meeting (its host and day given), or else sent by letter. */
export function emptyProposalValues(
  proposerOrganizationIds: string[],
  raisedOn: string,
  sentByLetter = false,
): ProposalFormValues {
  return {
    title: '',
    description: '',
    proposerOrganizationIds,
    addressedToOrganizationId: null,
    raisedOn,
    submit: true,
    sentByLetter,
    letterNumber: '',
    letterDate: '',
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
    sentByLetter: Boolean(proposal.letter),
    letterNumber: proposal.letter?.number ?? '',
    letterDate: proposal.letter?.date ?? '',
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
    // Unticked, the letter is left out even if its fields were filled in before.
    letterNumber: values.sentByLetter ? values.letterNumber : null,
    letterDate: values.sentByLetter ? values.letterDate : null,
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
  // Ticked, the letter needs both; said at once, not only after the rest of the form is valid
  // (the schema's own check of the pair runs once the fields themselves are).
  if (values.sentByLetter) {
    for (const field of ['letterNumber', 'letterDate'] as const) {
      if (!values[field].trim()) errors[field] ??= translateMessage('required', lang);
    }
  }
  return foldListPaths(errors, proposalLists);
}
