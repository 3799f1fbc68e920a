import type { Language } from '@tindak/shared';
import type { CSSProperties } from 'react';
import type { DigestRegionRow } from '../content';
import { mailMessages } from '../messages';
import { SectionTitle } from './parts';
import { colors } from './styles';

// The table sets size and wrapping once; a cell says only its padding, line and alignment.
const cell: CSSProperties = { padding: '6px 8px', borderBottom: `1px solid ${colors.border}` };
const numberCell: CSSProperties = { ...cell, width: '64px', textAlign: 'right', whiteSpace: 'nowrap' };
const headCell: CSSProperties = { fontSize: '12px', color: colors.muted, backgroundColor: colors.subtle };

/** Heads only: done / open / overdue per regency or city, with a total row. */
export function RegionTable({ rows, lang }: { rows: DigestRegionRow[]; lang: Language }) {
  const t = mailMessages(lang).digest.table;
  const total = rows.reduce(
    (sum, row) => ({
      done: sum.done + row.done,
      open: sum.open + row.open,
      overdue: sum.overdue + row.overdue,
    }),
    { done: 0, open: 0, overdue: 0 },
  );
  return (
    <>
      <SectionTitle>{mailMessages(lang).digest.sections.completion}</SectionTitle>
      {/* data-text-format makes the plain-text version an aligned text table instead of one cell per line. */}
      <table
        data-text-format="dataTable"
        cellPadding={0}
        cellSpacing={0}
        width="100%"
        style={{
          borderCollapse: 'collapse',
          margin: '4px 0 8px',
          fontSize: '14px',
          lineHeight: '20px',
          // Names wrap between words here: "anywhere" (the card's) would let a narrow column split them.
          overflowWrap: 'normal',
          wordBreak: 'normal',
        }}
      >
        <thead>
          <tr>
            <th style={{ ...cell, ...headCell, textAlign: 'left' }}>{t.region}</th>
            <th style={{ ...numberCell, ...headCell }}>{t.done}</th>
            <th style={{ ...numberCell, ...headCell }}>{t.open}</th>
            <th style={{ ...numberCell, ...headCell }}>{t.overdue}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.regionName}>
              <td style={cell}>{row.regionName}</td>
              <td style={numberCell}>{row.done}</td>
              <td style={numberCell}>{row.open}</td>
              <td
                style={{
                  ...numberCell,
                  ...(row.overdue > 0 ? { color: colors.danger, fontWeight: 700 } : {}),
                }}
              >
                {row.overdue}
              </td>
            </tr>
          ))}
          <tr>
            <td style={{ ...cell, fontWeight: 700 }}>{t.total}</td>
            <td style={{ ...numberCell, fontWeight: 700 }}>{total.done}</td>
            <td style={{ ...numberCell, fontWeight: 700 }}>{total.open}</td>
            <td style={{ ...numberCell, fontWeight: 700 }}>{total.overdue}</td>
          </tr>
        </tbody>
      </table>
    </>
  );
}
