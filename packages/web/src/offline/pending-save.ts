import { isServerAnswer } from '../api/errors';
import { newUuid } from '../lib/uuid';
import { usePendingContext } from './pending-context';
import type { PendingFile, PendingProcedure } from './pending-store';

export interface SaveOrQueueRequest<Input extends Record<string, unknown>, Saved> {
  procedure: PendingProcedure;
  recordId: string;
  /** The procedure's input without a key; the version in it is the one the person saw. */
  input: Input;
  label: string;
  /** Photos not yet uploaded (evidence): kept on the device with the change. */
  files?: PendingFile[];
  /** True when the form already knows the connection is gone (an upload failed for want of it). */
  offline?: boolean;
  send: (input: Input & { idempotencyKey: string }) => Promise<Saved>;
}

export type SaveOrQueueResult<Saved> = { queued: false; saved: Saved } | { queued: true };

/**
 * Sends a field change now, or keeps it on the device when there is no connection: offline, or the
 * request failed without an answer from the server (a refusal is the form's to show, never queued).
 * The key is made here, when the person pressed Save, and goes with the first send and every resend,
 * so a send that reached the server before the line dropped is not applied twice.
 */
export function useSaveOrQueue() {
  const context = usePendingContext();
  return async <Input extends Record<string, unknown>, Saved>(
    request: SaveOrQueueRequest<Input, Saved>,
  ): Promise<SaveOrQueueResult<Saved>> => {
    const input = { ...request.input, idempotencyKey: newUuid() };
    const queue = async (): Promise<SaveOrQueueResult<Saved>> => {
      await context?.queue.add({
        id: input.idempotencyKey,
        userId: context.userId,
        procedure: request.procedure,
        recordId: request.recordId,
        input,
        label: request.label,
        files: request.files ?? [],
        createdAt: new Date().toISOString(),
        state: 'waiting',
        message: null,
      });
      return { queued: true };
    };
    if (context && (request.offline || !navigator.onLine)) return queue();
    try {
      return { queued: false, saved: await request.send(input) };
    } catch (error) {
      if (context && !isServerAnswer(error)) return queue();
      throw error;
    }
  };
}
