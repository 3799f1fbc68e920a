import type { Database } from '@tindak/db';
import { sql } from 'kysely';

// The steps of an action item's life beside its own row: the disposition chain (who handed it to
// whom), extension requests, evidence with its verdict, and comments.

export async function listChain(db: Database, actionItemId: string) {
  return db
    .selectFrom('actionItemDispositions as d')
    .leftJoin('organizations as fo', 'fo.id', 'd.fromOrganizationId')
    .leftJoin('people as fp', 'fp.id', 'd.fromPersonId')
    .innerJoin('organizations as tor', 'tor.id', 'd.toOrganizationId')
    .leftJoin('people as tp', 'tp.id', 'd.toPersonId')
    .select([
      'd.step',
      'd.instruction',
      'd.createdAt',
      'fo.id as fromOrgId',
      'fo.name as fromOrgName',
      'fp.id as fromPersonId',
      'fp.fullName as fromPersonName',
      'tor.id as toOrgId',
      'tor.name as toOrgName',
      'tp.id as toPersonId',
      'tp.fullName as toPersonName',
    ])
    .where('d.actionItemId', '=', actionItemId)
    .orderBy('d.step')
    .execute();
}

export async function nextChainStep(db: Database, actionItemId: string): Promise<number> {
  const row = await db
    .selectFrom('actionItemDispositions')
    .select((eb) => eb.fn.max('step').as('last'))
    .where('actionItemId', '=', actionItemId)
    .executeTakeFirst();
  return Number(row?.last ?? 0) + 1;
}

export async function listExtensions(db: Database, actionItemId: string) {
  return db
    .selectFrom('extensionRequests')
    .select([
      'id',
      sql<string>`to_char(previous_due_on, 'YYYY-MM-DD')`.as('previousDueOn'),
      sql<string>`to_char(requested_due_on, 'YYYY-MM-DD')`.as('requestedDueOn'),
      'reason',
      'status',
      'decisionNote',
      'decidedAt',
      'createdAt',
    ])
    .where('actionItemId', '=', actionItemId)
    .orderBy('createdAt', 'desc')
    .execute();
}

export async function listEvidence(db: Database, actionItemId: string) {
  return db
    .selectFrom('actionItemEvidence as e')
    .leftJoin('files as f', 'f.id', 'e.fileId')
    .select([
      'e.id',
      'e.note',
      'e.link',
      'e.verdict',
      'e.verdictReason',
      'e.verifiedAt',
      'e.createdAt',
      'f.id as fileId',
      'f.fileName',
      'f.sizeBytes',
      'f.contentType',
    ])
    .where('e.actionItemId', '=', actionItemId)
    .orderBy('e.createdAt', 'desc')
    .execute();
}

export async function listComments(db: Database, actionItemId: string) {
  return db
    .selectFrom('actionItemComments as c')
    .leftJoin('users as u', 'u.id', 'c.authorId')
    .select(['c.id', 'c.body', 'c.authorId', 'u.displayName as authorName', 'c.createdAt'])
    .where('c.actionItemId', '=', actionItemId)
    .orderBy('c.createdAt')
    .orderBy('c.id')
    .execute();
}

export interface NewDisposition {
  actionItemId: string;
  step: number;
  fromOrganizationId: string | null;
  fromPersonId: string | null;
  toOrganizationId: string;
  toPersonId: string | null;
  instruction: string;
  actorId: string | null;
}

export async function insertDisposition(db: Database, disposition: NewDisposition): Promise<void> {
  await db.insertInto('actionItemDispositions').values(disposition).execute();
}

export async function hasPendingExtension(db: Database, actionItemId: string): Promise<boolean> {
  const row = await db
    .selectFrom('extensionRequests')
    .select('id')
    .where('actionItemId', '=', actionItemId)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return row !== undefined;
}

export interface NewExtensionRequest {
  actionItemId: string;
  previousDueOn: string;
  requestedDueOn: string;
  reason: string;
  requestedBy: string | null;
}

