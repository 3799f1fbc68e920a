import type { EventType } from '@tindak/shared';

/**
 * Event types that may send someone a notification: recording one of these also enqueues a
 * notify-event job in the same transaction (see recordEvent). Other events only feed the history
 * and live updates.
 */
export const notifyingEvents: ReadonlySet<EventType> = new Set<EventType>([
  'ActionItemAssigned',
  'ActionItemDelegated',
  'ExtensionRequested',
  'ExtensionDecided',
  'EvidenceSubmitted',
  'ActionItemVerified',
  'CommitmentStatusChanged',
]);
