import type { ProposalDetail } from '@tindak/shared';
import { useTRPC } from '../api/trpc';
import { useRecordCache } from '../records/record-cache';

/** Where proposals live in the query cache. */
export function useProposalCache() {
  const trpc = useTRPC();
  return useRecordCache<ProposalDetail>({
    detail: (id) => trpc.proposals.get.queryKey({ id }),
    lists: trpc.proposals.list.pathKey(),
  });
}
