import type { DigestPreview } from '../schemas/notification';
import { appLink, bold, clip, composeShareText, type ShareContext } from './compose';

/**
 * The digest preview for a chat: its subject and its one-line summary ("3 terlambat, 5 jatuh tempo
 * minggu ini"), and the digest page, where each reader sees their own. Never the recipient's name or
 * email: the digest is personal, the numbers are what a group discusses.
 */
export function digestShareText(
  digest: Pick<DigestPreview, 'subject' | 'preview'>,
  { lang, origin }: ShareContext,
): string {
  return composeShareText(
    // The subject already says it is the weekly digest, and for which week.
    () => [[bold(clip(digest.subject, 200))], [clip(digest.preview, 500)]],
    appLink(origin, 'digest'),
    lang,
  );
}
