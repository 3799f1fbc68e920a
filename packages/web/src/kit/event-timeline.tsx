import { Text, Timeline } from '@mantine/core';
import { type DomainEventView, formatDateTime } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/use-language';

interface EventTimelineProps {
  events: DomainEventView[];
  /** The event's name in the reader's language. */
  title: (event: DomainEventView) => string;
  /** Lines that say what the event changed; the payload is the server's record, read defensively. */
  describe?: (event: DomainEventView) => string[];
}

/** Each item's history to resolution: what happened and when, oldest first. */
export function EventTimeline({ events, title, describe }: EventTimelineProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  if (events.length === 0) return <Text c="dimmed">{t('meetingRecord.noHistory')}</Text>;
  return (
    <Timeline bulletSize={14} lineWidth={2} active={events.length - 1}>
      {events.map((event) => (
        <Timeline.Item key={event.id} title={title(event)}>
          <Text size="sm" c="dimmed">
            {event.actorName ? `${event.actorName} · ` : ''}
            <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt, lang)}</time>
          </Text>
          {describe?.(event).map((line) => (
            <Text key={line} size="sm" className="tindak-preserve-lines">
              {line}
            </Text>
          ))}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}

/** A string field of an event payload, or null. */
export function payloadText(event: DomainEventView, key: string): string | null {
  const value = event.payload[key];
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/** The field names an update event lists under `changes`. */
export function changedFieldNames(event: DomainEventView): string[] {
  const changes = event.payload.changes;
  return changes && typeof changes === 'object' && !Array.isArray(changes) ? Object.keys(changes) : [];
}
