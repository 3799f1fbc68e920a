import { invitationMailWords, type Language, translate, type WordKey, type WordParams } from '@tindak/shared';
import { mailMessages } from '../messages';
import { MailLayout } from './layout';
import { CopyableLink, FactTable, Paragraph, PrimaryButton, Title } from './parts';

/** What the invitation email says, worded for the recipient (times already in the meeting's zone). */
export interface InvitationMail {
  recipient: { name: string; language: Language };
  title: string;
  host: string;
  number: string;
  /** The letter's date, formatted. */
  date: string;
  when: string;
  place: string;
  agenda: string[];
  /** The meeting page, where the letter's PDF is downloaded. */
  url: string;
}

export const invitationWord = (
  lang: Language,
  key: WordKey<typeof invitationMailWords>,
  params?: WordParams,
) => translate(invitationMailWords, lang, key, params);

/** The surat undangan as an email: the meeting's facts, the calendar file attached, a link to the page. */
export function InvitationMailView({ mail, preview }: { mail: InvitationMail; preview: string }) {
  const lang = mail.recipient.language;
  const w = (key: WordKey<typeof invitationMailWords>, params?: WordParams) =>
    invitationWord(lang, key, params);
  return (
    <MailLayout lang={lang} preview={preview} footer={{ reason: w('footerReason') }}>
      <Title>{w('heading')}</Title>
      <Paragraph>{mailMessages(lang).greeting(mail.recipient.name)}</Paragraph>
      <Paragraph>{w('intro', { host: mail.host, number: mail.number, date: mail.date })}</Paragraph>
      <Paragraph>
        <strong>{mail.title}</strong>
      </Paragraph>
      <FactTable
        facts={[
          { label: w('when'), value: mail.when },
          { label: w('place'), value: mail.place },
          { label: w('agenda'), value: mail.agenda.join('; ') },
        ]}
      />
      <Paragraph>{w('calendar')}</Paragraph>
      <Paragraph>{w('letter')}</Paragraph>
      <PrimaryButton href={mail.url}>{w('action')}</PrimaryButton>
      <CopyableLink intro={mailMessages(lang).copyLink} href={mail.url} />
    </MailLayout>
  );
}
