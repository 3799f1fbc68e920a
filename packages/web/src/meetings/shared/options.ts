import {
  type AttendanceState,
  attendanceStates,
  type MeetingType,
  meetingTypes,
  type ParticipantRole,
  participantRoles,
} from '@tindak/shared';
import type { TFunction } from 'i18next';

export interface Option<T extends string = string> {
  value: T;
  label: string;
  disabled?: boolean;
}

export function meetingTypeOptions(t: TFunction): Option<MeetingType>[] {
  return meetingTypes.map((value) => ({ value, label: t(`meetingType.${value}`) }));
}

export function roleOptions(t: TFunction): Option<ParticipantRole>[] {
  return participantRoles.map((value) => ({ value, label: t(`participantRole.${value}`) }));
}

export function attendanceOptions(t: TFunction): Option<AttendanceState>[] {
  return attendanceStates.map((value) => ({ value, label: t(`attendance.${value}`) }));
}

/** The three zones of Indonesia; Asia/Pontianak is also WIB but nobody picks it by that name. */
export const formTimeZones = [
  { zone: 'Asia/Jakarta', key: 'wib' },
  { zone: 'Asia/Makassar', key: 'wita' },
  { zone: 'Asia/Jayapura', key: 'wit' },
] as const;

export function timeZoneOptions(t: TFunction, current?: string): Option[] {
  const options: Option[] = formTimeZones.map(({ zone, key }) => ({
    value: zone,
    label: t(`timeZone.${key}`),
  }));
  // A meeting saved elsewhere with another zone must still show it rather than silently switch.
  if (current && !options.some((o) => o.value === current)) options.push({ value: current, label: current });
  return options;
}

export function isMeetingType(value: unknown): value is MeetingType {
  return typeof value === 'string' && (meetingTypes as readonly string[]).includes(value);
}
