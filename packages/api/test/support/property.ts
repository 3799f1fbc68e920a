import fc from 'fast-check';

/**
 * One seed per test run for every property in it, printed with any failure; FC_SEED=<seed>
 * replays that run's inputs.
 */
export const propertySeed = Number(process.env.FC_SEED) || Math.floor(Math.random() * 2 ** 31);

/**
 * Runs `property` for `numRuns` inputs and fails with the property's own message (which names
 * the input), the seed and the way to replay it. It stops at the first failure instead of
 * shrinking: every shrinking step is another round of HTTP calls, and the inputs are small already.
 */
export async function checkProperty<Ts>(property: fc.IAsyncProperty<Ts>, numRuns: number) {
  const details = await fc.check(property, { seed: propertySeed, numRuns, endOnFailure: true });
  if (!details.failed) return;
  const cause =
    details.errorInstance instanceof Error ? details.errorInstance.message : details.errorInstance;
  throw new Error(
    `${String(cause)}\n(fast-check seed ${details.seed}, path ${details.counterexamplePath}: FC_SEED=${details.seed} replays it)`,
  );
}

/** A value for a failure message: long strings cut (a 100k-character input would drown the report). */
export function describeValue(value: unknown, max = 600): string {
  const text =
    JSON.stringify(value, (_key, v: unknown) =>
      typeof v === 'string' && v.length > 80 ? `${v.slice(0, 40)}…(${v.length} chars)` : v,
    ) ?? 'undefined';
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
