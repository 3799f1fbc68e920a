import type { LightMyRequestResponse } from 'fastify';
import type { DbSnapshots } from './db-snapshot';

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
