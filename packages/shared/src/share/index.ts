/**
 * Texts for "Bagikan ke WhatsApp" and "Salin teks": each built from the same detail object the page
 * shows, so a shared text never says more than its reader could see. A new kind of record adds one
 * builder on top of ./compose (blocks, a list that gives way, the link last).
 */
export { SHARE_TEXT_LIMIT, type ShareContext } from './compose';
export { digestShareText } from './digest-share-text';
export { type DirectiveShareInput, directiveShareText } from './directive-share-text';
export {
  type ActionItemShareInput,
  actionItemShareText,
  type CommitmentShareInput,
  commitmentShareText,
} from './follow-up-share-text';
export { type MeetingShareInput, meetingShareText } from './meeting-share-text';
