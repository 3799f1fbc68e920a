import { type DomainEvent, formatCalendarDate, type Language, statusLabel } from '@tindak/shared';
import type { TFunction } from 'i18next';
import { fieldNames, filled, isOneOf } from './line-parts';

const itemFields = ['title', 'description', 'ownerPersonId', 'dueOn', 'priority'] as const;

/** What an action item event did, in words. */
export function actionItemLines(event: DomainEvent, t: TFunction, lang: Language): string[] {
  const lines: string[] = [];
  const note = (text: string | null) => {
    if (filled(text)) lines.push(t('actionItems.history.note', { note: text }));
  };
  const reason = (text: string | null) => {
    if (filled(text)) lines.push(t('actionItems.history.reason', { reason: text }));
  };
  switch (event.eventType) {
    case 'ActionItemAssigned':
      lines.push(t('actionItems.history.due', { date: formatCalendarDate(event.payload.dueOn, lang) }));
      break;
    case 'ActionItemDelegated':
      if (filled(event.payload.instruction)) {
        lines.push(t('actionItems.history.instruction', { text: event.payload.instruction }));
      }
      break;
    case 'ExtensionRequested':
      lines.push(
        t('actionItems.extensions.change', {
          from: formatCalendarDate(event.payload.previousDueOn, lang),
          to: formatCalendarDate(event.payload.requestedDueOn, lang),
        }),
      );
      reason(event.payload.reason);
      break;
    case 'ExtensionDecided': {
      const { approved, dueOn, requestedDueOn } = event.payload;
      if (!approved) lines.push(t('actionItems.extensions.status.rejected'));
      else if (requestedDueOn && requestedDueOn !== dueOn.to) {
        lines.push(
          t('actionItems.history.extensionApprovedOther', {
            date: formatCalendarDate(dueOn.to, lang),
            requested: formatCalendarDate(requestedDueOn, lang),
          }),
        );
      } else {
        lines.push(
          t('actionItems.history.extensionApprovedUntil', { date: formatCalendarDate(dueOn.to, lang) }),
        );
      }
      note(event.payload.note);
      break;
    }
    case 'ProgressReported':
      lines.push(t('actionItems.history.progress', { from: event.payload.from, to: event.payload.to }));
      note(event.payload.note);
      break;
    case 'EvidenceSubmitted':
      if (event.payload.progress)
        lines.push(t('actionItems.history.progressFromEvidence', event.payload.progress));
      note(event.payload.note);
      break;
    case 'ActionItemVerified': {
      const accepted = event.payload.outcome === 'accepted';
      lines.push(
        accepted ? t('actionItems.history.verifiedAccepted') : t('actionItems.history.verifiedRejected'),
      );
      // An acceptance may carry a note; only a rejection carries a reason.
      if (accepted) note(event.payload.reason);
      else reason(event.payload.reason);
      if (event.payload.progress)
        lines.push(t('actionItems.history.progressRestored', event.payload.progress));
      break;
    }
    case 'ActionItemStatusChanged': {
      const { from, to } = event.payload;
      if (filled(from) && filled(to)) {
        lines.push(
          t('actionItems.history.statusChange', { from: statusLabel(from, lang), to: statusLabel(to, lang) }),
        );
      }
      reason(event.payload.reason);
      break;
    }
    case 'ActionItemUpdated': {
      const fields = fieldNames(event.payload.changes, (f) =>
        isOneOf(itemFields, f) ? t(`actionItems.history.field.${f}`) : f,
      );
      if (fields) lines.push(t('actionItems.history.changedFields', { fields }));
      break;
    }
  }
  return lines;
}
