import {
  type AgreementListInput,
  agreementKinds,
  agreementListInput,
  agreementStatusMachine,
  uuidSchema,
} from '@tindak/shared';
import { oneOf, searchText, type UrlValues, urlCodec } from '../kit/url-filters';

const shape = agreementListInput.unwrap().shape;
const kindSchema = shape.kind.unwrap();
const statusSchema = shape.status.unwrap();

export const AGREEMENT_SEARCH_MAX = 100;
export const AGREEMENT_PAGE_SIZE = 20;

/** The list's filters in the address: `/kesepakatan?jenis=pks&status=signed&cari=edge`. */
export const agreementFilters = urlCodec({
  q: searchText('cari', AGREEMENT_SEARCH_MAX),
  kind: oneOf('jenis', kindSchema),
  status: oneOf('status', statusSchema),
  party: oneOf('pihak', uuidSchema),
  meeting: oneOf('rapat', uuidSchema),
});

export type AgreementFilters = UrlValues<typeof agreementFilters.fields>;

export const kindValues = agreementKinds;
export const statusValues = agreementStatusMachine.statuses;

export function toAgreementListInput(filters: AgreementFilters): Omit<AgreementListInput & object, 'cursor'> {
  return {
    limit: AGREEMENT_PAGE_SIZE,
    q: filters.q || undefined,
    kind: filters.kind,
    status: filters.status,
    partyOrganizationId: filters.party,
    meetingId: filters.meeting,
  };
}
