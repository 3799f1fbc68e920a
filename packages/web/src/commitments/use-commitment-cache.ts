import type { CommitmentDetail } from '@tindak/shared';
import { useTRPC } from '../api/trpc';
import { useRecordCache } from '../records/record-cache';

/** Where commitments live in the query cache. */
export function useCommitmentCache() {
  const trpc = useTRPC();
  return useRecordCache<CommitmentDetail>({
    detail: (id) => trpc.commitments.get.queryKey({ id }),
    lists: trpc.commitments.list.pathKey(),
  });
}
