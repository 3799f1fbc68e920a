import { type Language, translateMessage } from '@tindak/shared';

export interface StoredFile {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
}

export type UploadOutcome = { ok: true; file: StoredFile } | { ok: false; message: string };

/** What the API accepts (it checks the bytes too; this only saves a pointless upload). */
export const MAX_UPLOAD_MB = 10;
export const ACCEPTED_FILES = '.pdf,.docx,.xlsx,.png,.jpg,.jpeg';
const ACCEPTED_EXTENSIONS = new Set(['pdf', 'docx', 'xlsx', 'png', 'jpg', 'jpeg']);

/** A message for a file the server would refuse anyway, or null when it may be sent. */
export function precheckFile(file: File, lang: Language): string | null {
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  if (!ACCEPTED_EXTENSIONS.has(extension)) return translateMessage('fileTypeNotAllowed', lang);
  if (file.size > MAX_UPLOAD_MB * 1024 * 1024) return translateMessage(`fileTooLarge|${MAX_UPLOAD_MB}`, lang);
  if (file.size === 0) return translateMessage('required', lang);
  return null;
}

function isStoredFile(value: unknown): value is StoredFile {
  return typeof value === 'object' && value !== null && typeof (value as StoredFile).id === 'string';
}

/**
 * Sends one file to `POST /api/files` (multipart, field `file`); tRPC carries only JSON, so the
 * evidence mutation then refers to the stored file by its id. The server answers refusals with
 * `{ error: { message } }` in the language asked for.
 */
export async function uploadFile(
  file: File,
  lang: Language,
  networkMessage: string,
  url = '/api/files',
): Promise<UploadOutcome> {
  const body = new FormData();
  body.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', body, headers: { 'x-tindak-lang': lang } });
  } catch {
    return { ok: false, message: networkMessage };
  }
  const answer: unknown = await response.json().catch(() => null);
  if (response.ok && isStoredFile(answer)) return { ok: true, file: answer };
  const message = (answer as { error?: { message?: unknown } } | null)?.error?.message;
  return { ok: false, message: typeof message === 'string' && message ? message : networkMessage };
}
