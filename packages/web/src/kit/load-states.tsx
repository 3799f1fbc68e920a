import { Alert, Button, Group, Skeleton, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/errors';

/** The shape of a page while it loads, announced as busy. */
export function PageSkeleton() {
  const { t } = useTranslation();
  return (
    <Stack gap="md" aria-busy="true" aria-label={t('common.loading')}>
      <Skeleton height={32} width="60%" />
      <Skeleton height={16} width="30%" />
      <Skeleton height={120} />
      <Skeleton height={200} />
    </Stack>
  );
}

interface LoadErrorProps {
  title: string;
  error: unknown;
  onRetry: () => void;
  retrying?: boolean;
}

/** Something could not be loaded: what the server said (or that it could not be reached), and a retry. */
export function LoadError({ title, error, onRetry, retrying = false }: LoadErrorProps) {
  const { t } = useTranslation();
  return (
    <Alert color="red" title={title} role="alert">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{errorMessage(error, t('common.networkError'))}</Text>
        <Button variant="white" color="red" onClick={onRetry} loading={retrying}>
          {t('common.retry')}
        </Button>
      </Stack>
    </Alert>
  );
}

interface LoadMoreProps {
  /** The infinite query of the list; only its paging state is read. */
  query: {
    hasNextPage: boolean;
    isFetchingNextPage: boolean;
    isFetchNextPageError: boolean;
    error: unknown;
    fetchNextPage: () => Promise<unknown>;
  };
  /** "Muat lebih banyak", from the list's own messages. */
  label: string;
}

/**
 * The end of a list the server sends in pages: a button for the next page while there is one, and
 * what went wrong if fetching it failed (the rows already shown stay).
 */
export function LoadMore({ query, label }: LoadMoreProps) {
  const { t } = useTranslation();
  return (
    <>
      {query.isFetchNextPageError && (
        <Alert color="red" role="alert">
          {errorMessage(query.error, t('common.networkError'))}
        </Alert>
      )}
      {query.hasNextPage && (
        <Group justify="center">
          <Button
            variant="default"
            onClick={() => void query.fetchNextPage()}
            loading={query.isFetchingNextPage}
          >
            {label}
          </Button>
        </Group>
      )}
    </>
  );
}
