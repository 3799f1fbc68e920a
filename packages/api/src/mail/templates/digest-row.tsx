import { Section } from '@react-email/section';
import { createContext, type ReactElement, type ReactNode, useContext } from 'react';
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

/**
 * How a digest is being rendered: normally (null), or by the worker, which renders each reusable
 * piece once and places it in every digest that shows it (mail/pieces.ts). It gets the piece's key
 * and element and returns what stands in for it.
 */
export const PieceContext = createContext<((key: string, element: ReactElement) => ReactNode) | null>(null);

/**
 * A part of a digest that depends only on `id` (what it shows, language, time zone), so that it
 * may be rendered once and reused. Rendered normally, it is just its child.
 */
export function Reusable({ id, children }: { id: unknown[]; children: ReactElement }) {
  const reuse = useContext(PieceContext);
  return reuse ? reuse(JSON.stringify(id), children) : children;
}
