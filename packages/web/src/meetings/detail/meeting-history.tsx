import { Text, Timeline } from '@mantine/core';
import { type DomainEventView, formatDateTime } from '@tindak/shared';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';

const knownEvents = ['MeetingLogged', 'MeetingUpdated'] as const;
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

export function MeetingHistory({ events, timeZone }: { events: DomainEventView[]; timeZone: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  if (events.length === 0) return <Text c="dimmed">{t('meetingPage.noHistory')}</Text>;
  return (
    <Timeline bulletSize={14} lineWidth={2} active={events.length - 1}>
      {events.map((event) => (
        <Timeline.Item
          key={event.id}
          title={isOneOf(knownEvents, event.eventType) ? t(`event.${event.eventType}`) : t('event.other')}
        >
          <Text size="sm" c="dimmed">
            <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt, lang, timeZone)}</time>
          </Text>
          {event.eventType === 'MeetingUpdated' &&
            describeUpdate(event.payload, t).map((line) => (
              <Text key={line} size="sm">
                {line}
              </Text>
            ))}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
