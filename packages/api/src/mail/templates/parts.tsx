import { Button } from '@react-email/button';
import { Heading } from '@react-email/heading';
import { Link } from '@react-email/link';
import { Section } from '@react-email/section';
import { Text } from '@react-email/text';
import type { ReactNode } from 'react';
import type { Fact, Tone } from './describe-notification';
import { colors, heading, link, mutedText, sectionHeading, text, wrapAnywhere } from './styles';

export function Title({ children }: { children: ReactNode }) {
  return (
    <Heading as="h1" style={heading}>
      {children}
    </Heading>
  );
}

export function SectionTitle({ children }: { children: ReactNode }) {
  return (
    <Heading as="h2" style={sectionHeading}>
      {children}
    </Heading>
  );
}

export function Paragraph({ children, muted = false }: { children: ReactNode; muted?: boolean }) {
  return <Text style={muted ? mutedText : text}>{children}</Text>;
}

export function TextLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} style={{ ...link, ...wrapAnywhere }}>
      {children}
    </Link>
  );
}

/** The one action of a mail. Padding on the <a> itself, which react-email also makes work in Outlook. */
export function PrimaryButton({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Section style={{ margin: '20px 0 24px' }}>
      <Button
        href={href}
        style={{
          backgroundColor: colors.brand,
          borderRadius: '6px',
          color: '#ffffff',
          fontSize: '15px',
          fontWeight: 600,
          lineHeight: '20px',
          padding: '12px 22px',
          textDecoration: 'none',
        }}
      >
        {children}
      </Button>
    </Section>
  );
}

/** For one-time links: a button can be stripped by a mail client, the bare URL cannot. */
export function CopyableLink({ intro, href }: { intro: string; href: string }) {
  return (
    <Text style={mutedText}>
      {intro}
      <br />
      <TextLink href={href}>{href}</TextLink>
    </Text>
  );
}

const toneColors: Record<Tone, { color: string; background: string }> = {
  danger: { color: colors.danger, background: colors.dangerSoft },
  warning: { color: colors.warning, background: colors.warningSoft },
  success: { color: colors.success, background: colors.successSoft },
  info: { color: colors.brand, background: colors.infoSoft },
};

export function Badge({ tone, children }: { tone: Tone; children: ReactNode }) {
  const { color, background } = toneColors[tone];
  return (
    <span
      style={{
        display: 'inline-block',
        padding: '2px 8px',
        borderRadius: '4px',
        backgroundColor: background,
        color,
        fontSize: '12px',
        lineHeight: '18px',
        fontWeight: 600,
        whiteSpace: 'nowrap',
      }}
    >
      {children}
    </span>
  );
}

/** Label/value rows as a table: aligned in every client, and one "Label: value" line each in plain text. */
export function FactTable({ facts }: { facts: Fact[] }) {
  if (facts.length === 0) return null;
  return (
    <table
      role="presentation"
      data-text-format="dataTable"
      cellPadding={0}
      cellSpacing={0}
      width="100%"
      style={{
        margin: '4px 0 8px',
        borderCollapse: 'collapse',
        backgroundColor: colors.subtle,
        border: `1px solid ${colors.border}`,
      }}
    >
      <tbody>
        {facts.map((fact) => (
          <tr key={fact.label}>
            <td
              style={{
                ...mutedText,
                // Same line height as the value cell, so label and value share a baseline.
                lineHeight: '22px',
                margin: 0,
                padding: '8px 12px',
                width: '34%',
                verticalAlign: 'top',
                borderBottom: `1px solid ${colors.border}`,
              }}
            >
              {fact.label}:
            </td>
            <td
              style={{
                ...text,
                ...wrapAnywhere,
                margin: 0,
                padding: '8px 12px',
                verticalAlign: 'top',
                borderBottom: `1px solid ${colors.border}`,
              }}
            >
              {fact.value}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** "A · B · C" for the short grey line under an item; empty parts are dropped. */
export function metaLine(parts: (string | null | undefined | false)[]): string {
  return parts.filter(Boolean).join(' · ');
}
