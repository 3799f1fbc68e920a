import { type MeetingDetail, meetingDetailSchema } from '@tindak/shared';
import type { MeetingFormValues } from './form-values';

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
  'headcount',
  'trainingQuota',
  'trainedCount',
  'followsMeetingId',
  'carryOver',
]);

/** True when the form shows an input (or a row) for this dotted path. */
export function isShownPath(path: string, values: MeetingFormValues): boolean {
  if (topLevelFields.has(path)) return true;
  // A carried record the server refused is shown on the checklist (see series-fields.tsx).
  if (path.startsWith('carryOver.')) return values.carryOverKeys !== null;
  const row = /^participants\.(\d+)\./.exec(path);
  return row !== null && Number(row[1]) < values.participants.length;
}

/** A meeting as the server sent it in a CONFLICT, or null when it sent none that parses. */
export function parseMeetingDetail(value: unknown): MeetingDetail | null {
  const parsed = meetingDetailSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
