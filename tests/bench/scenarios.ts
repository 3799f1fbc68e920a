/** One HTTP request the benchmark repeats: what a browser sends for a page or an action. */
export interface Scenario {
  name: string;
  /** What it stands for, for the report. */
  description: string;
  method: 'GET' | 'POST';
  path: string;
  /**
   * Further paths sent in turn with `path` (the same request with other words, so a search is
   * not measured on one phrase's cached pages); the baseline replays each one's SQL in turn.
   */
  rotation?: string[];
  body?: string;
  cookie: string;
  /** A write: the baseline gives each replay its own new row (see baseline-server.ts). */
  creates?: { table: string };
  /**
   * Sent to an API started with COMPLETION_CACHE=off: what a head's dashboard costs when its counts
   * are not kept (the first view after a change in the province).
   */
  uncached?: boolean;
}

const encode = (input: unknown) => encodeURIComponent(JSON.stringify(input));

/** A tRPC query as the web client sends it (GET, input in the URL, no transformer). */
export function trpcQuery(procedure: string, input: unknown): string {
  return `/trpc/${procedure}?input=${encode(input)}`;
}

/** Several tRPC queries in one request, as httpBatchLink sends a page's queries together. */
export function trpcBatch(calls: ReadonlyArray<readonly [string, unknown]>): string {
  const names = calls.map(([procedure]) => procedure).join(',');
  const inputs = Object.fromEntries(calls.map(([, input], index) => [index, input]));
  return `/trpc/${names}?batch=1&input=${encode(inputs)}`;
}

export const sessionCookie = (token: string) => `tindak_session=${token}`;
