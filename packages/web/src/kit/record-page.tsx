import { type QueryKey, type UseQueryOptions, useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { errorCode } from '../api/errors';
import { isUuid } from '../lib/uuid';
import { LoadError, PageSkeleton } from './load-states';

interface RecordPageProps<TQueryFnData, TError, TData, TQueryKey extends QueryKey> {
  /** The record's query by the `:id` of the address, e.g. `(id) => trpc.meetings.get.queryOptions({ id })`. */
  query: (id: string) => UseQueryOptions<TQueryFnData, TError, TData, TQueryKey>;
  /** The route parameter naming the record, when it is not `:id` (a region's `:code`). */
  param?: string;
  /** What a well-formed key looks like; a uuid unless the record is named otherwise. */
  isKey?: (value: string) => boolean;
  /** The page for a record that does not exist (or that the reader may not see). */
  notFound: ReactNode;
  /** Title of the alert when the record could not be loaded, e.g. "Rapat tidak dapat dimuat". */
  loadErrorTitle: string;
  /** The page itself, once the record is here. */
  children: (record: TData) => ReactNode;
  /**
   * Wait for the stored version instead of showing a cached copy: a form must start from what the
   * server holds now (the query should refetch on mount).
   */
  fresh?: boolean;
  /** Around the loading and error states, e.g. the title of the edit form they stand in for. */
  frame?: (content: ReactNode) => ReactNode;
}

/**
 * Every page of one record (a meeting, a proposal, a commitment, an action item), one way: the id
 * in the address is checked, then a skeleton while it loads, the not-found page for NOT_FOUND, the
 * server's message with a retry for anything else, and the page once the record is here.
 */
export function RecordPage<TQueryFnData, TError, TData, TQueryKey extends QueryKey>(
  props: RecordPageProps<TQueryFnData, TError, TData, TQueryKey>,
) {
  const { param = 'id', isKey = isUuid } = props;
  const id = useParams()[param];
  // A mangled link is as missing as a deleted record; no need to ask the server.
  if (id === undefined || !isKey(id)) return props.notFound;
  return <RecordLoader id={id} {...props} />;
}

function RecordLoader<TQueryFnData, TError, TData, TQueryKey extends QueryKey>({
  id,
  query,
  notFound,
  loadErrorTitle,
  children,
  fresh = false,
  frame = (content) => content,
}: RecordPageProps<TQueryFnData, TError, TData, TQueryKey> & { id: string }) {
  const result = useQuery(query(id));
  if (result.isPending || (fresh && result.isFetching && !result.isFetchedAfterMount)) {
    return frame(<PageSkeleton />);
  }
  if (result.isError) {
    if (errorCode(result.error) === 'NOT_FOUND') return notFound;
    return frame(
      <LoadError
        title={loadErrorTitle}
        error={result.error}
        onRetry={() => void result.refetch()}
        retrying={result.isRefetching}
      />,
    );
  }
  return children(result.data);
}
