import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { type ActionItemSummary, statusLabel } from '@tindak/shared';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';
import { boardStatuses } from '../shared/options';
import { ActionItemCard } from './action-item-card';

/**
 * Columns by status, in the order work moves. Side by side on a wide screen (scrolling sideways
 * when they do not fit), stacked on a phone; each column is a labelled region with its own list.
 */
export function ActionItemBoard({ items }: { items: ActionItemSummary[] }) {
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
