import { type ActionItemDetail, actionItemDetailSchema, type Language, localizeIssues } from '@tindak/shared';
import { asApiError, errorCode, fieldIssues, isServerAnswer } from '../../api/errors';

/** What a form says above its buttons after a failed send. */
export type ActionProblem =
  | { kind: 'fields'; message?: string }
  | { kind: 'message'; message: string }
  | { kind: 'conflict'; message: string; current: ActionItemDetail | null };

export interface PlacedActionError {
  fieldErrors: Record<string, string>;
  problem: ActionProblem;
}

/**
 * Puts a failed action's messages where the person will look: next to the field the server named
 * when this form shows it, in the form's alert otherwise. Same rules as the meeting form's.
 */
export function placeActionError(
  error: unknown,
  shownFields: readonly string[],
  networkMessage: string,
): PlacedActionError {
  if (!isServerAnswer(error))
    return { fieldErrors: {}, problem: { kind: 'message', message: networkMessage } };
  const message = asApiError(error)?.message ?? networkMessage;

  if (errorCode(error) === 'CONFLICT') {
    const parsed = actionItemDetailSchema.safeParse(asApiError(error)?.data?.current);
    return {
      fieldErrors: {},
      problem: { kind: 'conflict', message, current: parsed.success ? parsed.data : null },
    };
  }

  const fieldErrors: Record<string, string> = {};
  const elsewhere: string[] = [];
  for (const issue of fieldIssues(error)) {
    if (shownFields.includes(issue.path)) fieldErrors[issue.path] ??= issue.message;
    else elsewhere.push(issue.message);
  }
  if (Object.keys(fieldErrors).length === 0) {
    return { fieldErrors, problem: { kind: 'message', message: elsewhere.join(' ') || message } };
  }
  return { fieldErrors, problem: { kind: 'fields', message: elsewhere.join(' ') || undefined } };
}

type Issues = Parameters<typeof localizeIssues>[0];
interface Checkable {
  safeParse(input: unknown): { success: true } | { success: false; error: { issues: Issues } };
}

/**
 * Checks input with the same shared schema the API parses with, before anything is sent; the
 * messages come out in the reader's language, one per field.
 */
export function checkWithSchema(schema: Checkable, input: unknown, lang: Language): Record<string, string> {
  const result = schema.safeParse(input);
  if (result.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of localizeIssues(result.error.issues, lang)) errors[issue.path] ??= issue.message;
  return errors;
}
