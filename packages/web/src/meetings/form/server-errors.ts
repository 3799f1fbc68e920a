import { type MeetingDetail, meetingDetailSchema } from '@tindak/shared';
import { asApiError, errorCode, fieldIssues, isServerAnswer } from '../../api/errors';
import type { MeetingFormValues } from './form-values';

/** What the form says above its buttons after a failed save. */
export type FormProblem =
  | { kind: 'fields'; message?: string }
  | { kind: 'message'; message: string }
  | { kind: 'conflict'; message: string; current: MeetingDetail | null };

const topLevelFields = new Set([
  'type',
  'title',
  'startsAt',
  'endsAt',
  'timeZone',
  'place',
  'onlineUrl',
  'hostOrganizationId',
  'summary',
  'participants',
]);

/** True when the form shows an input (or a row) for this dotted path. */
export function isShownPath(path: string, values: MeetingFormValues): boolean {
  if (topLevelFields.has(path)) return true;
  const row = /^participants\.(\d+)\./.exec(path);
  return row !== null && Number(row[1]) < values.participants.length;
}

export interface PlacedError {
  fieldErrors: Record<string, string>;
  problem: FormProblem;
}

/**
 * Puts a failed save's messages where the person will look: next to the field the server named,
 * in the top alert when it named none the form shows.
 */
export function placeServerError(
  error: unknown,
  values: MeetingFormValues,
  networkMessage: string,
): PlacedError {
  if (!isServerAnswer(error))
    return { fieldErrors: {}, problem: { kind: 'message', message: networkMessage } };
  const message = asApiError(error)?.message ?? networkMessage;

  if (errorCode(error) === 'CONFLICT') {
    const parsed = meetingDetailSchema.safeParse(asApiError(error)?.data?.current);
    return {
      fieldErrors: {},
      problem: { kind: 'conflict', message, current: parsed.success ? parsed.data : null },
    };
  }

  const fieldErrors: Record<string, string> = {};
  const elsewhere: string[] = [];
  for (const issue of fieldIssues(error)) {
    if (isShownPath(issue.path, values)) fieldErrors[issue.path] ??= issue.message;
    else elsewhere.push(issue.message);
  }
  if (Object.keys(fieldErrors).length === 0) {
    return { fieldErrors, problem: { kind: 'message', message: elsewhere.join(' ') || message } };
  }
  return { fieldErrors, problem: { kind: 'fields', message: elsewhere.join(' ') || undefined } };
}
