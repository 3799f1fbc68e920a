import { type DomainEvent, type Language, statusLabel } from '@tindak/shared';
import type { TFunction } from 'i18next';
import { fieldNames, filled, isOneOf } from './line-parts';

const meetingFields = [
  'type',
  'title',
  'startsAt',
  'endsAt',
  'timeZone',
  'place',
  'onlineUrl',
  'hostOrganizationId',
  'summary',
] as const;

/** What a meeting event did, in words. */
export function meetingLines(event: DomainEvent, t: TFunction, lang: Language): string[] {
  const lines: string[] = [];
  switch (event.eventType) {
    case 'MeetingUpdated': {
      const fields = fieldNames(event.payload.changes, (f) =>
        isOneOf(meetingFields, f) ? t(`field.${f}`) : f,
      );
      if (fields) lines.push(t('meetingPage.changedFields', { fields }));
      const { added, changed, removed } = event.payload.participants;
      if (added.length + changed.length + removed.length > 0) {
        lines.push(
          t('meetingPage.participantChanges', {
            added: added.length,
            changed: changed.length,
            removed: removed.length,
          }),
        );
      }
      break;
    }
    case 'MeetingStatusChanged': {
      const { from, to, reason } = event.payload;
      if (filled(from) && filled(to)) {
        lines.push(
          t('meetingRecord.event.fromTo', { from: statusLabel(from, lang), to: statusLabel(to, lang) }),
        );
      }
      if (filled(reason)) lines.push(t('meetingPage.statusReason', { reason }));
      break;
    }
    case 'AttendanceRecorded':
      lines.push(t('meetingRecord.event.attendanceChanges', { count: event.payload.changes.length }));
      break;
    case 'MinutesRecorded':
      lines.push(t('meetingRecord.event.agendaItems', { count: event.payload.agenda.length }));
      break;
    case 'AttachmentAdded':
      if (filled(event.payload.fileName)) lines.push(event.payload.fileName);
      break;
  }
  return lines;
}
