import type { Database } from '@tindak/db';
import type { ProposalStatus } from '@tindak/shared';

/**
 * The proposals a commitment answers (issue 19), in the order given. `commitments.proposal_id` is
 * kept as the first of them for readers of one proposal: the service writes it with the links.
 */

export async function listProposalIds(db: Database, commitmentId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('commitmentProposals')
    .select('proposalId')
    .where('commitmentId', '=', commitmentId)
    .orderBy('position')
    .execute();
  return rows.map((r) => r.proposalId);
}

/** The answered proposals with what the detail view shows, in order. */
export async function listAnsweredProposals(db: Database, commitmentId: string) {
  return db
    .selectFrom('commitmentProposals as cp')
    .innerJoin('proposals as p', 'p.id', 'cp.proposalId')
    .select(['p.id', 'p.title', 'p.status'])
    .where('cp.commitmentId', '=', commitmentId)
    .orderBy('cp.position')
    .execute();
}

/** Makes `proposalIds` the commitment's links, positions 0.. in that order (inside the change's transaction). */
export async function replaceProposalLinks(
  db: Database,
  commitmentId: string,
  proposalIds: readonly string[],
) {
  await db.deleteFrom('commitmentProposals').where('commitmentId', '=', commitmentId).execute();
  if (proposalIds.length > 0) {
    await db
      .insertInto('commitmentProposals')
      .values(proposalIds.map((proposalId, position) => ({ commitmentId, proposalId, position })))
      .execute();
  }
}

/** The status of each of these proposals that exists. */
export async function proposalStatuses(db: Database, ids: readonly string[]) {
  if (ids.length === 0) return new Map<string, ProposalStatus>();
  const rows = await db
    .selectFrom('proposals')
    .select(['id', 'status'])
    .where('id', 'in', [...ids])
    .execute();
  return new Map(rows.map((row) => [row.id, row.status]));
}
