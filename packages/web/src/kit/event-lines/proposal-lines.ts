import { type DomainEvent, formatCalendarDate, type Language, statusLabel } from '@tindak/shared';
import type { TFunction } from 'i18next';
import { fieldNames, filled, isOneOf } from './line-parts';

const proposalFields = [
  'title',
  'description',
  'addressedToOrganizationId',
  'proposerOrganizationIds',
  'meetingIds',
  'raisedOn',
  'letterNumber',
  'letterDate',
] as const;

/** What a proposal event did, in words. */
export function proposalLines(event: DomainEvent, t: TFunction, lang: Language): string[] {
  const lines: string[] = [];
  // A move through the proposal's status machine may carry a note (a decision must).
  const note = (text: string | null) => {
    if (filled(text)) lines.push(t('proposals.history.note', { note: text }));
  };
  switch (event.eventType) {
    case 'ProposalDecided': {
      const { outcome, decidedOn } = event.payload;
      if (filled(outcome)) lines.push(t('proposals.history.outcome', { status: statusLabel(outcome, lang) }));
      if (filled(decidedOn)) {
        lines.push(t('proposals.history.decidedOn', { date: formatCalendarDate(decidedOn, lang) }));
      }
      note(event.payload.note);
      break;
    }
    case 'ProposalSubmitted':
      // Submitted from a draft is a move with a note; submitted at creation has none.
      if ('note' in event.payload) note(event.payload.note);
      break;
    case 'ProposalReviewStarted':
    case 'ProposalWithdrawn':
      note(event.payload.note);
      break;
    case 'ProposalUpdated': {
      const fields = fieldNames(event.payload.changes, (f) =>
        isOneOf(proposalFields, f) ? t(`proposals.field.${f}`) : f,
      );
      if (fields) lines.push(t('proposals.history.changed', { fields }));
      break;
    }
  }
  return lines;
}
