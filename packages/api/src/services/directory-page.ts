import type { DirectoryStatus } from '@tindak/shared';
import { z } from 'zod';
import type { DirectoryPageQuery } from '../repositories/directory-page';
import { cursorCodec, cursorId, cursorText } from './cursor';

/** Where a page of a directory ended: the last row's (name, id). */
const directoryCursor = cursorCodec(
  z.tuple([cursorText, cursorId]).transform(([name, id]) => ({ name, id })),
);

/** The part of a directory page's input every directory has (`directoryListFields`). */
interface DirectoryPageInput {
  cursor?: string | null | undefined;
  limit: number;
  q?: string | undefined;
  regionCode?: string | undefined;
  status: DirectoryStatus;
}

/**
 * One page of a directory in (name, id) order: `fetch` is asked for one row more than the page,
 * so that the cursor to the next page is only given when there is one.
 */
export async function directoryPage<Row extends { id: string }>(
  input: DirectoryPageInput,
  fetch: (query: DirectoryPageQuery) => Promise<Row[]>,
  /** The name the rows are sorted by, for the cursor. */
  nameOf: (row: Row) => string,
): Promise<{ items: Row[]; nextCursor: string | null }> {
  const rows = await fetch({
    q: input.q?.trim() || undefined,
    regionCode: input.regionCode,
    status: input.status,
    after: input.cursor ? directoryCursor.decode(input.cursor) : null,
    limit: input.limit + 1,
  });
  const items = rows.slice(0, input.limit);
  const last = items.at(-1);
  const nextCursor =
    rows.length > input.limit && last ? directoryCursor.encode([nameOf(last), last.id]) : null;
  return { items, nextCursor };
}
