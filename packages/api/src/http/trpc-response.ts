import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { FastifyInstance } from 'fastify';

const gzipAsync = promisify(gzip);

/**
 * Answers smaller than this go as they are: a few hundred bytes gain nothing from compression. A
 * Beranda or a list page is tens of kilobytes of JSON, a fifth of that gzipped, which on a phone's
 * 1.6 Mbit/s line is a third of a second (docs/benchmarks.md, "Slow connections").
 */
const COMPRESS_FROM_BYTES = 1024;

/**
 * tRPC answers with a web `Response`, which Fastify sends as a stream: the body read chunk by chunk
 * through a web stream reader, written with chunked transfer encoding and a separate write for the
 * closing chunk. For a plain JSON answer, already one string in memory, that is per-request work and
 * an extra write for nothing (the profile in docs/benchmarks.md, "The app's own cost per request").
 * This hands Fastify the text instead, sent in one write with a Content-Length, gzipped when the
 * browser accepts it and the answer is large enough to gain from it. Streams stay streams:
 * live updates (text/event-stream) and tRPC's streamed batches (application/jsonl, chunked).
 */
export function sendTrpcJsonWhole(app: FastifyInstance) {
  app.addHook('onSend', async (request, reply, payload) => {
    if (!(payload instanceof Response) || !isWholeJson(payload)) return payload;
    reply.code(payload.status);
    for (const [name, value] of payload.headers) reply.header(name, value);
    const text = await payload.text();
    const vary = reply.getHeader('vary');
    reply.header('vary', vary ? `${String(vary)}, accept-encoding` : 'accept-encoding');
    if (text.length < COMPRESS_FROM_BYTES || !acceptsGzip(request.headers['accept-encoding'])) return text;
    // zlib's async gzip runs on libuv's thread pool: the event loop is not held by a large answer.
    reply.header('content-encoding', 'gzip');
    reply.removeHeader('content-length');
    return gzipAsync(text);
  });
}

/** Whether an Accept-Encoding header allows gzip: named (or `*`) and not with `q=0`. */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  let star = false;
  for (const part of header.toLowerCase().split(',')) {
    const [coding = '', ...params] = part.split(';').map((piece) => piece.trim());
    const q = params.find((param) => param.startsWith('q='));
    const allowed = q === undefined || Number(q.slice(2)) > 0;
    if (coding === 'gzip') return allowed;
    if (coding === '*') star = allowed;
  }
  return star;
}

function isWholeJson(response: Response): boolean {
  const type = response.headers.get('content-type');
  return (
    response.body !== null &&
    !response.bodyUsed &&
    type !== null &&
    /^application\/json(;|$)/.test(type) &&
    !response.headers.has('transfer-encoding')
  );
}
