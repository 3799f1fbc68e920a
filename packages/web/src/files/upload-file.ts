import type { Language } from '@tindak/shared';
import { translateMessage } from '@tindak/shared';

export interface UploadedFile {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
}

/** The server's limit; checked here too so a person with a slow line does not wait to be refused. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
const allowedExtensions = ['pdf', 'docx', 'xlsx', 'png', 'jpg', 'jpeg'];
/** For the file picker: what it offers first. The server still judges a file by its content. */
export const ACCEPTED_FILES = '.pdf,.docx,.xlsx,.png,.jpg,.jpeg';

export class UploadError extends Error {
  /** True when the server never answered (no connection): the upload can be tried again later. */
  constructor(
    message: string,
    readonly network = false,
  ) {
    super(message);
  }
}

/** A reason to refuse a file before sending it, or null. */
export function checkFile(file: File, lang: Language): string | null {
  if (file.size > MAX_UPLOAD_BYTES)
    return translateMessage(`fileTooLarge|${MAX_UPLOAD_BYTES / 1024 / 1024}`, lang);
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  if (!allowedExtensions.includes(extension)) return translateMessage('fileTypeNotAllowed', lang);
  return null;
}

interface UploadOptions {
  lang: Language;
  /** 0-100 as the bytes leave the browser. */
  onProgress: (percent: number) => void;
  networkMessage: string;
  url?: string;
}

/**
 * POST /api/files as multipart. XMLHttpRequest rather than fetch: only it reports upload progress,
 * which matters for a 10 MB scan on a regency office's connection.
 */
export function uploadFile(
  file: File,
  { lang, onProgress, networkMessage, url = '/api/files' }: UploadOptions,
) {
  return new Promise<UploadedFile>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    request.setRequestHeader('x-tindak-lang', lang);
    request.responseType = 'json';
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    });
    request.addEventListener('load', () => {
      const body = request.response as { id?: string; error?: { message?: string } } | null;
      if (request.status >= 200 && request.status < 300 && body?.id) {
        resolve(body as UploadedFile);
      } else {
        reject(new UploadError(body?.error?.message ?? networkMessage));
      }
    });
    request.addEventListener('error', () => reject(new UploadError(networkMessage, true)));
    request.addEventListener('abort', () => reject(new UploadError(networkMessage, true)));
    const data = new FormData();
    data.append('file', file);
    request.send(data);
  });
}

/** "1,2 MB" / "1.2 MB", "340 KB". */
export function formatFileSize(bytes: number, lang: Language): string {
  const locale = lang === 'id' ? 'id-ID' : 'en-GB';
  if (bytes < 1024 * 1024) {
    return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(Math.max(1, bytes / 1024))} KB`;
  }
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024)} MB`;
}

const typeNames: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/png': 'PNG',
  'image/jpeg': 'JPG',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
};

export function fileTypeName(contentType: string): string {
  return typeNames[contentType] ?? contentType;
}
