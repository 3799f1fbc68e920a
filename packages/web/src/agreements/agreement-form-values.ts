import {
  type AgreementDetail,
  type AgreementKind,
  agreementCreateInput,
  agreementUpdateInput,
  type Language,
} from '@tindak/shared';
import { schemaErrors } from '../kit/form/validate';

export interface PartyValue {
  organizationId: string | null;
  signatoryName: string;
  signatoryPosition: string;
}

export interface AgreementFormValues {
  kind: AgreementKind;
  title: string;
  number: string;
  description: string;
  ownerOrganizationId: string | null;
  meetingId: string | null;
  startsOn: string;
  endsOn: string;
  parties: PartyValue[];
  scopeItems: string[];
}

export const emptyParty: PartyValue = { organizationId: null, signatoryName: '', signatoryPosition: '' };

export function emptyAgreementValues(preset: Partial<AgreementFormValues> = {}): AgreementFormValues {
  return {
    kind: 'kesepakatan',
    title: '',
    number: '',
    description: '',
    ownerOrganizationId: null,
    meetingId: null,
    startsOn: '',
    endsOn: '',
    parties: [emptyParty, emptyParty],
    scopeItems: [],
    ...preset,
  };
}

export function agreementToValues(agreement: AgreementDetail): AgreementFormValues {
  return {
    kind: agreement.kind,
    title: agreement.title,
    number: agreement.number ?? '',
    description: agreement.description ?? '',
    ownerOrganizationId: agreement.owner.id,
    // A meeting outside the editor's region was shown as such; left out, the server keeps it.
    meetingId: agreement.meeting && !agreement.meeting.outsideScope ? agreement.meeting.id : null,
    startsOn: agreement.startsOn ?? '',
    endsOn: agreement.endsOn ?? '',
    parties: agreement.partyDetails.map((p) => ({
      organizationId: p.organization.id,
      signatoryName: p.signatoryName ?? '',
      signatoryPosition: p.signatoryPosition ?? '',
    })),
    scopeItems: agreement.scopeItems.map((s) => s.text),
  };
}

export function toAgreementFields(values: AgreementFormValues) {
  return {
    kind: values.kind,
    title: values.title,
    number: values.number,
    description: values.description,
    ownerOrganizationId: values.ownerOrganizationId ?? '',
    meetingId: values.meetingId,
    startsOn: values.startsOn,
    endsOn: values.endsOn,
    parties: values.parties.map((p) => ({ ...p, organizationId: p.organizationId ?? '' })),
    scopeItems: values.scopeItems,
  };
}

/** The same check the API makes; a party left empty says "required" rather than "not an id". */
export function validateAgreement(
  values: AgreementFormValues,
  lang: Language,
  editing: { id: string; version: number } | null,
): Record<string, string> {
  const fields = toAgreementFields(values);
  const blank: Record<string, boolean> = { ownerOrganizationId: !values.ownerOrganizationId };
  values.parties.forEach((party, index) => {
    blank[`parties.${index}.organizationId`] = !party.organizationId;
  });
  return editing
    ? schemaErrors(agreementUpdateInput, { ...fields, ...editing }, lang, blank)
    : schemaErrors(agreementCreateInput, fields, lang, blank);
}

/** Moves one item of a list up or down by one place (scope items are numbered in this order). */
export function moved<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  if (target < 0 || target >= list.length) return [...list];
  const next = [...list];
  [next[index], next[target]] = [next[target] as T, next[index] as T];
  return next;
}
