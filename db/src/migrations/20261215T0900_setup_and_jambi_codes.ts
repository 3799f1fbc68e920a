import { type Kysely, sql } from 'kysely';

// Frozen in time. Two things the first national release needs:
//
// 1. setup_tokens: the one-time link that creates the first admin on an empty installation. Only
//    the SHA-256 of the token is kept; the row is deleted when used (or replaced at the next start).
//
// 2. emails.kind 'test': the admin's checklist sends a test mail through the normal outbox.
//
// 3. Jambi's regency codes. Our first region list had 15.06/15.07 (Tanjung Jabung Timur/Barat) and
//    15.08/15.09 (Tebo/Bungo) swapped against Kemendagri. Renaming the regions by code (the upsert
//    at start) would quietly move every office, participant, commitment and follow-up of Tebo to
//    "Bungo". So where the database still carries the old names, the references move to the right
//    code instead, and the names stay with the records they described. A database loaded from a
//    correct list (another province's REGIONS_FILE) is recognised by its names and left alone.
const swapped: [string, string][] = [
  ['15.06', '15.07'],
  ['15.08', '15.09'],
];
const oldNames: Record<string, string> = {
  '15.06': 'Kabupaten Tanjung Jabung Timur',
  '15.07': 'Kabupaten Tanjung Jabung Barat',
  '15.08': 'Kabupaten Tebo',
  '15.09': 'Kabupaten Bungo',
};

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('setup_tokens')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`alter table emails drop constraint emails_kind_check`.execute(db);
  await sql`alter table emails add constraint emails_kind_check
    check (kind in ('notification', 'daily', 'digest', 'invite', 'reset', 'test'))`.execute(db);

  for (const [a, b] of swapped) {
    const rows = await sql<{ code: string; name: string }>`
      select code, name from regions where code in (${a}, ${b})`.execute(db);
    const name = (code: string) => rows.rows.find((r) => r.code === code)?.name;
    if (name(a) !== oldNames[a] || name(b) !== oldNames[b]) continue;
    const other = sql`case region_code when ${a} then ${b} else ${a} end`;
    for (const table of ['organizations', 'meeting_participants', 'action_items']) {
      await sql`update ${sql.table(table)} set region_code = ${other} where region_code in (${a}, ${b})`.execute(
        db,
      );
    }
    // A commitment for both regencies keeps both rows (the set is the same after the swap).
    await sql`
      update commitment_regions cr set region_code = ${other}
      where region_code in (${a}, ${b})
        and not exists (
          select 1 from commitment_regions o
          where o.commitment_id = cr.commitment_id and o.region_code in (${a}, ${b}) and o.region_code <> cr.region_code
        )`.execute(db);
    await sql`update regions set name = ${oldNames[b]} where code = ${a}`.execute(db);
    await sql`update regions set name = ${oldNames[a]} where code = ${b}`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  // The codes stay corrected: going back would put records under the wrong regency again.
  await db.schema.dropTable('setup_tokens').execute();
  await sql`delete from emails where kind = 'test'`.execute(db);
  await sql`alter table emails drop constraint emails_kind_check`.execute(db);
  await sql`alter table emails add constraint emails_kind_check
    check (kind in ('notification', 'daily', 'digest', 'invite', 'reset'))`.execute(db);
}
