import { type Kysely, sql } from 'kysely';

// Frozen in time: people are found by a name key that ignores case, accents, apostrophes, hyphens,
// the spaces between a name's parts and academic titles ("Drs. Ariansyah, M.E." -> "ariansyah",
// "Nur'aini" -> "nuraini"). A generated column keeps the key right for every writer, including
// bulk loads in plain SQL. `personNameKey` in @tindak/shared is the same rule for queries and
// the attendance import; a test holds the two to the same answers. Changing the rule takes a new
// migration that replaces the function and rewrites the column.
// Degrees follow the first comma; honorifics (Prof., Dr., Drs., Dra., Ir., H., Hj., KH.) lead the
// name; abbreviations with a dot at its end (S.Kom. M.Si.) are degrees written without a comma.
// Whitespace is spelled out ([ \t\r\n]) because what \s means for other characters depends on
// the server's locale.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create function tindak_person_name_key(value text) returns text
    language sql immutable parallel safe strict
    as $$ select regexp_replace(regexp_replace(regexp_replace(
      split_part(public.tindak_search_text(value), ',', 1),
      '^[ \\t\\r\\n]*((prof|drs|dra|dr|ir|hj|h|kh)(\\.|[ \\t\\r\\n])[ \\t\\r\\n]*)+', ''),
      '([ \\t\\r\\n]+[^ \\t\\r\\n]*\\.[^ \\t\\r\\n]*)+[ \\t\\r\\n]*$', ''),
      '[^a-z0-9]', '', 'g') $$`.execute(db);
  await sql`alter table people add column name_key text not null
    generated always as (public.tindak_person_name_key(full_name)) stored`.execute(db);
  // Substring matches ("nuraini" anywhere in the key), like the other searches' title indexes.
  await sql`create index people_name_key_trgm_idx on people using gin (name_key gin_trgm_ops)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table people drop column name_key`.execute(db);
  await sql`drop function tindak_person_name_key(text)`.execute(db);
}
