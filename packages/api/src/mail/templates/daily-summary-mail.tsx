import { formatCalendarDate } from '@tindak/shared';
import type { DailySummaryMail } from '../content';
import { mailMessages } from '../messages';
import { byUrgency } from './describe-notification';
import { MailLayout } from './layout';
import { NotificationCard } from './notification-mail';
import { Paragraph, PrimaryButton, Title } from './parts';

/** The day's notifications in one mail, for people who chose "daily". */
export function DailySummaryMailView({ mail, preview }: { mail: DailySummaryMail; preview: string }) {
  const lang = mail.recipient.language;
  const m = mailMessages(lang);
  const date = formatCalendarDate(mail.date, lang);
  return (
    <MailLayout
      lang={lang}
      preview={preview}
      footer={{ reason: m.daily.footerReason, settingsUrl: mail.settingsUrl }}
    >
      <Title>
        {m.daily.heading} · {date}
      </Title>
      <Paragraph>{m.greeting(mail.recipient.name)}</Paragraph>
      <Paragraph>{m.daily.intro(date, mail.notifications.length)}</Paragraph>
      {byUrgency(mail.notifications).map((facts, index) => (
        // Two notifications may share a url and kind (e.g. two reminders), so the index keeps keys unique.
        <NotificationCard key={`${index}-${facts.url}`} facts={facts} lang={lang} />
      ))}
      <PrimaryButton href={mail.appUrl}>{m.openApp}</PrimaryButton>
    </MailLayout>
  );
}
