import {
  DEFAULT_TIME_ZONE,
  type MeetingListInput,
  type MeetingType,
  zonedWallTimeToIso,
} from '@tindak/shared';
import { isMeetingType } from '../shared/options';

/** What the list filters hold; kept in the address so a filtered list can be shared and survives reload. */
export interface ListFilters {
  type?: MeetingType;
  /** Calendar days, `yyyy-MM-dd`, as a date input gives them. */
  from?: string;
  to?: string;
  region?: string;
}

/** Search parameter names, Indonesian like the paths. */
export const filterParams = { type: 'jenis', from: 'dari', to: 'sampai', region: 'wilayah' } as const;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const REGION = /^\d{2}(\.\d{2}){0,2}(\.\d{4})?$/;

function validDay(value: string | null): string | undefined {
  return value && DAY.test(value) && !Number.isNaN(Date.parse(value)) ? value : undefined;
}

/** Reads filters from the address, dropping anything a hand-edited link got wrong rather than failing. */
export function readFilters(params: URLSearchParams): ListFilters {
  const type = params.get(filterParams.type);
  const region = params.get(filterParams.region);
  return {
    type: isMeetingType(type) ? type : undefined,
    from: validDay(params.get(filterParams.from)),
    to: validDay(params.get(filterParams.to)),
    region: region && REGION.test(region) ? region : undefined,
  };
}

export function writeFilters(params: URLSearchParams, filters: ListFilters): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of Object.keys(filterParams) as (keyof ListFilters)[]) {
    const value = filters[key];
    if (value) next.set(filterParams[key], value);
    else next.delete(filterParams[key]);
  }
  return next;
}

export function hasFilters(filters: ListFilters): boolean {
  return Boolean(filters.type || filters.from || filters.to || filters.region);
}

export function rangeIsBackwards(filters: ListFilters): boolean {
  return Boolean(filters.from && filters.to && filters.from > filters.to);
}

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** Days are read in WIB: the offices using Tindak plan their calendars in Jakarta time. */
export function startOfDayIso(day: string): string {
  return zonedWallTimeToIso(`${day}T00:00`, DEFAULT_TIME_ZONE);
}

/** The last millisecond of the day, so a meeting at 23.30 on the "to" day is still included. */
export function endOfDayIso(day: string): string {
  return new Date(Date.parse(startOfDayIso(nextDay(day))) - 1).toISOString();
}

export const PAGE_SIZE = 20;

export function toListInput(filters: ListFilters): Omit<MeetingListInput & object, 'cursor'> {
  return {
    limit: PAGE_SIZE,
    type: filters.type,
    from: filters.from ? startOfDayIso(filters.from) : undefined,
    to: filters.to ? endOfDayIso(filters.to) : undefined,
    regionCode: filters.region,
  };
}
