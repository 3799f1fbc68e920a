import { type Language, localizeIssues, translateMessage } from '@tindak/shared';

type Issues = Parameters<typeof localizeIssues>[0];

/** Any shared zod schema: only `safeParse` is needed, so the web does not import zod itself. */
export interface Checkable {
  safeParse(input: unknown): { success: true } | { success: false; error: { issues: Issues } };
}

/**
 * Checks what a form would send with the same schema the API uses; errors keyed by the schema's
 * dotted paths, the first problem of each field only. `blank` names the fields left empty, where
 * "required" says more than the schema's "not a valid identifier".
 */
export function schemaErrors(
  schema: Checkable,
  input: unknown,
  lang: Language,
  blank: Record<string, boolean> = {},
): Record<string, string> {
  const result = schema.safeParse(input);
  if (result.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of localizeIssues(result.error.issues, lang)) {
    if (errors[issue.path] === undefined) errors[issue.path] = issue.message;
  }
  for (const [path, isBlank] of Object.entries(blank)) {
    if (isBlank && errors[path] !== undefined) errors[path] = translateMessage('required', lang);
  }
  return errors;
}
