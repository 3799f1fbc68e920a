import type { FieldIssue, Language, SessionUserView } from '@tindak/shared';
import type { DemoAccount } from '../demo-accounts';

/**
 * The two calls the quick sign-in page makes, as plain requests in tRPC's HTTP form (what the
 * app's `httpLink` sends: GET for a query, a JSON body for a mutation, no transformer), so the
 * page needs neither the tRPC client nor TanStack Query.
 */

export interface QuickSession {
  user: SessionUserView | null;
  demoAccounts: DemoAccount[];
}

/** The server answered with a tRPC error: its message is already in the person's language. */
export class ServerRefusal extends Error {
  constructor(
    message: string,
    readonly issues: readonly FieldIssue[],
  ) {
    super(message);
  }
}

interface Answer {
  result?: { data: unknown };
  error?: { message?: string; data?: { issues?: FieldIssue[] } };
}

async function call(path: string, lang: Language, init: RequestInit = {}): Promise<unknown> {
  // A dropped connection rejects here with a TypeError, which the page reports as "cannot reach".
  const response = await fetch(`/trpc/${path}`, {
    ...init,
    headers: { 'x-tindak-lang': lang, ...init.headers },
  });
  const answer = (await response.json().catch(() => ({}))) as Answer;
  if (response.ok && answer.result) return answer.result.data;
  throw new ServerRefusal(answer.error?.message ?? response.statusText, answer.error?.data?.issues ?? []);
}

export async function fetchSession(lang: Language): Promise<QuickSession> {
  return (await call('auth.me', lang)) as QuickSession;
}

export async function signIn(input: { email: string; password: string }, lang: Language): Promise<void> {
  await call('auth.signIn', lang, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
}
