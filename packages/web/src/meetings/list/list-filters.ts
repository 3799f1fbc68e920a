import {
  DEFAULT_TIME_ZONE,
  dateOnlySchema,
  enumOf,
  type MeetingListInput,
  meetingTypes,
  regionCodeSchema,
  zonedWallTimeToIso,
} from '@tindak/shared';
import { oneOf, type UrlValues, urlCodec } from '../../kit/url-filters';

/** The list's filters in the address, Indonesian like the paths: `/rapat?jenis=forum&wilayah=15`. */
export const meetingFilters = urlCodec({
  type: oneOf('jenis', enumOf(meetingTypes)),
  /** Calendar days, `yyyy-MM-dd`, as a date input gives them. */
  from: oneOf('dari', dateOnlySchema),
  to: oneOf('sampai', dateOnlySchema),
  region: oneOf('wilayah', regionCodeSchema),
});

export type ListFilters = UrlValues<typeof meetingFilters.fields>;

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
