import { type Role, roles } from '@tindak/shared';
import type { SessionUser } from '../../src/context';
import { sessionCookie } from './http';
import { createUser, type TestApi } from './index';

/** Who sends a request: a user of each role, or nobody. */
export type Caller = Role | 'anonymous';
export const callers: readonly Caller[] = [...roles, 'anonymous'];

export interface RoleSessions {
  users: Record<Role, SessionUser>;
  /** The Cookie header to send as `caller` (none for anonymous). */
  cookieOf(caller: Caller): string | undefined;
  /**
   * After a response that set or cleared the session cookie (signing out, or in), starts a new
   * session for `caller`, so the next request is still theirs.
   */
  keepSignedIn(caller: Caller, response: { headers: Record<string, unknown> }): Promise<void>;
}

/** A user of every role in `organizationId`, each with a live session. */
export async function sessionsForEveryRole(api: TestApi, organizationId: string): Promise<RoleSessions> {
  const users = {} as Record<Role, SessionUser>;
  const cookies = {} as Record<Role, string>;
  for (const role of roles) {
    users[role] = await createUser(api, { role, organizationId });
    cookies[role] = await sessionCookie(api, users[role].id);
  }
  return {
    users,
    cookieOf: (caller) => (caller === 'anonymous' ? undefined : cookies[caller]),
    async keepSignedIn(caller, response) {
      if (caller === 'anonymous' || !response.headers['set-cookie']) return;
      cookies[caller] = await sessionCookie(api, users[caller].id);
    },
  };
}
