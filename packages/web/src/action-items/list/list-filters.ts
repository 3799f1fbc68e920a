import type { ActionItemListInput, ActionItemStatus, Health } from '@tindak/shared';
import { isUuid } from '../../lib/uuid';
import { isActionItemStatus, isHealth } from '../shared/options';

export type ItemSort = 'due' | 'newest';
export type ItemView = 'list' | 'board';

/** What the list filters hold; kept in the address so a filtered list can be shared and survives reload. */
export interface ItemFilters {
  status: ActionItemStatus[];
  health?: Health;
  office?: string;
  region?: string;
  meeting?: string;
  /** Calendar days, `yyyy-MM-dd`, as a date input gives them; deadlines are days, so no zone maths. */
  dueFrom?: string;
  dueTo?: string;
  overdueOnly: boolean;
  sort: ItemSort;
}

/** Search parameter names and values, Indonesian like the paths. */
export const itemParams = {
  status: 'status',
  health: 'kondisi',
  office: 'instansi',
  region: 'wilayah',
  meeting: 'rapat',
  dueFrom: 'tenggat-dari',
  dueTo: 'tenggat-sampai',
  overdueOnly: 'terlambat',
  sort: 'urut',
  view: 'tampilan',
} as const;
const sortValues = { due: 'tenggat', newest: 'terbaru' } as const;
const BOARD = 'papan';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const REGION = /^\d{2}(\.\d{2}){0,2}(\.\d{4})?$/;

function validDay(value: string | null): string | undefined {
  return value && DAY.test(value) && !Number.isNaN(Date.parse(value)) ? value : undefined;
}

/** Reads filters from the address, dropping anything a hand-edited link got wrong rather than failing. */
export function readItemFilters(params: URLSearchParams): ItemFilters {
  const health = params.get(itemParams.health);
  const office = params.get(itemParams.office) ?? undefined;
  const region = params.get(itemParams.region);
  const meeting = params.get(itemParams.meeting) ?? undefined;
  const statuses = params.getAll(itemParams.status).filter(isActionItemStatus);
  return {
    status: [...new Set(statuses)],
    health: isHealth(health) ? health : undefined,
    office: isUuid(office) ? office : undefined,
    region: region && REGION.test(region) ? region : undefined,
    meeting: isUuid(meeting) ? meeting : undefined,
    dueFrom: validDay(params.get(itemParams.dueFrom)),
    dueTo: validDay(params.get(itemParams.dueTo)),
    overdueOnly: params.get(itemParams.overdueOnly) === 'ya',
    sort: params.get(itemParams.sort) === sortValues.newest ? 'newest' : 'due',
  };
}

export function writeItemFilters(params: URLSearchParams, filters: ItemFilters): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete(itemParams.status);
  for (const status of filters.status) next.append(itemParams.status, status);
  const single = ['health', 'office', 'region', 'meeting', 'dueFrom', 'dueTo'] as const;
  for (const key of single) {
    const value = filters[key];
    if (value) next.set(itemParams[key], value);
    else next.delete(itemParams[key]);
  }
  if (filters.overdueOnly) next.set(itemParams.overdueOnly, 'ya');
  else next.delete(itemParams.overdueOnly);
  // The default order stays out of the address, so the plain list has a plain link.
  if (filters.sort === 'newest') next.set(itemParams.sort, sortValues.newest);
  else next.delete(itemParams.sort);
  return next;
}

export function readView(params: URLSearchParams): ItemView {
  return params.get(itemParams.view) === BOARD ? 'board' : 'list';
}

export function writeView(params: URLSearchParams, view: ItemView): URLSearchParams {
  const next = new URLSearchParams(params);
  if (view === 'board') next.set(itemParams.view, BOARD);
  else next.delete(itemParams.view);
  return next;
}

export const noFilters: ItemFilters = { status: [], overdueOnly: false, sort: 'due' };

/** The number of narrowing filters in use (the order is not one). */
export function activeFilterCount(filters: ItemFilters): number {
  return [
    filters.status.length > 0,
    filters.health,
    filters.office,
    filters.region,
    filters.meeting,
    filters.dueFrom,
    filters.dueTo,
    filters.overdueOnly,
  ].filter(Boolean).length;
}

export function dueRangeIsBackwards(filters: ItemFilters): boolean {
  return Boolean(filters.dueFrom && filters.dueTo && filters.dueFrom > filters.dueTo);
}

export const PAGE_SIZE = 20;
/** A board is read as a whole; fetch more per page so the columns are worth reading. */
export const BOARD_PAGE_SIZE = 60;

export function toItemListInput(
  filters: ItemFilters,
  view: ItemView,
): Omit<ActionItemListInput & object, 'cursor'> {
  return {
    limit: view === 'board' ? BOARD_PAGE_SIZE : PAGE_SIZE,
    sort: filters.sort,
    status: filters.status.length > 0 ? filters.status : undefined,
    health: filters.health,
    ownerOrganizationId: filters.office,
    regionCode: filters.region,
    meetingId: filters.meeting,
    dueFrom: filters.dueFrom,
    dueTo: filters.dueTo,
    overdueOnly: filters.overdueOnly || undefined,
  };
}
