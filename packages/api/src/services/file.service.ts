import { createHash } from 'node:crypto';
import { withoutUnstorable } from '@tindak/shared';
import type { Context } from '../context';
import { BadRequestError, NotFoundError } from '../errors';
import { recordEvent } from '../events/record-event';
import { agreementsWithFile, isAgreementVisible } from '../repositories/agreement.repo';
import {
  fileLinks,
  findFileContent,
  findFileSummary,
  findFileUploader,
  insertFile,
} from '../repositories/file.repo';
import { isVisible } from '../repositories/scope';
import { scopeOf } from './scope';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;

const ZIP = [0x50, 0x4b, 0x03, 0x04];

/**
 * What a file really is, from its first bytes (a name can lie): PDF, PNG, JPEG, or the ZIP-based
 * Office formats DOCX and XLSX (told apart by their internal folder names). Anything else is refused.
 */
export function sniffFileType(content: Buffer): { contentType: string; extension: string } | undefined {
  const starts = (bytes: number[]) => bytes.every((b, i) => content[i] === b);
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return { contentType: 'application/pdf', extension: 'pdf' };
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { contentType: 'image/png', extension: 'png' };
  if (starts([0xff, 0xd8, 0xff])) return { contentType: 'image/jpeg', extension: 'jpg' };
  if (starts(ZIP)) {
    const head = content.subarray(0, Math.min(content.length, 64 * 1024)).toString('latin1');
    if (head.includes('word/')) {
      return {
        contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        extension: 'docx',
      };
    }
    if (head.includes('xl/')) {
      return {
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        extension: 'xlsx',
      };
    }
  }
  return undefined;
}

/**
 * Keeps the name a person gave the file, minus any path, control characters and lone surrogate
 * halves (PostgreSQL refuses both NUL and those); cut at 200 characters, never inside a pair.
 */
function cleanFileName(name: string, extension: string): string {
  const base = withoutUnstorable(name.split(/[\\/]/).pop() ?? '')
    .replace(/[\p{Cc}"]/gu, '')
    .trim();
  return Array.from(base).slice(0, 200).join('') || `berkas.${extension}`;
}

export async function storeFile(ctx: Context, fileName: string, content: Buffer) {
  if (content.length === 0) throw new BadRequestError('required', 'file');
  if (content.length > MAX_FILE_BYTES)
    throw new BadRequestError('fileTooLarge', 'file', MAX_FILE_BYTES / 1024 / 1024);
  const type = sniffFileType(content);
  if (!type) throw new BadRequestError('fileTypeNotAllowed', 'file');
  const values = {
    fileName: cleanFileName(fileName, type.extension),
    contentType: type.contentType,
    sizeBytes: content.length,
    sha256: createHash('sha256').update(content).digest('hex'),
  };
  return ctx.db.transaction().execute(async (trx) => {
    const row = await insertFile(trx, { ...values, content, uploadedBy: ctx.actor.id });
    await recordEvent(trx, ctx.actor, {
      aggregateType: 'file',
      aggregateId: row.id,
      eventType: 'FileUploaded',
      payload: values,
    });
    return { id: row.id, ...values, createdAt: row.createdAt.toISOString() };
  });
}

export async function readFile(ctx: Context, id: string) {
  const file = await findFileContent(ctx.db, id);
  if (!file) throw new NotFoundError('fileNotFound', 'id');
  return file;
}

/**
 * A file may be read by whoever uploaded it, and by anyone who can see a meeting it is attached
 * to, an action item it is evidence for or an agreement it is the document of.
 */
export async function canReadFile(ctx: Context, id: string): Promise<boolean> {
  const file = await findFileUploader(ctx.db, id);
  if (!file) return false;
  if (!ctx.user || file.uploadedBy === ctx.user.id) return file !== undefined;
  const { meetingIds, actionItemIds } = await fileLinks(ctx.db, id);
  const scope = scopeOf(ctx);
  for (const meetingId of meetingIds) if (await isVisible(ctx.db, 'meeting', meetingId, scope)) return true;
  for (const actionItemId of actionItemIds)
    if (await isVisible(ctx.db, 'actionItem', actionItemId, scope)) return true;
  // The signed document of an agreement (issue 19) is read by the agreement's readers.
  for (const agreementId of await agreementsWithFile(ctx.db, id))
    if (await isAgreementVisible(ctx.db, agreementId, scope)) return true;
  return false;
}

/**
 * A file someone attaches to a meeting or submits as evidence: an upload belongs to its uploader
 * until it is attached, and then to the readers of what it is attached to. Knowing a file's id
 * (from a shared download link) is not enough to attach it elsewhere and read it from there.
 */
export async function requireAttachableFile(ctx: Context, id: string) {
  const file = await findFileSummary(ctx.db, id);
  if (!file || !(await canReadFile(ctx, id))) throw new NotFoundError('fileNotYours', 'fileId');
  return file;
}
