import type { Role } from '@tindak/shared';
import type { FastifyInstance } from 'fastify';
import { hashPassword } from '../../src/auth/password';
import { startSession } from '../../src/auth/session.service';
import { defaultAuthSettings } from '../../src/context';
import { createUser, type TestApi } from './index';

export const TEST_PASSWORD = 'kata-sandi-uji-123';

/** Creates a user with a password and signs in over HTTP; returns the Cookie header to send. */
export async function signInOverHttp(
  app: FastifyInstance,
  api: TestApi,
  role: Role = 'head',
  organizationId?: string,
): Promise<{ cookie: string; userId: string; email: string }> {
  const orgId =
    organizationId ??
    (
      await api.database.db
        .selectFrom('organizations')
        .select('id')
        .where('name', '=', 'Kantor Uji Nasional')
        .executeTakeFirstOrThrow()
    ).id;
  const user = await createUser(api, { role, organizationId: orgId });
  await api.database.db
    .updateTable('users')
    .set({ passwordHash: await hashPassword(TEST_PASSWORD) })
    .where('id', '=', user.id)
    .execute();
  const response = await app.inject({
    method: 'POST',
    url: '/trpc/auth.signIn',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: user.email, password: TEST_PASSWORD }),
  });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.body}`);
  const setCookie = response.headers['set-cookie'];
  const first = Array.isArray(setCookie) ? setCookie[0] : setCookie;
  return { cookie: String(first).split(';')[0] ?? '', userId: user.id, email: user.email };
}

/** A session for `userId` written straight in the table (no sign-in, so no rate limit): its Cookie header. */
export async function sessionCookie(api: TestApi, userId: string): Promise<string> {
  const token = await startSession(api.database.db, userId, null, defaultAuthSettings.session);
  return `tindak_session=${token}`;
}
