import { isEventType } from '@tindak/shared';
import type { TFunction } from 'i18next';

/** An event's name in the reader's language; a type with no name of its own is "another change". */
export function eventTitle(eventType: string, t: TFunction): string {
  if (!isEventType(eventType)) return t('event.other');
  switch (eventType) {
    case 'MeetingLogged':
    case 'MeetingUpdated':
      return t(`event.${eventType}`);
    case 'MeetingStatusChanged':
    case 'MinutesRecorded':
    case 'AttendanceRecorded':
    case 'AttachmentAdded':
    case 'AttachmentRemoved':
      return t(`meetingRecord.event.${eventType}`);
    case 'ActionItemAssigned':
    case 'ActionItemDelegated':
    case 'ExtensionRequested':
    case 'ExtensionDecided':
    case 'ProgressReported':
    case 'EvidenceSubmitted':
    case 'ActionItemVerified':
    case 'ActionItemStatusChanged':
    case 'ActionItemUpdated':
    case 'CommentAdded':
      return t(`actionItems.history.event.${eventType}`);
    case 'ProposalDrafted':
    case 'ProposalSubmitted':
    case 'ProposalReviewStarted':
    case 'ProposalDecided':
    case 'ProposalWithdrawn':
    case 'ProposalUpdated':
      return t(`proposals.event.${eventType}`);
    case 'CommitmentMade':
    case 'CommitmentUpdated':
    case 'CommitmentStatusChanged':
      return t(`commitments.event.${eventType}`);
    case 'AgreementDrafted':
    case 'AgreementUpdated':
    case 'AgreementSigned':
    case 'AgreementEnded':
    case 'AgreementCancelled':
    case 'AgreementDocumentAttached':
      return t(`agreements.event.${eventType}`);
    default:
      return t('event.other');
  }
}
