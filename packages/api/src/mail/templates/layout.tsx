import { Body } from '@react-email/body';
import { Container } from '@react-email/container';
import { Head } from '@react-email/head';
import { Html } from '@react-email/html';
import { Section } from '@react-email/section';
import type { Language } from '@tindak/shared';
import type { ReactNode } from 'react';
import { mailMessages } from '../messages';
import { TextLink } from './parts';
import { cardText, colors, fontFamily } from './styles';

export interface MailFooter {
  /** Why this person got this mail. */
  reason: string;
  /** Absent for account mails: the reader may not have an account to sign in to yet. */
  settingsUrl?: string;
}

const footerText = { margin: '0 0 12px', fontSize: '12px', lineHeight: '18px', color: colors.muted };

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
      <Body style={{ margin: 0, padding: '24px 0', backgroundColor: colors.page, fontFamily }}>
        <Preheader text={preview} />
        <Container style={{ maxWidth: '600px', width: '100%', margin: '0 auto' }}>
          <Section style={{ padding: '0 24px 14px' }}>
            {/* The wordmark is text, not an image: images are blocked by default in Outlook and Gmail. */}
            <p
              style={{
                margin: 0,
                fontSize: '22px',
                lineHeight: '28px',
                fontWeight: 800,
                color: colors.brand,
              }}
            >
              Tindak
            </p>
          </Section>
          <Section
            style={{
              ...cardText,
              backgroundColor: colors.card,
              border: `1px solid ${colors.border}`,
              borderRadius: '8px',
              padding: '28px 24px 20px',
            }}
          >
            {children}
          </Section>
          <Section style={{ padding: '16px 24px 0' }}>
            <p style={footerText}>{footer.reason}</p>
            {footer.settingsUrl ? (
              <p style={footerText}>
                <TextLink href={footer.settingsUrl}>{m.settingsLink}</TextLink>
              </p>
            ) : null}
            <p style={{ ...footerText, borderTop: `1px solid ${colors.border}`, paddingTop: '12px' }}>
              {m.autoSent}
            </p>
          </Section>
        </Container>
      </Body>
    </Html>
  );
}

/**
 * The line a mail client shows after the subject in the inbox, hidden in the mail itself and left
 * out of the plain text. A little padding after it keeps clients from running on into the body;
 * react-email's Preview pads with 150 invisible characters, which quoted-printable wrote as 6 KB.
 */
const PADDING = { __html: '&#847;&zwnj;&nbsp;'.repeat(12) };

function Preheader({ text }: { text: string }) {
  return (
    <div style={{ display: 'none', maxHeight: 0, overflow: 'hidden' }} data-skip-in-text="true">
      {text}
      <span dangerouslySetInnerHTML={PADDING} />
    </div>
  );
}
