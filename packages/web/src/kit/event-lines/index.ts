import { type DomainEventView, type Language, parseDomainEvent } from '@tindak/shared';
import type { TFunction } from 'i18next';
import { actionItemLines } from './action-item-lines';
import { commitmentLines } from './commitment-lines';
import { eventTitle } from './event-title';
import { meetingLines } from './meeting-lines';
import { proposalLines } from './proposal-lines';

export interface EventWords {
  title: string;
  /** What the event changed, one line each; none when its payload does not fit the catalogue. */
  lines: string[];
}

/**
 * One history entry in words: its name, and what it changed, read through the event catalogue
 * (the history arrives as a generic shape on the wire; the payload is parsed here).
 */
export function describeEvent(view: DomainEventView, t: TFunction, lang: Language): EventWords {
  const event = parseDomainEvent(view);
  const lines = event
    ? [
        ...meetingLines(event, t, lang),
        ...actionItemLines(event, t, lang),
        ...proposalLines(event, t, lang),
        ...commitmentLines(event, t, lang),
      ]
    : [];
  return { title: eventTitle(view.eventType, t), lines };
}
