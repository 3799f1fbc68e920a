import { Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError, LoadMore } from './load-states';

/** What every list procedure answers: a page of rows and where the next page starts. */
interface Page<Item> {
  items: Item[];
  nextCursor?: string | null;
}

/** For `infiniteQueryOptions`: ask for the page the server pointed to; after the last there is none. */
export function nextPageParam(page: { nextCursor?: string | null }): string | undefined {
  return page.nextCursor ?? undefined;
}

/** The parts of an infinite query a list page reads (tRPC's `useInfiniteQuery` result fits). */
export interface PagedQuery<Item> {
  data: { pages: Page<Item>[] } | undefined;
  isPending: boolean;
  isError: boolean;
  error: unknown;
  isRefetching: boolean;
  isPlaceholderData: boolean;
  refetch: () => Promise<unknown>;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  isFetchNextPageError: boolean;
  fetchNextPage: () => Promise<unknown>;
}

interface PagedListProps<Item> {
  query: PagedQuery<Item>;
  /** Title of the alert when the first page could not be loaded, e.g. "Daftar rapat tidak dapat dimuat". */
  loadErrorTitle: string;
  /** Shown when there are no rows at all: usually an `EmptyState` that says whether filters are why. */
  empty: ReactNode;
  /** The count read out as rows arrive; `more` is true while the server holds further pages. */
  shown: (count: number, more: boolean) => string;
  /** "Muat lebih banyak", from the list's own messages. */
  loadMoreLabel: string;
  /** The list's shape while its first page loads; `ListSkeleton` unless the rows look different. */
  skeleton?: ReactNode;
  /** Said above the count about the rows shown, e.g. that mail is only kept in the outbox. */
  notice?: (items: Item[]) => ReactNode;
  /** The rows, e.g. an `ItemList` of cards, a table or a board. */
  children: (items: Item[]) => ReactNode;
}

/**
 * Every list the server sends in pages, one way: a skeleton while the first page loads, the server's
 * message with a retry when it fails, the empty state, then the rows with their count and "load more".
 */
export function PagedList<Item>(props: PagedListProps<Item>) {
  const { query, loadErrorTitle, empty, shown, loadMoreLabel, skeleton, notice, children } = props;
  if (query.isPending) return skeleton ?? <ListSkeleton />;
  if (query.isError && !query.data) {
    return (
      <LoadError
        title={loadErrorTitle}
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isRefetching}
      />
    );
  }
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  if (items.length === 0) return empty;
  return (
    // While the next filter's rows load, the last ones stay, marked busy.
    <Stack gap="sm" aria-busy={query.isPlaceholderData}>
      {notice?.(items)}
      <Text size="sm" c="dimmed" aria-live="polite">
        {shown(items.length, query.hasNextPage)}
      </Text>
      {children(items)}
      <LoadMore query={query} label={loadMoreLabel} />
    </Stack>
  );
}

interface ItemListProps<Item extends { id: string }> {
  /** Names the list for screen readers, e.g. "Daftar rapat". */
  label: string;
  items: Item[];
  render: (item: Item) => ReactNode;
}

/** Rows as a plain list of cards. */
export function ItemList<Item extends { id: string }>({ label, items, render }: ItemListProps<Item>) {
  return (
    <Stack component="ul" gap="sm" className="tindak-plain-list" aria-label={label}>
      {items.map((item) => (
        <li key={item.id}>{render(item)}</li>
      ))}
    </Stack>
  );
}

/** No rows: what that means ("Belum ada rapat" or "Tidak ada yang cocok") and what to do about it. */
export function EmptyState({ title, hint }: { title: string; hint: string }) {
  return (
    <Card withBorder padding="xl">
      <Stack gap="xs" align="flex-start">
        <Text fw={600}>{title}</Text>
        <Text size="sm" c="dimmed">
          {hint}
        </Text>
      </Stack>
    </Card>
  );
}

/** The shape of a list of cards while its first page loads, announced as busy. */
export function ListSkeleton() {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" aria-busy="true" aria-label={t('common.loading')}>
      {[0, 1, 2].map((n) => (
        <Card key={n} withBorder padding="md">
          <Skeleton height={20} width="70%" mb="sm" />
          <Skeleton height={12} width="50%" mb={8} />
          <Skeleton height={12} width="40%" />
        </Card>
      ))}
    </Stack>
  );
}

interface ListHeaderProps {
  title: string;
  /** Beside the title: what to do with the list (log a meeting, switch to the board). */
  action?: ReactNode;
  /** A sentence on what the list holds. */
  intro?: string;
}

/** The top of a list page: its h1, an action beside it and what the list holds. */
export function ListHeader({ title, action, intro }: ListHeaderProps) {
  return (
    <Stack gap={4}>
      <Group justify="space-between" align="center" gap="sm">
        <Title order={1} className="tindak-page-title">
          {title}
        </Title>
        {action}
      </Group>
      {intro && (
        <Text c="dimmed" maw={720}>
          {intro}
        </Text>
      )}
    </Stack>
  );
}
