import type { Database } from '@tindak/db';
import { countHit } from '../repositories/rate-limit.repo';

/** Counts a hit and says whether the caller is still within `limit` hits per window. */
export async function withinRateLimit(db: Database, bucket: string, limit: number, windowSeconds: number) {
  return (await countHit(db, bucket, windowSeconds)).hits <= limit;
}
