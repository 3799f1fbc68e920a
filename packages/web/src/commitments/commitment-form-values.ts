import {
  type CommitmentDetail,
  commitmentCreateInput,
  commitmentUpdateInput,
  isReadableLink,
  type Language,
} from '@tindak/shared';
import {
  type LinkValue,
  linkFields,
  linkInput,
  linkValueOf,
  noLink,
} from '../indicator-links/indicator-link-fields';
import { foldListPaths } from '../kit/form/field-paths';
import { schemaErrors } from '../kit/form/validate';

export interface CommitmentFormValues {
  title: string;
  description: string;
  committedByOrganizationId: string | null;
  committedByPersonId: string | null;
  regionCodes: string[];
  dueOn: string;
  ownerOrganizationId: string | null;
  ownerPersonId: string | null;
  isPublic: boolean;
  /** `YYYY-MM-DD`: the day the promise was made, the meeting's by default. */
  madeOn: string;
  /** The indicator the promise is meant to move (issue 18). */
  indicator: LinkValue;
  /** The accepted proposals it answers that the editor may read, in order (issue 19). */
  proposalIds: string[];
}

/**
 * Where the commitment comes from; fixed by the page that opened the form. `undefined`: a link to a
 * record the author may not read, not sent, so the server keeps it as it is. The proposals it
 * answers are a field of the form; `proposal` is the one it starts with (the proposal's own page).
 */
export interface CommitmentSource {
  meetingId: string | null | undefined;
  proposal?: { id: string; title: string } | null;
  /** The agreement a new promise is one party's part of (its page opened the form; issue 19). */
  agreementId?: string;
}

/** The id to send for a linked record: none, its id, or nothing at all when it is outside scope. */
function sourceId(link: { outsideScope: false; id: string } | { outsideScope: true } | null) {
  if (!link) return null;
  return link.outsideScope ? undefined : link.id;
}

/** The links an existing commitment keeps while it is edited. */
export function sourceOf(commitment: CommitmentDetail): CommitmentSource {
  return { meetingId: sourceId(commitment.meeting) };
}

/** The proposals a commitment answers that its editor may read (the others stay as they are). */
export function readableProposals(commitment: CommitmentDetail | undefined) {
  return (commitment?.proposals ?? []).filter(isReadableLink);
}

export const commitmentFields = [
  'title',
  'description',
  'committedByOrganizationId',
  'committedByPersonId',
  'regionCodes',
  'dueOn',
  'ownerOrganizationId',
  'ownerPersonId',
  'isPublic',
  'madeOn',
  'proposalIds',
  ...linkFields,
];
export const commitmentLists = ['regionCodes', 'proposalIds'];

export function emptyCommitmentValues(preset: Partial<CommitmentFormValues> = {}): CommitmentFormValues {
  return {
    title: '',
    description: '',
    committedByOrganizationId: null,
    committedByPersonId: null,
    regionCodes: [],
    dueOn: '',
    ownerOrganizationId: null,
    ownerPersonId: null,
    isPublic: false,
    madeOn: '',
    indicator: noLink,
    proposalIds: [],
    ...preset,
  };
}

export function commitmentToValues(commitment: CommitmentDetail): CommitmentFormValues {
  return {
    title: commitment.title,
    description: commitment.description ?? '',
    committedByOrganizationId: commitment.committedBy.id,
    committedByPersonId: commitment.committedByPerson?.id ?? null,
    regionCodes: commitment.regions.map((r) => r.code),
    dueOn: commitment.dueOn ?? '',
    ownerOrganizationId: commitment.owner.organization?.id ?? null,
    ownerPersonId: commitment.owner.person?.id ?? null,
    isPublic: commitment.isPublic,
    madeOn: commitment.madeOn,
    indicator: linkValueOf(commitment.indicator),
    proposalIds: readableProposals(commitment).map((p) => p.id),
  };
}

export function toCommitmentFields(values: CommitmentFormValues, source: CommitmentSource) {
  return {
    title: values.title,
    description: values.description,
    committedByOrganizationId: values.committedByOrganizationId ?? '',
    committedByPersonId: values.committedByPersonId,
    regionCodes: values.regionCodes,
    dueOn: values.dueOn,
    ownerOrganizationId: values.ownerOrganizationId,
    ownerPersonId: values.ownerPersonId,
    isPublic: values.isPublic,
    madeOn: values.madeOn,
    meetingId: source.meetingId,
    // Only the list: `proposalId` would have to agree with its first.
    proposalIds: values.proposalIds,
    indicator: linkInput(values.indicator),
    // Left out when editing: the server keeps the agreement it is part of.
    ...(source.agreementId ? { agreementId: source.agreementId } : {}),
  };
}

export function validateCommitment(
  values: CommitmentFormValues,
  source: CommitmentSource,
  lang: Language,
  editing: { id: string; version: number } | null,
): Record<string, string> {
  const fields = toCommitmentFields(values, source);
  const blank = { committedByOrganizationId: !values.committedByOrganizationId };
  const errors = editing
    ? schemaErrors(commitmentUpdateInput, { ...fields, ...editing }, lang, blank)
    : schemaErrors(commitmentCreateInput, fields, lang, blank);
  return foldListPaths(errors, commitmentLists);
}
