import { type DomainEventView, type LatestDecision, parseDomainEvent } from '@tindak/shared';

/** What the owner does next on an item; any of these answers the decision before it. */
const ownerActs = new Set(['ProgressReported', 'EvidenceSubmitted', 'ExtensionRequested']);

/**
 * The head's last decision the owner has not acted on since, from the item's events (newest
 * first): a rejected submission of evidence, or an extension approved or refused. An accepted
 * submission ends the work, so it leaves nothing to show.
 */
export function latestDecisionOf(history: readonly DomainEventView[]): LatestDecision | null {
  for (const stored of history) {
    if (ownerActs.has(stored.eventType)) return null;
    const event = parseDomainEvent(stored);
    if (event?.eventType === 'ActionItemVerified') {
      if (event.payload.outcome === 'accepted') return null;
      return { kind: 'evidenceRejected', reason: event.payload.reason, decidedAt: stored.occurredAt };
    }
    if (event?.eventType === 'ExtensionDecided') {
      if (!event.payload.approved) {
        return { kind: 'extensionRefused', note: event.payload.note, decidedAt: stored.occurredAt };
      }
      return {
        kind: 'extensionApproved',
        dueOn: event.payload.dueOn.to,
        requestedDueOn: event.payload.requestedDueOn ?? null,
        note: event.payload.note,
        decidedAt: stored.occurredAt,
      };
    }
  }
  return null;
}

/** The deadline each approved extension set, by extension id (the history's ExtensionDecided). */
export function approvedDueDates(history: readonly DomainEventView[]): Map<string, string> {
  const dates = new Map<string, string>();
  for (const stored of history) {
    const event = parseDomainEvent(stored);
    if (event?.eventType === 'ExtensionDecided' && event.payload.approved) {
      dates.set(event.payload.extensionId, event.payload.dueOn.to);
    }
  }
  return dates;
}
