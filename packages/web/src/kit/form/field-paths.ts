/**
 * The server names a list entry (`regionCodes.2`); a multi-select shows one message for the whole
 * list, so such paths are folded onto the list's own field.
 */
export function foldListPaths(
  errors: Record<string, string>,
  lists: readonly string[],
): Record<string, string> {
  const folded: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    const list = lists.find((name) => path.startsWith(`${name}.`));
    const key = list ?? path;
    folded[key] ??= message;
  }
  return folded;
}

/** True for a field the form shows, or an entry of one of its lists. */
export function isFieldPath(path: string, fields: readonly string[], lists: readonly string[] = []): boolean {
  return fields.includes(path) || lists.some((name) => path === name || path.startsWith(`${name}.`));
}
