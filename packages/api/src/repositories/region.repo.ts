import type { Database } from '@tindak/db';
import type { Region } from '@tindak/shared';

export async function listRegions(db: Database): Promise<Region[]> {
  const rows = await db
    .selectFrom('regions')
    .select(['code', 'name', 'kind', 'parentCode'])
    .orderBy('code')
    .execute();
  return rows as Region[];
}

/** Which of these codes exist. */
export async function existingRegionCodes(db: Database, codes: readonly string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await db
    .selectFrom('regions')
    .select('code')
    .where('code', 'in', [...new Set(codes)])
    .execute();
  return new Set(rows.map((r) => r.code));
}
