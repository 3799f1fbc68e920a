import { createContext, type ReactElement, type ReactNode, useContext } from 'react';
import { TextLink } from './parts';
import { listRow, metaText } from './styles';

/**
 * One line item of a digest section: optional badge, linked title, grey details below. The badge
 * sits above the title so a long title cannot push it off the line (and plain text keeps it apart
 * from the URL). A paragraph with a line under it: a table per row was a third of a digest's size.
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
    <p style={listRow}>
      {badge ? (
        <>
          {badge}
          <br />
        </>
      ) : null}
      <strong>
        <TextLink href={url}>{title}</TextLink>
      </strong>
      {meta ? (
        <>
          <br />
          <small style={metaText}>{meta}</small>
        </>
      ) : null}
    </p>
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
