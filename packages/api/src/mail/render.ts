import { render } from '@react-email/render';
import { formatCalendarDate, formatDateTime } from '@tindak/shared';
import type { ReactElement } from 'react';
import { createElement } from 'react';
import type {
  AccountLinkMail,
  DailySummaryMail,
  DigestMail,
  NotificationMail,
  RenderedMail,
} from './content';
import { mailMessages } from './messages';
import { AccountLinkMailView } from './templates/account-link-mail';
import { DailySummaryMailView } from './templates/daily-summary-mail';
import { byUrgency, describeNotification } from './templates/describe-notification';
import { digestSummaryLine, formatDateRange } from './templates/digest-format';
import { DigestMailView } from './templates/digest-mail';
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

export async function renderDigestMail(mail: DigestMail): Promise<RenderedMail> {
  const lang = mail.recipient.language;
  const { content } = mail;
  const subject = mailMessages(lang).digest.subject(
    formatDateRange(content.weekStart, content.weekEnd, lang),
  );
  const preview = digestSummaryLine(content, lang);
  return finish(subject, preview, createElement(DigestMailView, { mail, preview }));
}

/**
 * Plain text comes from the same element, so it can never say something the HTML does not.
 * Only section titles (h2) are upper-cased; an upper-cased mail title or office name shouts.
 */
const plainTextOptions = {
  selectors: [
    { selector: 'h1', options: { uppercase: false } },
    { selector: 'h3', options: { uppercase: false } },
  ],
};

async function finish(subject: string, preview: string, element: ReactElement): Promise<RenderedMail> {
  const [html, text] = await Promise.all([
    render(element),
    render(element, { plainText: true, htmlToTextOptions: plainTextOptions }),
  ]);
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
