import { errorMessage, fieldIssues } from '../api/errors';

/** A server error split into messages per field and one for the whole form, already in the person's language. */
export function fieldErrorsOf(
  error: unknown,
  unreachable: string,
): { form: string | null; fields: Record<string, string> } {
  if (!error) return { form: null, fields: {} };
  const issues = fieldIssues(error);
  const fields = Object.fromEntries(issues.filter((i) => i.path).map((i) => [i.path, i.message]));
  return { form: issues.length ? null : errorMessage(error, unreachable), fields };
}
