import {
  type ActionItemListInput,
  actionItemStatuses,
  healthStates,
  isDateOnly,
  isRegionCode,
  isUuid,
} from '@tindak/shared';
import {
  checkedBy,
  flag,
  manyOf,
  oneOf,
  oneOfList,
  type UrlValues,
  urlCodec,
  wordFor,
} from '../../kit/url-filters';

/**
 * The list's filters in the address, Indonesian like the paths: `/tindak-lanjut?status=open&terlambat=ya`.
 * Plain checks rather than the schemas: Beranda builds its links with this codec and loads no zod.
 */
export const itemFilters = urlCodec({
  status: manyOf('status', oneOfList(actionItemStatuses)),
  health: oneOf('kondisi', oneOfList(healthStates)),
  office: oneOf('instansi', checkedBy(isUuid)),
  region: oneOf('wilayah', checkedBy(isRegionCode)),
  meeting: oneOf('rapat', checkedBy(isUuid)),
  /** Calendar days, `yyyy-MM-dd`, as a date input gives them; deadlines are days, so no zone maths. */
  dueFrom: oneOf('tenggat-dari', checkedBy(isDateOnly)),
  dueTo: oneOf('tenggat-sampai', checkedBy(isDateOnly)),
  overdueOnly: flag('terlambat', 'ya'),
  // The default order stays out of the address, so the plain list has a plain link.
  sort: wordFor('urut', { due: 'tenggat', newest: 'terbaru' }, 'due'),
});

export type ItemFilters = UrlValues<typeof itemFilters.fields>;

/** List or board; kept apart from the filters, so clearing them keeps the view. */
export const itemView = urlCodec({ view: wordFor('tampilan', { list: 'daftar', board: 'papan' }, 'list') });
export type ItemView = UrlValues<typeof itemView.fields>['view'];

/** The number of narrowing filters in use (the order is not one). */
export function activeFilterCount(filters: ItemFilters): number {
  return itemFilters.activeCount(filters, ['sort']);
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
    // A directive shows once, with its spread; its offices' items come when it is expanded.
    groupDirectives: true,
  };
}
