import { type MeetingDetail, meetingDetailSchema } from '@tindak/shared';
import { type PlacedSaveError, placeSaveError, type SaveProblem } from '../../kit/save-errors';
import type { MeetingFormValues } from './form-values';

export type FormProblem = SaveProblem<MeetingDetail>;

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

export type PlacedError = PlacedSaveError<MeetingDetail>;

/** A meeting as the server sent it in a CONFLICT, or null when it sent none that parses. */
export function parseMeetingDetail(value: unknown): MeetingDetail | null {
  const parsed = meetingDetailSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** The meeting form's placement: its own fields and participant rows. */
export function placeServerError(
  error: unknown,
  values: MeetingFormValues,
  networkMessage: string,
): PlacedError {
  return placeSaveError(error, (path) => isShownPath(path, values), networkMessage, parseMeetingDetail);
}
