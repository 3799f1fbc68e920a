import { Box, Paper, Stack, Table, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';

interface TableOrCardsProps<T> {
  /** Names both the table and the list of cards, e.g. "Daftar instansi". */
  label: string;
  /** The table scrolls sideways below this width rather than squeezing its columns. */
  minWidth: number;
  /** The visible column headings (`<Table.Th>`s); a last column, named for screen readers only, holds the buttons. */
  headings: ReactNode;
  actionsColumn: string;
  items: readonly T[];
  keyOf: (item: T) => string;
  /** One row's cells, the buttons' cell last. */
  cells: (item: T) => ReactNode;
  /** What a card on a phone shows. */
  card: (item: T) => ReactNode;
}

/** A table on wide screens; on phones a card per item, which reads without scrolling sideways. */
export function TableOrCards<T>({
  label,
  minWidth,
  headings,
  actionsColumn,
  items,
  keyOf,
  cells,
  card,
}: TableOrCardsProps<T>) {
  return (
    <>
      <Box visibleFrom="sm">
        <Table.ScrollContainer minWidth={minWidth}>
          <Table striped highlightOnHover verticalSpacing="xs" aria-label={label}>
            <Table.Thead>
              <Table.Tr>
                {headings}
                <Table.Th>
                  <VisuallyHidden>{actionsColumn}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => (
                <Table.Tr key={keyOf(item)}>{cells(item)}</Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Box>
      <Stack component="ul" gap="xs" className="tindak-plain-list" hiddenFrom="sm" aria-label={label}>
        {items.map((item) => (
          <Paper component="li" key={keyOf(item)} withBorder p="sm">
            {card(item)}
          </Paper>
        ))}
      </Stack>
    </>
  );
}
