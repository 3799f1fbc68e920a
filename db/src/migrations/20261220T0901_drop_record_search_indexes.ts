import { type Kysely, sql } from 'kysely';

// Frozen in time: search reads `search_documents` (20261220T0900); the per-table full-text and
// title trigram indexes it read before serve nothing else, and every write to the four tables paid
// for them. Works on PostgreSQL 15 and 18.
const tables = {
  meetings:
    "coalesce(title, '') || ' ' || coalesce(summary, '') || ' ' || coalesce(minutes, '') || ' ' || coalesce(place, '')",
  proposals: "coalesce(title, '') || ' ' || coalesce(description, '') || ' ' || coalesce(decision_note, '')",
  commitments: "coalesce(title, '') || ' ' || coalesce(description, '') || ' ' || coalesce(evidence, '')",
  action_items: "coalesce(title, '') || ' ' || coalesce(description, '')",
} as const;

export async function up(db: Kysely<any>): Promise<void> {
  for (const table of Object.keys(tables)) {
    await sql`drop index ${sql.raw(`${table}_search_idx`)}`.execute(db);
    await sql`drop index ${sql.raw(`${table}_title_trgm_idx`)}`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const [table, document] of Object.entries(tables)) {
    await sql`create index ${sql.raw(`${table}_search_idx`)} on ${sql.table(table)}
      using gin ((to_tsvector('simple', tindak_search_text(${sql.raw(document)}))))`.execute(db);
    await sql`create index ${sql.raw(`${table}_title_trgm_idx`)} on ${sql.table(table)}
      using gin (tindak_search_text(title) gin_trgm_ops)`.execute(db);
  }
}
