import { type DomainEventView, statusLabel } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/use-language';
import { changedFieldNames, EventTimeline, payloadText } from '../kit/event-timeline';

const knownEvents = ['CommitmentMade', 'CommitmentUpdated', 'CommitmentStatusChanged'] as const;
const knownFields = [
  'title',
  'description',
  'committedByOrganizationId',
  'committedByPersonId',
  'regionCodes',
  'dueOn',
  'ownerOrganizationId',
  'ownerPersonId',
  'meetingId',
  'proposalId',
  'isPublic',
] as const;

function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

export function CommitmentHistory({ events }: { events: DomainEventView[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();

  const describe = (event: DomainEventView): string[] => {
    const lines: string[] = [];
    if (event.eventType === 'CommitmentStatusChanged') {
      const from = payloadText(event, 'from');
      const to = payloadText(event, 'to');
      if (from && to) {
        lines.push(
          t('commitments.history.fromTo', { from: statusLabel(from, lang), to: statusLabel(to, lang) }),
        );
      }
      const evidence = payloadText(event, 'evidence');
      if (evidence) lines.push(t('commitments.history.evidence', { evidence }));
      const reason = payloadText(event, 'reason');
      if (reason) lines.push(t('commitments.history.reason', { reason }));
    }
    if (event.eventType === 'CommitmentUpdated') {
      const fields = changedFieldNames(event).map((field) =>
        isOneOf(knownFields, field) ? t(`commitments.field.${field}`) : field,
      );
      if (fields.length > 0) lines.push(t('proposals.history.changed', { fields: fields.join(', ') }));
    }
    return lines;
  };

  return (
    <EventTimeline
      events={events}
      title={(event) =>
        isOneOf(knownEvents, event.eventType) ? t(`commitments.event.${event.eventType}`) : t('event.other')
      }
      describe={describe}
    />
  );
}
