import type { CSSProperties, ReactNode } from 'react';
import type { Fact, Tone } from './describe-notification';
import { colors, heading, link, mutedText, sectionHeading, text } from './styles';

export function Title({ children }: { children: ReactNode }) {
  return <h1 style={heading}>{children}</h1>;
}

export function SectionTitle({ children }: { children: ReactNode }) {
  return <h2 style={sectionHeading}>{children}</h2>;
}

/** A plain <p>: react-email's Text writes every margin twice, and each digest has dozens. */
export function Paragraph({ children, muted = false }: { children: ReactNode; muted?: boolean }) {
  return <p style={muted ? mutedText : text}>{children}</p>;
}

/** Wrapping and size come from the card (styles.cardText); a link only needs its colour. */
export function TextLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a href={href} style={link}>
      {children}
    </a>
  );
}

/**
 * The one action of a mail: a link drawn as a button. A plain <a> (react-email's Button adds a
 * kilobyte of Outlook-only spacing per mail, issue 20): Outlook shows it without the padding.
 */
export function PrimaryButton({ href, children }: { href: string; children: ReactNode }) {
  return (
    <p style={{ margin: '20px 0 24px' }}>
      <a
        href={href}
        style={{
          display: 'inline-block',
          backgroundColor: colors.brand,
          borderRadius: '6px',
          color: '#ffffff',
          fontWeight: 600,
          padding: '12px 22px',
          textDecoration: 'none',
        }}
      >
        {children}
      </a>
    </p>
  );
}

/** For one-time links: a button can be stripped by a mail client, the bare URL cannot. */
export function CopyableLink({ intro, href }: { intro: string; href: string }) {
  return (
    <p style={mutedText}>
      {intro}
      <br />
      <TextLink href={href}>{href}</TextLink>
    </p>
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
    <span style={{ padding: '0 4px', background, color, fontSize: '12px', fontWeight: 600 }}>{children}</span>
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
      style={{ margin: '4px 0 8px', borderCollapse: 'collapse', backgroundColor: colors.subtle }}
    >
      <tbody>
        {facts.map((fact) => (
          <tr key={fact.label}>
            <td style={factLabel}>{fact.label}:</td>
            <td style={factValue}>{fact.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const factValue: CSSProperties = {
  padding: '6px 10px',
  verticalAlign: 'top',
  borderBottom: `1px solid ${colors.border}`,
};
// Same line height as the value (inherited), so label and value share a baseline.
const factLabel: CSSProperties = { ...factValue, width: '34%', fontSize: '13px', color: colors.muted };

/** "A · B · C" for the short grey line under an item; empty parts are dropped. */
export function metaLine(parts: (string | null | undefined | false)[]): string {
  return parts.filter(Boolean).join(' · ');
}
