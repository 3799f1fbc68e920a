import type { DirectoryStatus } from '@tindak/shared';

/** What a page of every directory (offices, people) asks the database for; each adds its own filters. */
export interface DirectoryPageQuery {
  q?: string | undefined;
  /** The region and everything beneath it ("15" covers Kabupaten Kerinci, 15.01). */
  regionCode?: string | undefined;
  status: DirectoryStatus;
  /** Where the page before ended: its last row's name and id, in (name, id) order. */
  after?: { name: string; id: string } | null;
  limit: number;
}
