/** A text worth a line of its own: present and not blank. */
export const filled = (value: string | null | undefined): value is string => !!value && value.trim() !== '';

export function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

/** The fields an update changed, each named by `name` (in the reader's language where it can). */
export function fieldNames(changes: Record<string, unknown>, name: (field: string) => string): string {
  return Object.keys(changes).map(name).join(', ');
}
