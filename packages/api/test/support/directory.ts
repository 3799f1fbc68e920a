import type { Database } from '@tindak/db';
import { expect } from 'vitest';
import type { SessionUser } from '../../src/context';
import { referenceCounts, referencingColumns } from './foreign-keys';
import { createUser, type TestApi } from './index';

/** The directories (offices, people): the tables a merge of two of their records rewrites. */
type DirectoryTable = 'organizations' | 'people';

/** Who keeps a directory and who only reads it, for a province and one regency within it. */
export type DirectoryUsers = Record<
  'admin' | 'provinceSecretariat' | 'kerinciHead' | 'kerinciStaff' | 'kerinciViewer',
  SessionUser
>;

/** Accounts of every role that matters to a directory: Kerinci's (15.01) and the province's (15). */
export async function usersOfEveryRole(
  api: Pick<TestApi, 'database'>,
  offices: { province: string; kerinci: string },
): Promise<DirectoryUsers> {
  const { province, kerinci } = offices;
  return {
    admin: await createUser(api, { role: 'admin', organizationId: kerinci }),
    provinceSecretariat: await createUser(api, { role: 'secretariat', organizationId: province }),
    kerinciHead: await createUser(api, { role: 'head', organizationId: kerinci }),
    kerinciStaff: await createUser(api, { role: 'staff', organizationId: kerinci }),
    kerinciViewer: await createUser(api, { role: 'viewer', organizationId: kerinci }),
  };
}

/** A directory record's current version, for an edit or merge made after others. */
export async function versionOf(db: Database, table: DirectoryTable, id: string): Promise<number> {
  const row = await db.selectFrom(table).select('version').where('id', '=', id).executeTakeFirstOrThrow();
  return row.version;
}

/** Every id of a directory list, page after page from the first, as a client scrolling down gets them. */
export async function everyPage(
  page: (cursor: string | null) => Promise<{ items: { id: string }[]; nextCursor: string | null }>,
): Promise<string[]> {
  const seen: string[] = [];
  let cursor: string | null = null;
  do {
    const next: { items: { id: string }[]; nextCursor: string | null } = await page(cursor);
    seen.push(...next.items.map((row) => row.id));
    cursor = next.nextCursor;
  } while (cursor);
  return seen;
}

/** The merge moves exactly the columns the database's catalog says point at `table`. */
export async function expectMergeMovesEveryReference(
  db: Database,
  table: DirectoryTable,
  moved: readonly { table: string; column: string }[],
): Promise<void> {
  const catalog = (await referencingColumns(db, table)).map((r) => `${r.table}.${r.column}`).sort();
  expect(moved.map((r) => `${r.table}.${r.column}`).sort()).toEqual(catalog);
}

async function eventCount(db: Database): Promise<number> {
  const row = await db
    .selectFrom('events')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

interface MergeCheck<Result> {
  keep: string;
  duplicate: string;
  /**
   * What the merge adds to or takes from a column beyond moving the duplicate's references, as
   * `table.column`: a row both had that keeps one, the duplicate's own `merged_into`.
   */
  adjust: Record<string, number>;
  /** The merge procedure, sent both records at their current versions. */
  merge: (pair: MergePair) => Promise<Result>;
}

/** What every merge procedure takes. */
export interface MergePair {
  keepId: string;
  keepVersion: number;
  duplicateId: string;
  duplicateVersion: number;
}

/** A merge of two records at their first version, as just created. */
export function firstVersions(keepId: string, duplicateId: string): MergePair {
  return { keepId, keepVersion: 1, duplicateId, duplicateVersion: 1 };
}

/**
 * Runs the merge and checks that it loses nothing: afterwards no column pointing at `table` names
 * the duplicate, each names the record kept as often as it named both (but for `adjust`), `moved`
 * counts every reference the duplicate had, and one event was recorded. Gives back the merge's
 * answer, how many references the duplicate had, and that event.
 */
export async function expectMergeLosesNothing<Result extends { moved: number }>(
  db: Database,
  table: DirectoryTable,
  { keep, duplicate, adjust, merge }: MergeCheck<Result>,
) {
  const before = await referenceCounts(db, table, [keep, duplicate]);
  const eventsBefore = await eventCount(db);
  const merged = await merge({
    keepId: keep,
    keepVersion: await versionOf(db, table, keep),
    duplicateId: duplicate,
    duplicateVersion: await versionOf(db, table, duplicate),
  });
  const after = await referenceCounts(db, table, [keep, duplicate]);
  for (const { table: from, column } of await referencingColumns(db, table)) {
    const name = `${from}.${column}`;
    expect(after[`${name} ${duplicate}`], name).toBe(0);
    expect(after[`${name} ${keep}`], name).toBe(
      (before[`${name} ${keep}`] ?? 0) + (before[`${name} ${duplicate}`] ?? 0) + (adjust[name] ?? 0),
    );
  }
  const total = Object.entries(before)
    .filter(([key]) => key.endsWith(duplicate))
    .reduce((sum, [, n]) => sum + n, 0);
  expect(merged.moved).toBe(total);
  expect((await eventCount(db)) - eventsBefore).toBe(1);
  const event = await db
    .selectFrom('events')
    .select(['eventType', 'aggregateId', 'payload'])
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
  return { merged, total, event };
}

/** Two opposite merges of the same pair at the same moment: one wins, the other answers CONFLICT. */
export async function expectOneOfOppositeMergesWins(
  merge: (pair: MergePair) => Promise<unknown>,
  a: string,
  b: string,
): Promise<void> {
  const outcomes = await Promise.allSettled([merge(firstVersions(a, b)), merge(firstVersions(b, a))]);
  expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
  const refusal = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
  expect(refusal.reason).toMatchObject({ code: 'CONFLICT' });
}
