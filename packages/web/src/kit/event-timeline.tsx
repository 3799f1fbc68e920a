import { Text, Timeline } from '@mantine/core';
import { type DomainEventView, formatDateTime } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/use-language';
import { describeEvent } from './event-lines';

interface EventTimelineProps {
  events: DomainEventView[];
  /** The zone to show times in: the meeting's own for a meeting, WIB otherwise. */
  timeZone?: string;
}

/**
 * A record's history, the one way every record page shows it: each event's name, who and when, and
 * the lines that say what it changed (read through the event catalogue in @tindak/shared).
 */
export function EventTimeline({ events, timeZone }: EventTimelineProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  if (events.length === 0) return <Text c="dimmed">{t('meetingRecord.noHistory')}</Text>;
  return (
    <Timeline bulletSize={14} lineWidth={2} active={events.length - 1}>
      {events.map((event) => {
        const { title, lines } = describeEvent(event, t, lang);
        return (
          <Timeline.Item key={event.id} title={title}>
            <Text size="sm" c="dimmed">
              {event.actorName ? `${event.actorName} · ` : ''}
              <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt, lang, timeZone)}</time>
            </Text>
            {lines.map((line) => (
              <Text key={line} size="sm" className="tindak-preserve-lines">
                {line}
              </Text>
            ))}
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
