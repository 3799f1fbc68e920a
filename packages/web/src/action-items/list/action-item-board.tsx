import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { type ActionItemListInput, type ActionItemListRow, statusLabel } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';
import { boardStatuses } from '../shared/options';
import { ActionItemCard } from './action-item-card';
import { DirectiveCard, isDirectiveRow } from './directive-card';

/**
 * Columns by status, in the order work moves. Side by side on a wide screen (scrolling sideways
 * when they do not fit), stacked on a phone; each column is a labelled region with its own list.
 * A directive's offices' items stand in several columns at once, so the directive sits once above
 * the columns, with its spread, and expands to its items there.
 */
export function ActionItemBoard({
  items: rows,
  input,
}: {
  items: ActionItemListRow[];
  input: Omit<ActionItemListInput & object, 'cursor'>;
}) {
  const { t } = useTranslation();
  const directives = rows.filter(isDirectiveRow);
  const items = rows.filter((row) => !isDirectiveRow(row));
  return (
    <Stack gap="sm">
      {directives.length > 0 && (
        <section aria-labelledby="board-directives">
          <Title order={2} size="h5" id="board-directives" mb="xs">
            {t('directiveSpread.board')}
          </Title>
          <ul className="tindak-plain-list tindak-board-directives">
            {directives.map((row) => (
              <li key={row.id}>
                <DirectiveCard row={row} input={input} compact />
              </li>
            ))}
          </ul>
        </section>
      )}
      <StatusColumns items={items} />
    </Stack>
  );
}

function StatusColumns({ items }: { items: ActionItemListRow[] }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a sideways-scrolling area must be reachable by keyboard.
    <section className="tindak-board" aria-label={t('actionItems.list.board')} tabIndex={0}>
      {boardStatuses.map((status) => {
        const inColumn = items.filter((item) => item.status === status);
        const headingId = `board-column-${status}`;
        return (
          <Paper
            key={status}
            component="section"
            aria-labelledby={headingId}
            withBorder
            p="xs"
            bg="var(--mantine-color-gray-0)"
            className="tindak-board-column"
          >
            <Group justify="space-between" gap="xs" mb="xs" wrap="nowrap">
              <Title order={2} size="h5" id={headingId}>
                {statusLabel(status, lang)}
              </Title>
              <Badge
                variant="white"
                color="gray"
                aria-label={t('actionItems.list.columnCount', { count: inColumn.length })}
              >
                {inColumn.length}
              </Badge>
            </Group>
            {inColumn.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('actionItems.list.columnEmpty')}
              </Text>
            ) : (
              <Stack component="ul" gap="xs" className="tindak-plain-list">
                {inColumn.map((item) => (
                  <li key={item.id}>
                    <ActionItemCard item={item} compact />
                  </li>
                ))}
              </Stack>
            )}
          </Paper>
        );
      })}
    </section>
  );
}
