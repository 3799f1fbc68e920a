import { appRoutes, type Language } from '@tindak/shared';

/**
 * What the app asks for before it can show its first page, asked for before the app has even
 * arrived: on a slow line its files take a second or more, and these answers come meanwhile instead
 * of two round trips after it has started. Plain `fetch` in tRPC's HTTP form (one batched GET, what
 * the app's `httpBatchLink` sends), so the sign-in page and the entry file need neither the tRPC
 * client nor TanStack Query; start-queries.ts puts the answers in the app's cache.
 */

/** tRPC paths of the queries asked for early: who is signed in, and Beranda's data. */
export type StartPath = 'auth.me' | 'dashboard.home';

export interface StartAnswer {
  /** The procedure's data; rejects when the request failed or the procedure answered an error. */
  readonly data: Promise<unknown>;
  /** Set once the data is here (and when it came): the app can then start with it at once. */
  answered?: { data: unknown; at: number };
  /** Set once it has failed: the page then asks for itself, when it needs it. */
  failed?: boolean;
}

export type StartAnswers = Partial<Record<StartPath, StartAnswer>>;

/** Who is signed in, always; Beranda's data when the app opens on Beranda. */
export function startPathsFor(path: string): StartPath[] {
  return path === appRoutes.home ? ['auth.me', 'dashboard.home'] : ['auth.me'];
}

interface BatchItem {
  result?: { data: unknown };
  error?: unknown;
}

/** Long enough for any answer on a slow line; past it, the app asks again on its own. */
const GIVE_UP_MS = 15_000;

export function requestStartQueries(
  paths: readonly StartPath[],
  lang: Language,
  { url = '/trpc', timeoutMs = GIVE_UP_MS }: { url?: string; timeoutMs?: number } = {},
): StartAnswers {
  // No input: tRPC's batch form is then `input={}` (every procedure's input left out).
  const batch = fetch(`${url}/${paths.join(',')}?batch=1&input=%7B%7D`, {
    headers: { 'x-tindak-lang': lang },
    // Older phones' browsers (before Chrome 103, Safari 16) have no timeout signal: they just wait.
    signal: typeof AbortSignal.timeout === 'function' ? AbortSignal.timeout(timeoutMs) : undefined,
  }).then(async (response) => {
    // A batch with an error in it answers 207: each item says for itself.
    const items: unknown = await response.json();
    if (!Array.isArray(items)) throw new Error(`unexpected answer ${response.status}`);
    return items as BatchItem[];
  });
  const answers: StartAnswers = {};
  paths.forEach((path, index) => {
    const answer: StartAnswer = {
      data: batch.then((items) => {
        const item = items[index];
        if (!item?.result || item.error !== undefined) throw new Error(`${path} not answered`);
        answer.answered = { data: item.result.data, at: Date.now() };
        return item.result.data;
      }),
    };
    // Whoever uses an answer handles its failure; an unused one must not count as unhandled.
    answer.data.catch(() => {
      answer.failed = true;
    });
    answers[path] = answer;
  });
  return answers;
}
