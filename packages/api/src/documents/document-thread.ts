/**
 * A document thread: renders the API's downloads (minutes as PDF and DOCX, exports as XLSX and
 * CSV) beside its request thread, which would otherwise stop answering for as long as one took.
 * It holds no database connection: the request thread reads the data and sends it here. See
 * ./document-threads for the other side.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { JobThreadReply, JobThreadRequest } from '../jobs/job-thread';
import { type DocumentRequest, type DocumentThreadData, renderDocument, TOO_LARGE } from './render-document';

if (isMainThread || !parentPort) throw new Error('document-thread.ts runs as a worker thread');
const port = parentPort;
const { maxOutputBytes } = workerData as DocumentThreadData;

async function answer(request: JobThreadRequest<DocumentRequest>): Promise<JobThreadReply> {
  if ('stop' in request) return { id: request.id, result: 'stopped' };
  try {
    const content = await renderDocument(request.job);
    if (content.byteLength > maxOutputBytes) return { id: request.id, error: TOO_LARGE };
    return { id: request.id, result: content };
  } catch (error) {
    return { id: request.id, error: (error as Error).message ?? String(error) };
  }
}

port.on('message', async (request: JobThreadRequest<DocumentRequest>) => {
  port.postMessage(await answer(request));
});
port.postMessage({ id: 0, result: 'ready' } satisfies JobThreadReply);
