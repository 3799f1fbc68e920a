/**
 * What an update changed, by field: `{ from, to }` for a value, `{ added, removed }` for a list of
 * links (see `diffLinks`). The `changes` payload of every update event (MeetingUpdated,
 * ProposalUpdated, CommitmentUpdated, ActionItemUpdated); the history views read it.
 */
export type Changes = Record<
  string,
  { from: unknown; to: unknown } | { added: unknown[]; removed: unknown[] }
>;

/**
 * The fields, of those listed, whose value differs before and after, in the order listed. Dates
 * are compared by the instant they hold: a re-read timestamp is a new object.
 */
export function changedFields<K extends string>(
  before: Readonly<Record<K, unknown>>,
  after: Readonly<Record<K, unknown>>,
  fields: readonly K[],
): Changes {
  const changes: Changes = {};
  for (const field of fields) {
    const from = before[field];
    const to = after[field];
    const same = from instanceof Date && to instanceof Date ? from.getTime() === to.getTime() : from === to;
    if (!same) changes[field] = { from, to };
  }
  return changes;
}
