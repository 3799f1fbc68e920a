import type { Database } from '@tindak/db';
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { type DbSnapshots, dbSnapshots } from './db-snapshot';

/**
 * Sends one request and checks what it did, whatever it was: never a server error, and when the
 * answer is an error, the database as it was before (a refusal that already wrote is a hole).
 * Throws a message naming the request, the answer and every change, for a property test to report.
 */
export async function expectHarmless(
  snapshots: DbSnapshots,
  request: { describe: string; send: () => Promise<LightMyRequestResponse> },
): Promise<LightMyRequestResponse> {
  const before = await snapshots.take();
  const response = await request.send();
  const problems: string[] = [];
  if (response.statusCode >= 500) problems.push('a server error');
  if (response.statusCode >= 400) {
    const changes = await snapshots.changesSince(before);
    if (changes.length > 0) problems.push('an error answer, yet the database changed:', ...changes);
  }
  if (problems.length === 0) return response;
  throw new Error(
    [request.describe, `answered ${response.statusCode}: ${response.body.slice(0, 400)}`, ...problems].join(
      '\n',
    ),
  );
}

/**
 * Expects `call` to be refused with `code` and the database to be exactly as it was before it:
 * the check every refused write makes (write authority, the directory, drafts).
 */
export async function refusedWithoutEffect(
  db: Database,
  call: () => Promise<unknown>,
  code: string,
): Promise<void> {
  const snapshots = dbSnapshots(db);
  const before = await snapshots.take();
  const error = await call().then(
    () => undefined,
    (e: unknown) => e as { code?: string },
  );
  expect(error, 'the call should have been refused').toBeDefined();
  expect(error?.code).toBe(code);
  expect(await snapshots.changesSince(before)).toEqual([]);
}
