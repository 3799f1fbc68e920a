import { type CommitmentListInput, type CommitmentStatus, commitmentListInput } from '@tindak/shared';
import { flag, oneOf, type UrlValues, urlCodec } from '../../kit/url-filters';

/** Each filter is checked as the API checks the list's input. */
const listInput = commitmentListInput.unwrap().shape;
export const commitmentStatusSchema = listInput.status.unwrap();

export function isCommitmentStatus(value: unknown): value is CommitmentStatus {
  return commitmentStatusSchema.safeParse(value).success;
}

/** The tracker's filters in the address, so "all of Komdigi's promises" is a link. */
export const trackerFilters = urlCodec({
  party: oneOf('pihak', listInput.committedByOrganizationId.unwrap()),
  status: oneOf('status', commitmentStatusSchema),
  region: oneOf('wilayah', listInput.regionCode.unwrap()),
  overdueOnly: flag('lewat-tenggat', '1'),
});

export type TrackerFilters = UrlValues<typeof trackerFilters.fields>;

export const TRACKER_PAGE_SIZE = 20;

export function toTrackerInput(filters: TrackerFilters): Omit<CommitmentListInput & object, 'cursor'> {
  return {
    limit: TRACKER_PAGE_SIZE,
    committedByOrganizationId: filters.party,
    status: filters.status,
    regionCode: filters.region,
    overdueOnly: filters.overdueOnly,
  };
}
