import type { Database } from '@tindak/db';

export interface NewFile {
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  content: Buffer;
  uploadedBy: string | null;
}

export function insertFile(db: Database, file: NewFile) {
  return db.insertInto('files').values(file).returning(['id', 'createdAt']).executeTakeFirstOrThrow();
}

/** A file with its content, for download. */
export function findFileContent(db: Database, id: string) {
  return db
    .selectFrom('files')
    .select(['fileName', 'contentType', 'sizeBytes', 'content'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** A file's name and size, without its content. */
export function findFileSummary(db: Database, id: string) {
  return db
    .selectFrom('files')
    .select(['id', 'fileName', 'sizeBytes'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export function findFileUploader(db: Database, id: string) {
  return db.selectFrom('files').select('uploadedBy').where('id', '=', id).executeTakeFirst();
}

/** The meetings a file is attached to and the action items it is evidence for. */
export async function fileLinks(db: Database, id: string) {
  const [meetings, items] = await Promise.all([
    db.selectFrom('meetingAttachments').select('meetingId').where('fileId', '=', id).execute(),
    // Any file of a submission, not only its first (`file_id`).
    db
      .selectFrom('actionItemEvidenceFiles as ef')
      .innerJoin('actionItemEvidence as e', 'e.id', 'ef.evidenceId')
      .select('e.actionItemId')
      .where('ef.fileId', '=', id)
      .union(db.selectFrom('actionItemEvidence').select('actionItemId').where('fileId', '=', id))
      .execute(),
  ]);
  return {
    meetingIds: meetings.map((row) => row.meetingId),
    actionItemIds: items.map((row) => row.actionItemId),
  };
}
