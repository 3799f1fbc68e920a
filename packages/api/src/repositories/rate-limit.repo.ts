import type { Database } from '@tindak/db';
import { sql } from 'kysely';

// Counters in fixed windows, shared by every API process (they live in PostgreSQL). A bucket names
// what is counted, e.g. `sign-in:pair:<email>:<address>`.

export interface CountedHit {
  /** Hits in the current window, this one included. */
  hits: number;
  /** Seconds until the window is over and the count starts again. */
  secondsLeft: number;
}

/** Counts one hit (a window past its length starts over). */
export async function countHit(db: Database, bucket: string, windowSeconds: number): Promise<CountedHit> {
  const row = await sql<CountedHit>`
    insert into rate_limits (bucket, window_start, hits, last_hit_at) values (${bucket}, now(), 1, now())
    on conflict (bucket) do update set
      hits = case when rate_limits.window_start < now() - make_interval(secs => ${windowSeconds})
        then 1 else rate_limits.hits + 1 end,
      window_start = case when rate_limits.window_start < now() - make_interval(secs => ${windowSeconds})
        then now() else rate_limits.window_start end,
      last_hit_at = now()
    returning hits,
      extract(epoch from window_start + make_interval(secs => ${windowSeconds}) - now())::float8 as "secondsLeft"`.execute(
    db,
  );
  return row.rows[0] ?? { hits: 0, secondsLeft: windowSeconds };
}

/** Takes back a hit counted ahead of an outcome that turned out not to count. */
export async function takeBackHit(db: Database, bucket: string): Promise<void> {
  await sql`update rate_limits set hits = greatest(hits - 1, 0) where bucket = ${bucket}`.execute(db);
}

export async function clearHits(db: Database, bucket: string): Promise<void> {
  await sql`delete from rate_limits where bucket = ${bucket}`.execute(db);
}

export interface BucketState {
  /** Hits in the current window (0 once the window is over). */
  hits: number;
  /** Seconds since the last hit (null without one in the window). */
  secondsSinceLast: number | null;
}

/** Reads a counter without counting. */
export async function readBucket(db: Database, bucket: string, windowSeconds: number): Promise<BucketState> {
  const row = await sql<{ hits: number; sinceLast: number; current: boolean }>`
    select hits,
      extract(epoch from now() - last_hit_at)::float8 as "sinceLast",
      window_start >= now() - make_interval(secs => ${windowSeconds}) as current
    from rate_limits where bucket = ${bucket}`.execute(db);
  const state = row.rows[0];
  if (!state?.current) return { hits: 0, secondsSinceLast: null };
  return { hits: state.hits, secondsSinceLast: state.sinceLast };
}
