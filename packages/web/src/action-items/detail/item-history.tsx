import { Text, Timeline } from '@mantine/core';
import {
  type ActionItemDetail,
  formatCalendarDate,
  formatDateTime,
  type Language,
  statusLabel,
} from '@tindak/shared';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';

type HistoryEvent = ActionItemDetail['history'][number];
type Payload = HistoryEvent['payload'];

const knownEvents = [
  'ActionItemAssigned',
  'ActionItemDelegated',
  'ExtensionRequested',
  'ExtensionDecided',
  'ProgressReported',
  'EvidenceSubmitted',
  'ActionItemVerified',
  'ActionItemStatusChanged',
  'ActionItemUpdated',
  'CommentAdded',
] as const;
type KnownEvent = (typeof knownEvents)[number];

const knownFields = ['title', 'description', 'ownerPersonId', 'dueOn', 'priority'] as const;

function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null);
const day = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};

/** What an event changed, in words; the payload is the server's event record, read defensively. */
function describe(type: KnownEvent, payload: Payload, t: TFunction, lang: Language): string[] {
  const lines: string[] = [];
  switch (type) {
    case 'ActionItemAssigned':
      if (day(payload.dueOn))
        lines.push(t('actionItems.history.due', { date: formatCalendarDate(payload.dueOn, lang) }));
      break;
    case 'ActionItemDelegated': {
      const instruction = text(payload.instruction);
      if (instruction) lines.push(t('actionItems.history.instruction', { text: instruction }));
      break;
    }
    case 'ExtensionRequested': {
      if (day(payload.requestedDueOn) && day(payload.previousDueOn))
        lines.push(
          t('actionItems.extensions.change', {
            from: formatCalendarDate(payload.previousDueOn, lang),
            to: formatCalendarDate(payload.requestedDueOn, lang),
          }),
        );
      const reason = text(payload.reason);
      if (reason) lines.push(t('actionItems.history.reason', { reason }));
      break;
    }
    case 'ExtensionDecided': {
      lines.push(
        payload.approved === true
          ? t('actionItems.extensions.status.approved')
          : t('actionItems.extensions.status.rejected'),
      );
      const note = text(payload.note);
      if (note) lines.push(t('actionItems.history.note', { note }));
      break;
    }
    case 'ProgressReported': {
      if (typeof payload.from === 'number' && typeof payload.to === 'number')
        lines.push(t('actionItems.history.progress', { from: payload.from, to: payload.to }));
      const note = text(payload.note);
      if (note) lines.push(t('actionItems.history.note', { note }));
      break;
    }
    case 'EvidenceSubmitted': {
      const note = text(payload.note);
      if (note) lines.push(t('actionItems.history.note', { note }));
      break;
    }
    case 'ActionItemVerified': {
      lines.push(
        payload.outcome === 'accepted'
          ? t('actionItems.history.verifiedAccepted')
          : t('actionItems.history.verifiedRejected'),
      );
      // An acceptance may carry a note; only a rejection carries a reason.
      const reason = text(payload.reason);
      if (reason && payload.outcome === 'accepted')
        lines.push(t('actionItems.history.note', { note: reason }));
      else if (reason) lines.push(t('actionItems.history.reason', { reason }));
      break;
    }
    case 'ActionItemStatusChanged': {
      const from = text(payload.from);
      const to = text(payload.to);
      if (from && to)
        lines.push(
          t('actionItems.history.statusChange', {
            from: statusLabel(from, lang),
            to: statusLabel(to, lang),
          }),
        );
      const reason = text(payload.reason);
      if (reason) lines.push(t('actionItems.history.reason', { reason }));
      break;
    }
    case 'ActionItemUpdated': {
      const fields = Object.keys(record(payload.changes)).map((field) =>
        isOneOf(knownFields, field) ? t(`actionItems.history.field.${field}`) : field,
      );
      if (fields.length > 0)
        lines.push(t('actionItems.history.changedFields', { fields: fields.join(', ') }));
      break;
    }
    case 'CommentAdded':
      break;
  }
  return lines;
}

/** Riwayat: every event on the item, oldest first, to its resolution. */
export function ItemHistory({ events }: { events: HistoryEvent[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  if (events.length === 0) return <Text c="dimmed">{t('actionItems.history.none')}</Text>;
  return (
    <Timeline bulletSize={14} lineWidth={2} active={events.length - 1}>
      {events.map((event) => {
        const known = isOneOf(knownEvents, event.eventType) ? event.eventType : null;
        return (
          <Timeline.Item
            key={event.id}
            title={known ? t(`actionItems.history.event.${known}`) : t('actionItems.history.event.other')}
          >
            <Text size="sm" c="dimmed">
              {event.actorName ? `${event.actorName} · ` : ''}
              <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt, lang)}</time>
            </Text>
            {known &&
              describe(known, event.payload, t, lang).map((line) => (
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
