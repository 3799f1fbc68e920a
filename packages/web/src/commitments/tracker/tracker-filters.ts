import { type CommitmentListInput, type CommitmentStatus, commitmentStatusMachine } from '@tindak/shared';

/** What the tracker's filters hold; kept in the address so "all of Komdigi's promises" is a link. */
export interface TrackerFilters {
  party?: string;
  status?: CommitmentStatus;
  region?: string;
  overdueOnly?: boolean;
}

/** Search parameter names, Indonesian like the paths. */
export const trackerParams = {
  party: 'pihak',
  status: 'status',
  region: 'wilayah',
  overdueOnly: 'lewat-tenggat',
} as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const REGION = /^\d{2}(\.\d{2}){0,2}(\.\d{4})?$/;

export function isCommitmentStatus(value: unknown): value is CommitmentStatus {
  return (commitmentStatusMachine.statuses as readonly unknown[]).includes(value);
}

/** Reads filters from the address, dropping anything a hand-edited link got wrong rather than failing. */
export function readTrackerFilters(params: URLSearchParams): TrackerFilters {
  const party = params.get(trackerParams.party);
  const status = params.get(trackerParams.status);
  const region = params.get(trackerParams.region);
  return {
    party: party && UUID.test(party) ? party : undefined,
    status: isCommitmentStatus(status) ? status : undefined,
    region: region && REGION.test(region) ? region : undefined,
    overdueOnly: params.get(trackerParams.overdueOnly) === '1' ? true : undefined,
  };
}

export function writeTrackerFilters(params: URLSearchParams, filters: TrackerFilters): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of Object.keys(trackerParams) as (keyof TrackerFilters)[]) {
    const value = filters[key];
    if (value === true) next.set(trackerParams[key], '1');
    else if (value) next.set(trackerParams[key], value);
    else next.delete(trackerParams[key]);
  }
  return next;
}

export function hasTrackerFilters(filters: TrackerFilters): boolean {
  return Boolean(filters.party || filters.status || filters.region || filters.overdueOnly);
}

export const TRACKER_PAGE_SIZE = 20;

export function toTrackerInput(filters: TrackerFilters): Omit<CommitmentListInput & object, 'cursor'> {
  return {
    limit: TRACKER_PAGE_SIZE,
    committedByOrganizationId: filters.party,
    status: filters.status,
    regionCode: filters.region,
    overdueOnly: filters.overdueOnly ?? false,
  };
}
