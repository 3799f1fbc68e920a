import {
  type ProposalListInput,
  type ProposalStatus,
  proposalListInput,
  regionCodeSchema,
  uuidSchema,
} from '@tindak/shared';
import { flag, oneOf, searchText, type UrlValues, urlCodec } from '../../kit/url-filters';

/** Each filter is checked as the API checks the list's input. */
const proposalStatusSchema = proposalListInput.unwrap().shape.status.unwrap();

export function isProposalStatus(value: unknown): value is ProposalStatus {
  return proposalStatusSchema.safeParse(value).success;
}

/** As long as the list's `q` may be. */
export const PROPOSAL_SEARCH_MAX = 100;

/** The list's filters in the address, Indonesian like the paths: `/usulan?menunggu=ya&cari=blank+spot`. */
export const proposalFilters = urlCodec({
  q: searchText('cari', PROPOSAL_SEARCH_MAX),
  addressedTo: oneOf('kepada', uuidSchema),
  status: oneOf('status', proposalStatusSchema),
  awaitingDecision: flag('menunggu', 'ya'),
  region: oneOf('wilayah', regionCodeSchema),
  meeting: oneOf('rapat', uuidSchema),
});

export type ProposalFilters = UrlValues<typeof proposalFilters.fields>;

export const PROPOSAL_PAGE_SIZE = 20;

export function toProposalListInput(filters: ProposalFilters): Omit<ProposalListInput & object, 'cursor'> {
  return {
    limit: PROPOSAL_PAGE_SIZE,
    q: filters.q || undefined,
    addressedToOrganizationId: filters.addressedTo,
    status: filters.status,
    awaitingDecision: filters.awaitingDecision,
    regionCode: filters.region,
    meetingId: filters.meeting,
  };
}
