import { answeredProposalIds, type ProposalStatus } from '@tindak/shared';
import type { Context } from '../context';
import { BadRequestError } from '../errors';
import { listAnsweredProposals, proposalStatuses } from '../repositories/commitment-proposal.repo';
import { diffLinks } from './id-sets';
import { readableAmong, relink, shownLink } from './linked-records';

/** Only a proposal that was (at least partly) accepted can give rise to commitments. */
const proposalStatusesWithCommitments: readonly ProposalStatus[] = ['accepted', 'partly_accepted'];

type ProposalLinks = Parameters<typeof answeredProposalIds>[0];

/**
 * The proposals a commitment will answer, in order: the ones asked for, each readable by the caller
 * and accepted, then the stored ones outside the caller's region (shown to them only as "outside
 * your region", so a form that leaves them out does not remove them). Readability is checked
 * before the status, so an unreadable proposal's status is never told.
 */
export async function keptProposals(
  ctx: Context,
  input: ProposalLinks,
  stored: readonly string[],
): Promise<string[]> {
  const { ids, field } = answeredProposalIds(input);
  const { removed } = await relink(ctx, 'proposal', stored, ids, (id) => field(ids.indexOf(id)));
  const hidden = diffLinks(stored, ids).removed.filter((id) => !removed.includes(id));
  await requireAccepted(ctx, ids, field);
  return [...ids, ...hidden];
}

/** Accepted and partly accepted are final statuses, so this cannot change after the check. */
async function requireAccepted(ctx: Context, ids: readonly string[], field: (index: number) => string) {
  const statuses = await proposalStatuses(ctx.db, ids);
  ids.forEach((id, index) => {
    const status = statuses.get(id);
    if (status && !proposalStatusesWithCommitments.includes(status)) {
      throw new BadRequestError('proposalNotAccepted', field(index), status);
    }
  });
}

/** The proposals a commitment answers as its reader may see them, in order. */
export async function shownProposals(ctx: Context, commitmentId: string) {
  const proposals = await listAnsweredProposals(ctx.db, commitmentId);
  const readable = await readableAmong(
    ctx,
    'proposal',
    proposals.map((p) => p.id),
  );
  return proposals.map((proposal) => shownLink(proposal, readable));
}
