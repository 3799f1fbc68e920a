import { asApiError, errorCode, fieldIssues, isServerAnswer } from '../../api/errors';

/** What a form says above its buttons after a failed save; `current` is the record as it is now. */
export type SaveProblem<T> =
  | { kind: 'fields'; message?: string }
  | { kind: 'message'; message: string }
  | { kind: 'conflict'; message: string; current: T | null };

export interface PlacedSaveError<T> {
  fieldErrors: Record<string, string>;
  problem: SaveProblem<T>;
}

/**
 * Puts a failed save's messages where the person will look: next to the field the server named
 * (when `isShown` says the form has an input for it), in the top alert otherwise. A CONFLICT
 * carries the record as it is now, read with `parseCurrent`.
 */
export function placeSaveError<T>(
  error: unknown,
  isShown: (path: string) => boolean,
  networkMessage: string,
  parseCurrent: (value: unknown) => T | null,
): PlacedSaveError<T> {
  if (!isServerAnswer(error))
    return { fieldErrors: {}, problem: { kind: 'message', message: networkMessage } };
  const message = asApiError(error)?.message ?? networkMessage;

  if (errorCode(error) === 'CONFLICT') {
    return {
      fieldErrors: {},
      problem: { kind: 'conflict', message, current: parseCurrent(asApiError(error)?.data?.current) },
    };
  }
  return placeFieldIssues(error, isShown, networkMessage);
}

/**
 * The field part of `placeSaveError` on its own, for answers that name a field whatever their
 * code (an email already taken is a CONFLICT, but about the email field, not about a version).
 */
export function placeFieldIssues<T>(
  error: unknown,
  isShown: (path: string) => boolean,
  networkMessage: string,
): PlacedSaveError<T> {
  if (!isServerAnswer(error))
    return { fieldErrors: {}, problem: { kind: 'message', message: networkMessage } };
  const message = asApiError(error)?.message ?? networkMessage;
  const fieldErrors: Record<string, string> = {};
  const elsewhere: string[] = [];
  for (const issue of fieldIssues(error)) {
    if (isShown(issue.path)) fieldErrors[issue.path] ??= issue.message;
    else elsewhere.push(issue.message);
  }
  if (Object.keys(fieldErrors).length === 0) {
    return { fieldErrors, problem: { kind: 'message', message: elsewhere.join(' ') || message } };
  }
  return { fieldErrors, problem: { kind: 'fields', message: elsewhere.join(' ') || undefined } };
}
