import type { Database } from '@tindak/db';
import { sql } from 'kysely';

/**
 * Counts a hit in a fixed window shared by every API process (the counter lives in PostgreSQL)
 * and says whether the caller is still within `limit`.
 */
export async function withinRateLimit(db: Database, bucket: string, limit: number, windowSeconds: number) {
  const row = await sql<{ hits: number }>`
    insert into rate_limits (bucket, window_start, hits) values (${bucket}, now(), 1)
    on conflict (bucket) do update set
      hits = case when rate_limits.window_start < now() - make_interval(secs => ${windowSeconds})
        then 1 else rate_limits.hits + 1 end,
      window_start = case when rate_limits.window_start < now() - make_interval(secs => ${windowSeconds})
        then now() else rate_limits.window_start end
    returning hits`.execute(db);
  return (row.rows[0]?.hits ?? 0) <= limit;
}
