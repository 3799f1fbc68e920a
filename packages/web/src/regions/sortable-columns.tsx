import { Table, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Sorting for the tables that compare regions side by side (a province's regencies, the country's
 * provinces): each column heading is a button, numbers read best biggest first, names A to Z.
 */
export type Direction = 'ascending' | 'descending';

/** How to read each column's value from a row: the key to sort by. */
export type ColumnKeys<Row, Column extends string> = Record<Column, (row: Row) => string | number>;

export interface Sort<Column extends string> {
  column: Column;
  direction: Direction;
}

export function sortRows<Row extends { code: string }, Column extends string>(
  rows: readonly Row[],
  keys: ColumnKeys<Row, Column>,
  { column, direction }: Sort<Column>,
): Row[] {
  const key = keys[column];
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    // Ties keep code order, so equal rows do not jump around between sorts.
    return order !== 0 ? sign * order : a.code.localeCompare(b.code);
  });
}

/**
 * The current sort, and a heading renderer whose buttons change it. `spokenLabelOf` names a column
 * in full for the button's accessible name where its heading is short ("Overdue" under "Commitments").
 */
export function useColumnSort<Column extends string>(
  first: Column,
  labelOf: (column: Column) => string,
  spokenLabelOf: (column: Column) => string = labelOf,
) {
  const { t } = useTranslation();
  const [sort, setSort] = useState<Sort<Column>>({ column: first, direction: 'ascending' });

  const heading = (column: Column, numeric = true) => {
    const active = sort.column === column;
    const label = labelOf(column);
    return (
      <Table.Th key={column} aria-sort={active ? sort.direction : 'none'} ta={numeric ? 'right' : 'left'}>
        <UnstyledButton
          className="tindak-sort-button"
          aria-label={t('regions.compare.sortBy', { column: spokenLabelOf(column) })}
          onClick={() =>
            setSort({
              column,
              direction: active
                ? sort.direction === 'ascending'
                  ? 'descending'
                  : 'ascending'
                : numeric
                  ? 'descending'
                  : 'ascending',
            })
          }
        >
          <Text span size="sm" fw={700}>
            {label}
          </Text>{' '}
          <span aria-hidden="true">{active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}</span>
        </UnstyledButton>
      </Table.Th>
    );
  };

  return { sort, heading };
}
