import { Text, Timeline } from '@mantine/core';
import { type DomainEventView, formatDateTime, statusLabel } from '@tindak/shared';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';

const knownEvents = ['MeetingLogged', 'MeetingUpdated'] as const;
/** Lifecycle, minutes, attendance and attachment events; named in the follow-ups locale files. */
const recordEvents = [
  'MeetingStatusChanged',
  'MinutesRecorded',
  'AttendanceRecorded',
  'AttachmentAdded',
  'AttachmentRemoved',
] as const;
const knownFields = [
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

function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

function lengthOf(value: unknown): number {
  return Array.isArray(value) ? value.length : 0;
}

/** What an update touched, in words; the payload is the server's event record, read defensively. */
function describeUpdate(payload: DomainEventView['payload'], t: TFunction): string[] {
  const lines: string[] = [];
  const changes = payload.changes;
  if (changes && typeof changes === 'object') {
    const fields = Object.keys(changes).map((field) =>
      isOneOf(knownFields, field) ? t(`field.${field}`) : field,
    );
    if (fields.length > 0) lines.push(t('meetingPage.changedFields', { fields: fields.join(', ') }));
  }
  const people = payload.participants;
  if (people && typeof people === 'object' && !Array.isArray(people)) {
    const { added, changed, removed } = people as Record<string, unknown>;
    if (lengthOf(added) + lengthOf(changed) + lengthOf(removed) > 0) {
      lines.push(
        t('meetingPage.participantChanges', {
          added: lengthOf(added),
          changed: lengthOf(changed),
          removed: lengthOf(removed),
        }),
      );
    }
  }
  return lines;
}

function text(payload: DomainEventView['payload'], key: string): string | null {
  const value = payload[key];
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/** What a lifecycle, minutes, attendance or attachment event did, in words. */
function describeRecord(event: DomainEventView, t: TFunction, lang: 'id' | 'en'): string[] {
  const { payload } = event;
  const lines: string[] = [];
  if (event.eventType === 'MeetingStatusChanged') {
    const from = text(payload, 'from');
    const to = text(payload, 'to');
    if (from && to) {
      lines.push(
        t('meetingRecord.event.fromTo', { from: statusLabel(from, lang), to: statusLabel(to, lang) }),
      );
    }
    const reason = text(payload, 'reason');
    if (reason) lines.push(t('meetingPage.statusReason', { reason }));
  }
  if (event.eventType === 'AttendanceRecorded') {
    lines.push(t('meetingRecord.event.attendanceChanges', { count: lengthOf(payload.changes) }));
  }
  if (event.eventType === 'MinutesRecorded') {
    lines.push(t('meetingRecord.event.agendaItems', { count: lengthOf(payload.agenda) }));
  }
  const fileName = text(payload, 'fileName');
  if (event.eventType === 'AttachmentAdded' && fileName) lines.push(fileName);
  return lines;
}

function eventTitle(eventType: string, t: TFunction): string {
  if (isOneOf(knownEvents, eventType)) return t(`event.${eventType}`);
  if (isOneOf(recordEvents, eventType)) return t(`meetingRecord.event.${eventType}`);
  return t('event.other');
}

export function MeetingHistory({ events, timeZone }: { events: DomainEventView[]; timeZone: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  if (events.length === 0) return <Text c="dimmed">{t('meetingPage.noHistory')}</Text>;
  return (
    <Timeline bulletSize={14} lineWidth={2} active={events.length - 1}>
      {events.map((event) => (
        <Timeline.Item key={event.id} title={eventTitle(event.eventType, t)}>
          <Text size="sm" c="dimmed">
            {event.actorName ? `${event.actorName} · ` : ''}
            <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt, lang, timeZone)}</time>
          </Text>
          {event.eventType === 'MeetingUpdated' &&
            describeUpdate(event.payload, t).map((line) => (
              <Text key={line} size="sm">
                {line}
              </Text>
            ))}
          {describeRecord(event, t, lang).map((line) => (
            <Text key={line} size="sm" className="tindak-preserve-lines">
              {line}
            </Text>
          ))}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
