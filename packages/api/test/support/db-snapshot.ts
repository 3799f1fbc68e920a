import type { Database } from '@tindak/db';
import { type RawBuilder, sql } from 'kysely';
import { describeValue } from './property';

/**
 * What a refused call may legitimately write, and so is left out of the fingerprint: the security
 * record of the refusal itself (an event of these types, not the rest of the event log), the
 * rate-limit counters, and a session's idle-window touch. Only the `public` schema is read, so
 * pg-boss's own schema (`pgboss`) is out too: a job can only be enqueued with its event, which is in.
 */
const securityEventTypes = ['PermissionDenied', 'SignInFailed'];
const skippedTables = new Set(['rate_limits']);
const skippedColumns: Record<string, string[]> = { sessions: ['last_seen_at'] };
const skippedRows: Record<string, RawBuilder<unknown>> = {
  events: sql`where t.event_type <> all(${securityEventTypes})`,
};

interface TableState {
  count: number;
  /** The sum of the rows' 64-bit hashes: equal when the rows are, whatever their order. */
  hash: string;
}

/**
 * Every table of the public schema as count and hash, and the transaction horizon when it was
 * taken: a row whose `xmin` is past it was written (inserted or updated) afterwards.
 */
export interface DbSnapshot {
  horizon: string;
  tables: ReadonlyMap<string, TableState>;
}

export interface DbSnapshots {
  take(): Promise<DbSnapshot>;
  /** Takes a new snapshot and says, table by table, what differs from `before` (empty: nothing). */
  changesSince(before: DbSnapshot): Promise<string[]>;
}

interface Table {
  name: string;
  /** The row's hash, without skipped columns. */
  hash: RawBuilder<string>;
  /** The same row as JSON, with column names: what a diff shows. */
  json: RawBuilder<string>;
  from: RawBuilder<unknown>;
}

/**
 * Lists the tables from the catalog, so a new table is covered without touching this file. Rows
 * are hashed column by column (hash_record_extended: no text conversion, so a snapshot costs little
 * more than counting); a column whose type has no hash function is hashed as its text.
 */
async function publicTables(db: Database): Promise<Table[]> {
  const { rows } = await sql<{ name: string; columns: { name: string; hashable: boolean }[] }>`
    select c.relname as name,
      json_agg(json_build_object('name', a.attname, 'hashable',
        t.typcategory = 'A' or exists (
          select 1 from pg_opclass oc join pg_am am on am.oid = oc.opcmethod
          where am.amname = 'hash' and oc.opcintype = a.atttypid)) order by a.attnum) as columns
    from pg_class c
    join pg_namespace n on n.oid = c.relnamespace
    join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
    join pg_type t on t.oid = a.atttypid
    where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition
    group by c.relname
    order by c.relname`.execute(db);
  return rows
    .filter(({ name }) => !skippedTables.has(name))
    .map(({ name, columns }) => {
      const skipped = skippedColumns[name] ?? [];
      const kept = columns
        .filter((column) => !skipped.includes(column.name))
        .map((column) =>
          column.hashable ? sql.ref(`t.${column.name}`) : sql`${sql.ref(`t.${column.name}`)}::text`,
        );
      return {
        name,
        hash: sql<string>`hash_record_extended(row(${sql.join(kept)}), 0)`,
        json: sql<string>`(to_jsonb(t) - ${skipped}::text[])::text`,
        from: sql`from ${sql.table(name)} t ${skippedRows[name] ?? sql``}`,
      };
    });
}

/** Fingerprints the database the way a refused call must leave it: one query per snapshot. */
export function dbSnapshots(db: Database): DbSnapshots {
  let tables: Promise<Table[]> | undefined;

  const take = async (): Promise<DbSnapshot> => {
    tables ??= publicTables(db);
    const parts = (await tables).map(
      (t) => sql`select ${t.name}::text as name, count(*)::int as count,
          coalesce(sum(${t.hash}::numeric), 0)::text as hash ${t.from}`,
    );
    const { rows } = await sql<{ name: string; count: number; hash: string; horizon: string }>`
      select f.*, (pg_snapshot_xmax(pg_current_snapshot())::text::bigint % 4294967296)::text as horizon
      from (${sql.join(parts, sql` union all `)}) f`.execute(db);
    return {
      horizon: rows[0]?.horizon ?? '0',
      tables: new Map(rows.map(({ name, count, hash }) => [name, { count, hash }])),
    };
  };

  /** Rows of `name` written after `horizon`, as JSON: the new or changed ones. */
  const writtenRows = async (name: string, horizon: string) => {
    const table = (await tables)?.find((t) => t.name === name);
    if (!table) return [];
    const { rows } = await sql<{ row: string }>`
      select ${table.json} as row ${table.from} ${skippedRows[name] ? sql`and` : sql`where`}
      t.xmin::text::bigint >= ${horizon}::bigint limit 5`.execute(db);
    return rows.map((r) => `  + ${describeValue(JSON.parse(r.row), 1000)}`);
  };

  return {
    take,
    async changesSince(before) {
      const after = await take();
      const lines: string[] = [];
      for (const [name, now] of after.tables) {
        const was = before.tables.get(name);
        if (was?.hash === now.hash) continue;
        lines.push(`${name}: ${was?.count ?? 0} → ${now.count} rows, written:`);
        lines.push(...(await writtenRows(name, before.horizon)));
      }
      return lines;
    },
  };
}
