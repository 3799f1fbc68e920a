import { type DomainEventView, formatCalendarDate, statusLabel } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/use-language';
import { changedFieldNames, EventTimeline, payloadText } from '../kit/event-timeline';

const knownEvents = [
  'ProposalDrafted',
  'ProposalSubmitted',
  'ProposalReviewStarted',
  'ProposalDecided',
  'ProposalWithdrawn',
  'ProposalUpdated',
] as const;
const knownFields = [
  'title',
  'description',
  'addressedToOrganizationId',
  'proposerOrganizationIds',
  'meetingIds',
] as const;

function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

export function ProposalHistory({ events }: { events: DomainEventView[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();

  const describe = (event: DomainEventView): string[] => {
    const lines: string[] = [];
    if (event.eventType === 'ProposalDecided') {
      const outcome = payloadText(event, 'outcome');
      if (outcome) lines.push(t('proposals.history.outcome', { status: statusLabel(outcome, lang) }));
      const decidedOn = payloadText(event, 'decidedOn');
      if (decidedOn)
        lines.push(t('proposals.history.decidedOn', { date: formatCalendarDate(decidedOn, lang) }));
    }
    const note = payloadText(event, 'note');
    if (note) lines.push(t('proposals.history.note', { note }));
    if (event.eventType === 'ProposalUpdated') {
      const fields = changedFieldNames(event).map((field) =>
        isOneOf(knownFields, field) ? t(`proposals.field.${field}`) : field,
      );
      if (fields.length > 0) lines.push(t('proposals.history.changed', { fields: fields.join(', ') }));
    }
    return lines;
  };

  return (
    <EventTimeline
      events={events}
      title={(event) =>
        isOneOf(knownEvents, event.eventType) ? t(`proposals.event.${event.eventType}`) : t('event.other')
      }
      describe={describe}
    />
  );
}
