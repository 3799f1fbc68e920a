import type { FieldIssue } from '@tindak/shared';
import { HttpResponse, http } from 'msw';

/** The tests' client talks to an absolute URL with plain `httpLink` (one procedure per request). */
export const API_URL = 'http://localhost/trpc';

interface Call {
  input: unknown;
  language: string | null;
}

/** Answers `GET /trpc/<path>?input=...` the way the tRPC fetch adapter does, recording each call. */
export function query<T>(path: string, answer: (input: unknown, callIndex: number) => T) {
  const calls: Call[] = [];
  const handler = http.get(`${API_URL}/${path}`, ({ request }) => {
    const raw = new URL(request.url).searchParams.get('input');
    const input: unknown = raw ? JSON.parse(raw) : undefined;
    calls.push({ input, language: request.headers.get('x-tindak-lang') });
    return HttpResponse.json({ result: { data: answer(input, calls.length - 1) } });
  });
  return { handler, calls };
}

/** The input of the n-th recorded call, failing the test clearly when there was no such call. */
export function inputOf(calls: readonly Call[], index: number): Record<string, unknown> {
  const call = calls[index];
  if (!call) throw new Error(`expected a call #${index + 1}, got ${calls.length}`);
  return call.input as Record<string, unknown>;
}

export type MutationAnswer = { data: unknown } | { error: TrpcErrorBody };

/** Answers `POST /trpc/<path>` with data or a tRPC error, recording each input. */
export function mutation(path: string, answer: (input: unknown, callIndex: number) => MutationAnswer) {
  const calls: Call[] = [];
  const handler = http.post(`${API_URL}/${path}`, async ({ request }) => {
    const text = await request.text();
    const input: unknown = text ? JSON.parse(text) : undefined;
    calls.push({ input, language: request.headers.get('x-tindak-lang') });
    const result = answer(input, calls.length - 1);
    if ('data' in result) return HttpResponse.json({ result: { data: result.data } });
    return HttpResponse.json({ error: result.error }, { status: result.error.data.httpStatus });
  });
  return { handler, calls };
}

export interface TrpcErrorBody {
  message: string;
  code: number;
  data: { code: string; httpStatus: number; path: string; issues?: FieldIssue[]; current?: unknown };
}

const httpStatuses = { BAD_REQUEST: 400, UNAUTHORIZED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409 };
const jsonRpcCodes: Record<string, number> = {
  BAD_REQUEST: -32600,
  UNAUTHORIZED: -32001,
  FORBIDDEN: -32003,
  NOT_FOUND: -32004,
  CONFLICT: -32009,
};

/** The error shape the API's error formatter produces (see packages/api/src/trpc.ts). */
export function trpcError(
  code: keyof typeof httpStatuses,
  path: string,
  message: string,
  extra: { issues?: FieldIssue[]; current?: unknown } = {},
): { error: TrpcErrorBody } {
  const httpStatus = httpStatuses[code];
  return {
    error: { message, code: jsonRpcCodes[code] ?? -32600, data: { code, httpStatus, path, ...extra } },
  };
}
