import type { Language } from '@tindak/shared';
import type { NotificationFacts, NotificationMail } from '../content';
import { mailMessages } from '../messages';
import { describeNotification } from './describe-notification';
import { MailLayout } from './layout';
import { Badge, FactTable, Paragraph, PrimaryButton, TextLink, Title } from './parts';
import { colors } from './styles';

/** One notification, one mail: what happened, the facts, and a button to the item. */
export function NotificationMailView({ mail, preview }: { mail: NotificationMail; preview: string }) {
  const lang = mail.recipient.language;
  const m = mailMessages(lang);
  const { words, facts } = describeNotification(mail.notification, lang);
  return (
    <MailLayout
      lang={lang}
      preview={preview}
      footer={{ reason: m.notification.footerReason, settingsUrl: mail.settingsUrl }}
    >
      <Title>{words.heading}</Title>
      <Paragraph>{m.greeting(mail.recipient.name)}</Paragraph>
      <Paragraph>{words.sentence}</Paragraph>
      <Paragraph>
        <strong>
          <TextLink href={mail.notification.url}>{mail.notification.title}</TextLink>
        </strong>
      </Paragraph>
      <FactTable facts={facts} />
      <PrimaryButton href={mail.notification.url}>{words.action}</PrimaryButton>
    </MailLayout>
  );
}

/** A notification inside a list (daily summary, weekly digest): badge, linked title, sentence, facts. */
export function NotificationCard({ facts, lang }: { facts: NotificationFacts; lang: Language }) {
  const described = describeNotification(facts, lang);
  return (
    <div style={{ padding: '12px 0 0', borderBottom: `1px solid ${colors.border}` }}>
      <Paragraph>
        <Badge tone={described.tone}>{described.words.label}</Badge>
        <br />
        <strong>
          <TextLink href={facts.url}>{facts.title}</TextLink>
        </strong>
      </Paragraph>
      <Paragraph muted>{described.words.sentence}</Paragraph>
      <FactTable facts={described.facts} />
      <Paragraph muted>
        <TextLink href={facts.url}>{described.words.action}</TextLink>
      </Paragraph>
    </div>
  );
}
