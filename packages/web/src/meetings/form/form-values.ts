import {
  type AttendanceState,
  type CarryOverEntryInput,
  type CarryOverKind,
  DEFAULT_TIME_ZONE,
  isoToZonedWallTime,
  type Language,
  localizeIssues,
  type MeetingCreateInput,
  type MeetingDetail,
  type MeetingType,
  meetingCreateInput,
  type ParticipantInput,
  type ParticipantRole,
  type Person,
  translateMessage,
  zonedWallTimeToIso,
} from '@tindak/shared';
import { newUuid } from '../../lib/uuid';
import { type CountText, countOrNull } from './count-fields';

/** One participant row. Field names match the schema, so a server path like `participants.2.guestName` lands here. */
export interface ParticipantRowValues {
  /** Stable React key: rows are removed from the middle of the list. */
  key: string;
  kind: 'person' | 'guest';
  personId: string | null;
  /** Shown for a known person; not sent (the server knows them by id). */
  personName: string;
  personPosition: string | null;
  personOffice: string | null;
  guestName: string;
  guestPosition: string;
  organizationId: string | null;
  regionCode: string | null;
  role: ParticipantRole;
  attendance: AttendanceState;
  /** Who came in their place; asked for (and sent) only when attendance is "represented". */
  representedBy: string;
}

/** What the inputs hold: dates and times as typed (wall clock in the chosen zone), blanks as ''. */
export interface MeetingFormValues {
  type: MeetingType | '';
  title: string;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  timeZone: string;
  place: string;
  onlineUrl: string;
  hostOrganizationId: string | null;
  summary: string;
  participants: ParticipantRowValues[];
  /** About how many came; for a training, its quota and the number trained ('' when not known). */
  headcount: CountText;
  trainingQuota: CountText;
  trainedCount: CountText;
  /** "Rapat sudah terlaksana": offered (and on) only once the end has passed; see `hasEnded`. */
  held: boolean;
  /** "Rapat lanjutan dari": the earlier meeting this one follows (issue 19). */
  followsMeetingId: string | null;
  /**
   * The checked records of "Tindak lanjut rapat sebelumnya" as `kind:id`, in the order offered;
   * null until the person has seen the list (a meeting being edited then keeps its section).
   */
  carryOverKeys: string[] | null;
}

export type MeetingFields = Omit<MeetingCreateInput, 'idempotencyKey'>;

export function emptyFormValues(): MeetingFormValues {
  return {
    type: '',
    title: '',
    startDate: '',
    startTime: '',
    endDate: '',
    endTime: '',
    timeZone: DEFAULT_TIME_ZONE,
    place: '',
    onlineUrl: '',
    hostOrganizationId: null,
    summary: '',
    participants: [],
    headcount: '',
    trainingQuota: '',
    trainedCount: '',
    held: true,
    followsMeetingId: null,
    carryOverKeys: null,
  };
}

function splitWallTime(iso: string, timeZone: string): [date: string, time: string] {
  const wall = isoToZonedWallTime(iso, timeZone);
  return [wall.slice(0, 10), wall.slice(11, 16)];
}

export function detailToFormValues(meeting: MeetingDetail): MeetingFormValues {
  const [startDate, startTime] = splitWallTime(meeting.startsAt, meeting.timeZone);
  const [endDate, endTime] = splitWallTime(meeting.endsAt, meeting.timeZone);
  return {
    type: meeting.type,
    title: meeting.title,
    startDate,
    startTime,
    endDate,
    endTime,
    timeZone: meeting.timeZone,
    place: meeting.place ?? '',
    onlineUrl: meeting.onlineUrl ?? '',
    hostOrganizationId: meeting.host.id,
    summary: meeting.summary ?? '',
    headcount: meeting.headcount ?? '',
    trainingQuota: meeting.trainingQuota ?? '',
    trainedCount: meeting.trainedCount ?? '',
    participants: meeting.participants.map((p) => ({
      key: p.id,
      kind: p.kind,
      personId: p.personId,
      personName: p.kind === 'person' ? p.name : '',
      personPosition: p.kind === 'person' ? p.position : null,
      personOffice: p.kind === 'person' ? (p.organization?.name ?? null) : null,
      guestName: p.kind === 'guest' ? p.name : '',
      guestPosition: p.kind === 'guest' ? (p.position ?? '') : '',
      organizationId: p.organization?.id ?? null,
      regionCode: p.region?.code ?? null,
      role: p.role,
      attendance: p.attendance,
      representedBy: p.representedBy ?? '',
    })),
    held: meeting.status === 'held',
    followsMeetingId: meeting.followsMeetingId ?? null,
    carryOverKeys: null,
  };
}

export function personRow(person: Person, attendance: AttendanceState): ParticipantRowValues {
  return {
    key: newUuid(),
    kind: 'person',
    personId: person.id,
    personName: person.fullName,
    personPosition: person.position,
    personOffice: person.organization?.name ?? null,
    guestName: '',
    guestPosition: '',
    // The server fills in the person's own office and its region.
    organizationId: person.organization?.id ?? null,
    regionCode: null,
    role: 'participant',
    attendance,
    representedBy: '',
  };
}

