import { Section } from '@react-email/components';
import type { ReactNode } from 'react';
import { Paragraph, TextLink } from './parts';
import { colors, wrapAnywhere } from './styles';

/**
 * One line item of a digest section: optional badge, linked title, grey details below. The badge
 * sits above the title so a long title cannot push it off the line (and plain text keeps it apart
 * from the URL).
 */
export function DigestRow({
  title,
  url,
  badge,
  meta,
}: {
  title: string;
  url: string;
  badge?: ReactNode;
  meta: string;
}) {
  return (
    <Section style={{ padding: '10px 0 0', borderBottom: `1px solid ${colors.border}` }}>
      <Paragraph>
        {badge ? (
          <>
            {badge}
            <br />
          </>
        ) : null}
        <strong style={wrapAnywhere}>
          <TextLink href={url}>{title}</TextLink>
        </strong>
        {meta ? (
          <>
            <br />
            <span style={{ fontSize: '13px', lineHeight: '19px', color: colors.muted }}>{meta}</span>
          </>
        ) : null}
      </Paragraph>
    </Section>
  );
}
