import type { Database } from '@tindak/db';

/** The host office and the government it belongs to: the letterhead of the minutes. */
export async function findLetterhead(db: Database, organizationId: string) {
  return db
    .selectFrom('organizations as o')
    .leftJoin('regions as r', 'r.code', 'o.regionCode')
    .select(['o.name', 'o.kind', 'r.name as regionName', 'r.kind as regionKind'])
    .where('o.id', '=', organizationId)
    .executeTakeFirst();
}

/** NIP (civil-servant number) of the people who sign the minutes, where recorded. */
export async function findNips(db: Database, personIds: readonly string[]): Promise<Map<string, string>> {
  if (personIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('people')
    .select(['id', 'nip'])
    .where('id', 'in', [...personIds])
    .where('nip', 'is not', null)
    .execute();
  return new Map(rows.flatMap((r) => (r.nip ? [[r.id, r.nip] as const] : [])));
}
