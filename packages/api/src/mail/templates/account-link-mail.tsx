import { formatDateTime, roleLabel } from '@tindak/shared';
import type { AccountLinkMail } from '../content';
import { mailMessages } from '../messages';
import { MailLayout } from './layout';
import { CopyableLink, Paragraph, PrimaryButton, Title } from './parts';

/** Invitation or password reset: one button with a one-time link that expires. */
export function AccountLinkMailView({ mail, preview }: { mail: AccountLinkMail; preview: string }) {
  const lang = mail.recipient.language;
  const m = mailMessages(lang);
  const words = m.account[mail.purpose];
  const intro =
    mail.purpose === 'invite'
      ? m.account.invite.intro(
          mail.invitedBy ?? null,
          mail.role ? roleLabel(mail.role, lang) : null,
          mail.officeName ?? null,
        )
      : m.account.reset.intro;
  const expires = formatDateTime(mail.expiresAt, lang, mail.recipient.timeZone);
  return (
    <MailLayout lang={lang} preview={preview} footer={{ reason: words.footerReason }}>
      <Title>{words.heading}</Title>
      <Paragraph>{m.greeting(mail.recipient.name)}</Paragraph>
      <Paragraph>{intro}</Paragraph>
      <Paragraph>{words.instruction}</Paragraph>
      <PrimaryButton href={mail.url}>{words.action}</PrimaryButton>
      <Paragraph>{m.account.expiry(expires)}</Paragraph>
      <CopyableLink intro={m.copyLink} href={mail.url} />
      <Paragraph muted>{words.ignore}</Paragraph>
    </MailLayout>
  );
}
