import { Body } from '@react-email/body';
import { Container } from '@react-email/container';
import { Head } from '@react-email/head';
import { Hr } from '@react-email/hr';
import { Html } from '@react-email/html';
import { Preview } from '@react-email/preview';
import { Section } from '@react-email/section';
import { Text } from '@react-email/text';
import type { Language } from '@tindak/shared';
import type { ReactNode } from 'react';
import { mailMessages } from '../messages';
import { TextLink } from './parts';
import { colors, fontFamily, mutedText } from './styles';

export interface MailFooter {
  /** Why this person got this mail. */
  reason: string;
  /** Absent for account mails: the reader may not have an account to sign in to yet. */
  settingsUrl?: string;
}

/** The frame every Tindak mail shares: text wordmark, white card of at most 600px, footer. */
export function MailLayout({
  lang,
  preview,
  footer,
  children,
}: {
  lang: Language;
  preview: string;
  footer: MailFooter;
  children: ReactNode;
}) {
  const m = mailMessages(lang);
  return (
    <Html lang={lang}>
      <Head>
        <meta name="color-scheme" content="light" />
        <meta name="supported-color-schemes" content="light" />
      </Head>
      <Preview>{preview}</Preview>
      <Body style={{ margin: 0, padding: '24px 0', backgroundColor: colors.page, fontFamily }}>
        <Container style={{ maxWidth: '600px', width: '100%', margin: '0 auto' }}>
          <Section style={{ padding: '0 24px 14px' }}>
            {/* The wordmark is text, not an image: images are blocked by default in Outlook and Gmail. */}
            <Text
              style={{
                margin: 0,
                fontSize: '22px',
                lineHeight: '28px',
                fontWeight: 800,
                letterSpacing: '-0.5px',
                color: colors.brand,
              }}
            >
              Tindak
            </Text>
          </Section>
          <Section
            style={{
              backgroundColor: colors.card,
              border: `1px solid ${colors.border}`,
              borderRadius: '8px',
              padding: '28px 24px 20px',
            }}
          >
            {children}
          </Section>
          <Section style={{ padding: '16px 24px 0' }}>
            <Text style={{ ...mutedText, fontSize: '12px', lineHeight: '18px' }}>{footer.reason}</Text>
            {footer.settingsUrl ? (
              <Text style={{ ...mutedText, fontSize: '12px', lineHeight: '18px' }}>
                <TextLink href={footer.settingsUrl}>{m.settingsLink}</TextLink>
              </Text>
            ) : null}
            <Hr style={{ borderColor: colors.border, margin: '12px 0' }} />
            <Text style={{ ...mutedText, fontSize: '12px', lineHeight: '18px' }}>{m.autoSent}</Text>
          </Section>
        </Container>
      </Body>
    </Html>
  );
}
