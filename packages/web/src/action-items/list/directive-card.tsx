import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import {
  type ActionItemListInput,
  type ActionItemListRow,
  type DirectiveSpread,
  formatCalendarDate,
  pathTo,
} from '@tindak/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTRPC } from '../../api/trpc';
import { useLanguage } from '../../i18n/use-language';
import { nextPageParam } from '../../kit/paged-list';
import { ActionItemCard } from './action-item-card';
import { DirectiveSpreadBar, DirectiveSpreadLine } from './directive-spread';

type ListInput = Omit<ActionItemListInput & object, 'cursor'>;

interface DirectiveCardProps {
  row: ActionItemListRow & { directiveSpread: DirectiveSpread };
  /** The list's own filters: expanding shows this directive's items that match them. */
  input: ListInput;
  /** On the board: a narrower card, its heading one level deeper. */
  compact?: boolean;
}

/**
 * A directive once, in place of its offices' items: its title (linked to its page), its spread and
 * a button that lists the offices' items, fetched on demand under the same filters.
 */
export function DirectiveCard({ row, input, compact = false }: DirectiveCardProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const spread = row.directiveSpread;
  const [expanded, setExpanded] = useState(false);
  const officesId = useId();
  return (
    <Card component="article" withBorder padding={compact ? 'xs' : 'md'} className="tindak-directive-card">
      <Stack gap={compact ? 4 : 6}>
        <Title order={compact ? 3 : 2} size={compact ? 'h6' : 'h4'} className="tindak-wrap">
          <Anchor component={Link} to={pathTo('directive', { id: spread.id })} inherit>
            {spread.title}
          </Anchor>
        </Title>
        <DirectiveSpreadLine spread={spread} size={compact ? 'xs' : 'sm'} />
        <DirectiveSpreadBar spread={spread} size={compact ? 'xs' : 'sm'} />
        <Text size={compact ? 'xs' : 'sm'} c="dimmed">
          {t('actionItems.item.due', { date: formatCalendarDate(spread.dueOn, lang) })}
        </Text>
        <Group gap="xs">
          <Button
            variant="subtle"
            size="compact-sm"
            aria-expanded={expanded}
            aria-controls={expanded ? officesId : undefined}
            onClick={() => setExpanded((open) => !open)}
          >
            {expanded ? t('directiveSpread.collapse') : t('directiveSpread.expand', { count: spread.total })}
          </Button>
        </Group>
        {expanded && <DirectiveOffices id={officesId} spread={spread} input={input} />}
      </Stack>
    </Card>
  );
}

/** The directive's items that match the list's filters, one compact card each. */
function DirectiveOffices({ id, spread, input }: { id: string; spread: DirectiveSpread; input: ListInput }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const query = useInfiniteQuery(
    trpc.actionItems.list.infiniteQueryOptions(
      { ...input, groupDirectives: undefined, directiveId: spread.id, limit: 100 },
      { getNextPageParam: nextPageParam },
    ),
  );
  if (query.isPending) {
    return (
      <Text id={id} size="sm" c="dimmed" aria-busy="true">
        {t('directiveSpread.loading')}
      </Text>
    );
  }
  if (query.isError) {
    return (
      <Group id={id} gap="xs" role="alert">
        <Text size="sm" c="red.8">
          {t('directiveSpread.loadError')}
        </Text>
        <Button variant="light" size="compact-sm" onClick={() => void query.refetch()}>
          {t('directiveSpread.retry')}
        </Button>
      </Group>
    );
  }
  const items = query.data.pages.flatMap((page) => page.items);
  return (
    <Stack id={id} gap="xs">
      <Stack
        component="ul"
        gap="xs"
        className="tindak-plain-list"
        aria-label={t('directiveSpread.offices', { title: spread.title })}
      >
        {items.map((item) => (
          <li key={item.id}>
            <ActionItemCard item={item} compact />
          </li>
        ))}
      </Stack>
      {query.hasNextPage && (
        <Button
          variant="default"
          size="compact-sm"
          loading={query.isFetchingNextPage}
          onClick={() => void query.fetchNextPage()}
        >
          {t('actionItems.list.loadMore')}
        </Button>
      )}
    </Stack>
  );
}

/** A row of the grouped list that stands for a directive (more than one matching item). */
export function isDirectiveRow(
  row: ActionItemListRow,
): row is ActionItemListRow & { directiveSpread: DirectiveSpread } {
  return !!row.directiveSpread;
}
