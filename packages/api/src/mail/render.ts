import { plainTextSelectors } from '@react-email/render';
import { formatCalendarDate, formatDateTime, type Language } from '@tindak/shared';
import { compile } from 'html-to-text';
import type { ReactElement } from 'react';
import { createElement } from 'react';
import type {
  AccountLinkMail,
  DailySummaryMail,
  DigestContent,
  DigestMail,
  NotificationMail,
  RenderedMail,
} from './content';
import { mailMessages } from './messages';
import { fillPieces, type Piece, type PieceCache, pieceMarker, renderPieces } from './pieces';
import { renderMailHtml } from './render-html';
import { AccountLinkMailView } from './templates/account-link-mail';
import { DailySummaryMailView } from './templates/daily-summary-mail';
import { byUrgency, describeNotification } from './templates/describe-notification';
import { digestSummaryLine, formatDateRange } from './templates/digest-format';
import { DigestMailView } from './templates/digest-mail';
import { PieceContext } from './templates/digest-row';
import { ScopeSections } from './templates/digest-sections';
import { NotificationMailView } from './templates/notification-mail';

export async function renderNotificationMail(mail: NotificationMail): Promise<RenderedMail> {
  const lang = mail.recipient.language;
  const { words } = describeNotification(mail.notification, lang);
  // A province head gets the same directive back from each of its regencies: the office tells them apart.
  const office = shortOfficeName(mail.notification.officeName);
  const subject = `${mailMessages(lang).subjectPrefix} ${words.label}: ${mail.notification.title}${office ? ` — ${office}` : ''}`;
  const preview = words.sentence;
  return finish(subject, preview, createElement(NotificationMailView, { mail, preview }));
}

export async function renderDailySummaryMail(mail: DailySummaryMail): Promise<RenderedMail> {
  const lang = mail.recipient.language;
  const subject = mailMessages(lang).daily.subject(
    formatCalendarDate(mail.date, lang),
    mail.notifications.length,
  );
  // The preheader names the most urgent items, which says more than a count.
  const preview = byUrgency(mail.notifications)
    .slice(0, 3)
    .map((facts) => `${describeNotification(facts, lang).words.label}: ${facts.title}`)
    .join(' · ');
  return finish(subject, preview, createElement(DailySummaryMailView, { mail, preview }));
}

export async function renderAccountLinkMail(mail: AccountLinkMail): Promise<RenderedMail> {
  const lang = mail.recipient.language;
  const words = mailMessages(lang).account[mail.purpose];
  const preview = words.preview(formatDateTime(mail.expiresAt, lang, mail.recipient.timeZone));
  return finish(words.subject, preview, createElement(AccountLinkMailView, { mail, preview }));
}

/**
 * The digest's scope sections (commitments, proposals, meetings, indicators) as one piece (see
 * ./pieces): the worker renders them once for every reader with the same scope region, time zone
 * and language; they are most of a digest. Null when all are empty.
 */
export async function renderDigestScopeSections(
  sections: Pick<
    DigestContent,
    'commitments' | 'proposalsAwaitingDecision' | 'upcomingMeetings' | 'scopeMore' | 'indicators'
  >,
  lang: Language,
  timeZone: string,
): Promise<Piece | null> {
  const [piece] = await renderPieces(
    [createElement(ScopeSections, { sections, lang, timeZone })],
    toPlainText,
  );
  return piece ?? null;
}

/** What the worker reuses between digests: the reader's scope sections, and rows seen before. */
export interface DigestReuse {
  /** This reader's scope sections (renderDigestScopeSections, from the rows in `mail.content`). */
  scope: Piece | null;
  rows: PieceCache;
}

/**
 * A weekly digest. With `reuse` (the worker), the scope sections and the rows of the reader's own
 * sections are pieces rendered once and reused (./pieces): the same mail, HTML and text.
 */
export async function renderDigestMail(mail: DigestMail, reuse?: DigestReuse): Promise<RenderedMail> {
  const lang = mail.recipient.language;
  const { content } = mail;
  const words = mailMessages(lang).digest;
  const range = formatDateRange(content.weekStart, content.weekEnd, lang);
  const subject = content.lateSince ? words.lateSubject(range) : words.subject(range);
  const preview = digestSummaryLine(content, lang);
  if (!reuse) return finish(subject, preview, createElement(DigestMailView, { mail, preview }));

  // The rest of the digest with a marker where each piece goes, in order.
  const slots: Slot[] = [];
  const collect = (key: string, element: ReactElement) => {
    slots.push({ key, element });
    return pieceMarker();
  };
  const scopeSlot = reuse.scope ? createElement(ScopeSlot, { piece: reuse.scope, slots }) : undefined;
  const html = renderMailHtml(
    createElement(
      PieceContext.Provider,
      { value: collect },
      createElement(DigestMailView, { mail, preview, scopeSlot }),
    ),
  );
  // Rows not seen before, rendered in one go.
  const missing = new Map<string, ReactElement>();
  for (const slot of slots) {
    if ('key' in slot && !reuse.rows.get(slot.key)) missing.set(slot.key, slot.element);
  }
  const rendered = await renderPieces([...missing.values()], toPlainText);
  const fresh = new Map<string, Piece>();
  [...missing.keys()].forEach((key, i) => {
    const piece = rendered[i];
    if (!piece) throw new Error('digest: a row rendered nothing');
    fresh.set(key, piece);
    reuse.rows.set(key, piece);
  });
  const pieces = slots.map((slot) => {
    const piece = 'piece' in slot ? slot.piece : (fresh.get(slot.key) ?? reuse.rows.get(slot.key));
    if (!piece) throw new Error('digest: a row is missing');
    return piece;
  });
  const filled = fillPieces(html, toPlainText(html), pieces);
  return { subject, preview, html: filled.html, text: `${filled.text.trim()}\n` };
}

type Slot = { piece: Piece } | { key: string; element: ReactElement };

/** Stands in for the scope sections, in the order the digest is rendered. */
function ScopeSlot({ piece, slots }: { piece: Piece; slots: Slot[] }) {
  slots.push({ piece });
  return pieceMarker();
}

/**
 * Plain text comes from the same element, so it can never say something the HTML does not.
 * Only section titles (h2) are upper-cased; an upper-cased mail title or office name shouts.
 * This is react-email's toPlainText (its selectors, no word wrap, ours after them), compiled once:
 * toPlainText compiles the options again for every mail, which cost as much as converting one.
 */
const toPlainText = compile({
  wordwrap: false,
  selectors: [
    ...plainTextSelectors,
    { selector: 'h1', options: { uppercase: false } },
    { selector: 'h3', options: { uppercase: false } },
  ],
});

/**
 * The element is rendered once: the plain text is converted from that HTML, which is what
 * `render(element, { plainText: true })` does after rendering it a second time.
 */
export async function finish(subject: string, preview: string, element: ReactElement): Promise<RenderedMail> {
  const html = renderMailHtml(element);
  const text = toPlainText(html);
  return { subject, preview, html, text: `${text.trim()}\n` };
}

/** "Dinas Komunikasi dan Informatika Kabupaten Kerinci" -> "Kabupaten Kerinci": short enough for a subject. */
export function shortOfficeName(name: string | null | undefined): string | null {
  if (!name) return null;
  const short = name.replace(
    /^(Dinas Komunikasi(,)? (dan )?Informatika( dan Statistik)?|Diskominfo(tik)?|Dinas Kominfo)\s+/i,
    '',
  );
  return short || name;
}