export async function insertExtensionRequest(db: Database, request: NewExtensionRequest): Promise<string> {
  const row = await db
    .insertInto('extensionRequests')
    .values(request)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** An extension request of this item, with the deadline it asks for (YYYY-MM-DD). */
export function findExtensionRequest(db: Database, actionItemId: string, id: string) {
  return db
    .selectFrom('extensionRequests')
    .select(['id', 'status', sql<string>`to_char(requested_due_on, 'YYYY-MM-DD')`.as('requestedDueOn')])
    .where('id', '=', id)
    .where('actionItemId', '=', actionItemId)
    .executeTakeFirst();
}

export async function decideExtensionRequest(
  db: Database,
  id: string,
  decision: { approved: boolean; note: string | null | undefined; decidedBy: string | null },
): Promise<void> {
  await db
    .updateTable('extensionRequests')
    .set({
      status: decision.approved ? 'approved' : 'rejected',
      decisionNote: decision.note,
      decidedBy: decision.decidedBy,
      decidedAt: new Date(),
    })
    .where('id', '=', id)
    .execute();
}

export interface NewEvidence {
  actionItemId: string;
  note: string | null | undefined;
  link: string | null | undefined;
  fileId: string | null | undefined;
  submittedBy: string | null;
}

export async function insertEvidence(db: Database, evidence: NewEvidence): Promise<string> {
  const row = await db
    .insertInto('actionItemEvidence')
    .values(evidence)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Every file of one submission, in the order sent (the first is also `file_id` on the row). */
export async function insertEvidenceFiles(db: Database, evidenceId: string, fileIds: readonly string[]) {
  if (fileIds.length === 0) return;
  await db
    .insertInto('actionItemEvidenceFiles')
    .values(fileIds.map((fileId, position) => ({ evidenceId, position, fileId })))
    .execute();
}

/** The files of every submission on the item, by submission, in the order sent. */
export async function listEvidenceFiles(db: Database, actionItemId: string) {
  return db
    .selectFrom('actionItemEvidenceFiles as ef')
    .innerJoin('actionItemEvidence as e', 'e.id', 'ef.evidenceId')
    .innerJoin('files as f', 'f.id', 'ef.fileId')
    .select(['ef.evidenceId', 'f.id', 'f.fileName', 'f.sizeBytes', 'f.contentType'])
    .where('e.actionItemId', '=', actionItemId)
    .orderBy('ef.evidenceId')
    .orderBy('ef.position')
    .execute();
}

/** Gives the item's pending evidence its verdict. */
export async function judgePendingEvidence(
  db: Database,
  actionItemId: string,
  verdict: { accepted: boolean; reason: string | null | undefined; verifiedBy: string | null },
): Promise<string[]> {
  const judged = await db
    .updateTable('actionItemEvidence')
    .set({
      verdict: verdict.accepted ? 'accepted' : 'rejected',
      verdictReason: verdict.reason,
      verifiedBy: verdict.verifiedBy,
      verifiedAt: new Date(),
    })
    .where('actionItemId', '=', actionItemId)
    .where('verdict', '=', 'pending')
    .returning('id')
    .execute();
  return judged.map((row) => row.id);
}

export async function insertComment(
  db: Database,
  comment: { actionItemId: string; body: string; authorId: string | null },
): Promise<string> {
  const row = await db
    .insertInto('actionItemComments')
    .values(comment)
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * The progress a person last reported on the item (0 when nobody has): what a rejected submission
 * of evidence returns the item to, since the 100% the evidence implied did not hold.
 */
export async function lastReportedProgress(db: Database, actionItemId: string): Promise<number> {
  const row = await db
    .selectFrom('events')
    .select(sql<number>`(payload->>'to')::int`.as('progress'))
    .where('aggregateType', '=', 'action_item')
    .where('aggregateId', '=', actionItemId)
    .where('eventType', '=', 'ProgressReported')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.progress ?? 0;
}
