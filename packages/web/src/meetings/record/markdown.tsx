import '../../kit/prose.css';
import { Typography } from '@mantine/core';
import type { ComponentPropsWithoutRef } from 'react';
import ReactMarkdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';

type HeadingProps = ComponentPropsWithoutRef<'h1'> & { node?: unknown };

/**
 * Minutes headings start at "##" like a document's; on the page they sit under the section's own
 * h2, so each level moves down two (## becomes h4) and the outline stays whole.
 */
function shifted(level: 3 | 4 | 5 | 6) {
  const Tag = `h${level}` as const;
  return function ShiftedHeading({ node: _node, ...props }: HeadingProps) {
    return <Tag {...props} />;
  };
}

const components: Components = {
  h1: shifted(3),
  h2: shifted(4),
  h3: shifted(5),
  h4: shifted(6),
  h5: shifted(6),
  h6: shifted(6),
  a: ({ node: _node, ...props }) => <a {...props} target="_blank" rel="noopener noreferrer" />,
};

/**
 * Markdown as React elements, never as an HTML string: raw HTML in the text stays text, and links
 * with unsafe schemes (javascript:) lose their target. Tables and task lists as GitHub writes them.
 */
export function Markdown({ children }: { children: string }) {
  return (
    <Typography className="tindak-markdown tindak-wrap">
      <ReactMarkdown remarkPlugins={[remarkGfm]} components={components}>
        {children}
      </ReactMarkdown>
    </Typography>
  );
}
