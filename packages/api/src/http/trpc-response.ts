import type { FastifyInstance } from 'fastify';

/**
 * tRPC answers with a web `Response`, which Fastify sends as a stream: the body read chunk by chunk
 * through a web stream reader, written with chunked transfer encoding and a separate write for the
 * closing chunk. For a plain JSON answer, already one string in memory, that is per-request work and
 * an extra write for nothing (the profile in docs/benchmarks.md, "The app's own cost per request").
 * This hands Fastify the text instead, sent in one write with a Content-Length. Streams stay streams:
 * live updates (text/event-stream) and tRPC's streamed batches (application/jsonl, chunked).
 */
export function sendTrpcJsonWhole(app: FastifyInstance) {
  app.addHook('onSend', async (_request, reply, payload) => {
    if (!(payload instanceof Response) || !isWholeJson(payload)) return payload;
    reply.code(payload.status);
    for (const [name, value] of payload.headers) reply.header(name, value);
    return payload.text();
  });
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