export function guestRow(
  attendance: AttendanceState,
  organizationId: string | null,
  regionCode: string | null,
): ParticipantRowValues {
  return {
    key: newUuid(),
    kind: 'guest',
    personId: null,
    personName: '',
    personPosition: null,
    personOffice: null,
    guestName: '',
    guestPosition: '',
    organizationId,
    regionCode,
    role: 'participant',
    attendance,
    representedBy: '',
  };
}

function wallTimeIso(date: string, time: string, timeZone: string): string {
  if (!date || !time) return '';
  try {
    return zonedWallTimeToIso(`${date}T${time}`, timeZone);
  } catch {
    // Left for the schema to report as an invalid date and time.
    return `${date}T${time}`;
  }
}

function toParticipantInput(row: ParticipantRowValues): ParticipantInput {
  const common = {
    role: row.role,
    attendance: row.attendance,
    organizationId: row.organizationId,
    regionCode: row.regionCode,
    representedBy: row.attendance === 'represented' ? row.representedBy : '',
  };
  if (row.kind === 'person' && row.personId) return { kind: 'person', personId: row.personId, ...common };
  return { kind: 'guest', guestName: row.guestName, guestPosition: row.guestPosition, ...common };
}

/** True once the meeting's end, as typed, has passed: it is being logged after the fact. */
export function hasEnded(values: MeetingFormValues, now = Date.now()): boolean {
  const end = Date.parse(wallTimeIso(values.endDate, values.endTime, values.timeZone));
  return Number.isFinite(end) && end < now;
}

/**
 * Any moment of the start day in the meeting's zone (noon: the day the person sees), or null
 * while the type, host or date is still missing: what `meetings.similar` compares.
 */
export function similarityKey(values: MeetingFormValues) {
  const startsAt = wallTimeIso(values.startDate, '12:00', values.timeZone);
  if (!values.type || !values.hostOrganizationId || !Number.isFinite(Date.parse(startsAt))) return null;
  return {
    type: values.type,
    startsAt,
    timeZone: values.timeZone,
    hostOrganizationId: values.hostOrganizationId,
  };
}

/** The API input built from what was typed; the shared schema then judges it, here and on the server. */
export function toMeetingFields(values: MeetingFormValues): MeetingFields {
  return {
    // An empty choice is sent as-is so the schema reports it on the field.
    type: values.type as MeetingType,
    title: values.title,
    startsAt: wallTimeIso(values.startDate, values.startTime, values.timeZone),
    endsAt: wallTimeIso(values.endDate, values.endTime, values.timeZone),
    timeZone: values.timeZone,
    place: values.place,
    onlineUrl: values.onlineUrl,
    hostOrganizationId: values.hostOrganizationId ?? '',
    summary: values.summary,
    participants: values.participants.map(toParticipantInput),
    headcount: countOrNull(values.headcount),
    // Only a training has a quota and a number trained; another type drops what was typed for one.
    trainingQuota: values.type === 'pelatihan' ? countOrNull(values.trainingQuota) : null,
    trainedCount: values.type === 'pelatihan' ? countOrNull(values.trainedCount) : null,
    followsMeetingId: values.followsMeetingId,
    carryOver: values.carryOverKeys === null ? undefined : values.carryOverKeys.map(carryOverEntry),
  };
}

/** `kind:id`, as the checklist keeps a record. */
export const carryOverKey = (record: { kind: CarryOverKind; id: string }) => `${record.kind}:${record.id}`;

function carryOverEntry(key: string): CarryOverEntryInput {
  const [kind, id] = key.split(':') as [CarryOverKind, string];
  return { kind, id };
}

/** Fields where an empty value should read "required" rather than the schema's "not a valid choice". */
const blankMeansRequired: Record<string, (values: MeetingFormValues) => boolean> = {
  type: (v) => v.type === '',
  hostOrganizationId: (v) => !v.hostOrganizationId,
  startsAt: (v) => !v.startDate || !v.startTime,
  endsAt: (v) => !v.endDate || !v.endTime,
};

/** Validates with the same zod schema the API uses; errors keyed by the schema's dotted paths. */
export function validateMeetingForm(values: MeetingFormValues, lang: Language): Record<string, string> {
  const result = meetingCreateInput.safeParse(toMeetingFields(values));
  if (result.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of localizeIssues(result.error.issues, lang)) {
    // The first problem of a field is the one to fix first.
    if (errors[issue.path] === undefined) errors[issue.path] = issue.message;
  }
  for (const [path, isBlank] of Object.entries(blankMeansRequired)) {
    if (errors[path] !== undefined && isBlank(values)) errors[path] = translateMessage('required', lang);
  }
  return errors;
}
