import type { Language } from '@tindak/shared';
import type { ApiClient } from '../api/client';
import { asApiError, errorCode, errorMessage, isServerAnswer } from '../api/errors';
import { UploadError, uploadFile } from '../files/upload-file';
import type { PendingSender, SendFailure } from './pending-queue';
import type { PendingChange, PendingFile } from './pending-store';

interface SenderOptions {
  client: ApiClient;
  lang: () => Language;
  networkMessage: () => string;
}

/**
 * Photos first (each remembered as soon as it is stored, so a retry uploads only the rest: at worst
 * an upload whose answer was lost leaves an unused file), then the change with the file ids.
 */
async function uploadPhotos(
  files: PendingFile[],
  uploaded: (files: PendingFile[]) => Promise<void>,
  options: SenderOptions,
): Promise<string[]> {
  let done = files;
  for (const [index, file] of files.entries()) {
    if (file.fileId) continue;
    const stored = await uploadFile(new File([file.blob], file.name, { type: file.blob.type }), {
      lang: options.lang(),
      onProgress: () => {},
      networkMessage: options.networkMessage(),
    });
    done = done.map((f, i) => (i === index ? { ...f, fileId: stored.id } : f));
    await uploaded(done);
  }
  return done.map((f) => f.fileId).filter((id): id is string => id !== null);
}

export function pendingSender(options: SenderOptions): PendingSender {
  const { client } = options;
  return {
    async send(change: PendingChange, uploaded) {
      const input = change.input as never;
      switch (change.procedure) {
        case 'actionItems.reportProgress':
          return (await client.actionItems.reportProgress.mutate(input)).version;
        case 'actionItems.comment':
          await client.actionItems.comment.mutate(input);
          return null;
        case 'actionItems.submitEvidence': {
          const photoIds = await uploadPhotos(change.files, uploaded, options);
          const given = change.input as { fileIds?: string[] };
          const fileIds = [...(given.fileIds ?? []), ...photoIds];
          const sent = { ...change.input, ...(fileIds.length ? { fileIds } : {}) };
          return (await client.actionItems.submitEvidence.mutate(sent as never)).version;
        }
        case 'meetings.recordAttendance':
          return (await client.meetings.recordAttendance.mutate(input)).version;
      }
    },
    classify(error: unknown): SendFailure {
      if (error instanceof UploadError) {
        return error.network ? { kind: 'network' } : { kind: 'failed', message: error.message };
      }
      if (!isServerAnswer(error)) return { kind: 'network' };
      // The server was down or the session ended: nothing wrong with the change, it waits.
      const status = asApiError(error)?.data?.httpStatus ?? 0;
      if (status >= 500 || errorCode(error) === 'UNAUTHORIZED') return { kind: 'network' };
      const message = errorMessage(error, options.networkMessage());
      return errorCode(error) === 'CONFLICT' ? { kind: 'conflict', message } : { kind: 'failed', message };
    },
  };
}
