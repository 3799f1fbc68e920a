/** The distinct values, in first-seen order. */
export function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/** What to add and remove to turn the stored set of links into the wanted one. */
export function diffLinks<T>(stored: readonly T[], wanted: readonly T[]): { added: T[]; removed: T[] } {
  const have = new Set(stored);
  const want = new Set(wanted);
  return {
    added: [...want].filter((value) => !have.has(value)),
    removed: [...have].filter((value) => !want.has(value)),
  };
}
