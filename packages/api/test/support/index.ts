import { createTestDatabase, type TestDatabase } from '@tindak/db/testing';
import type { Language, Role } from '@tindak/shared';
import { afterAll, beforeAll, inject } from 'vitest';
import { type Context, type SessionUser, systemContext } from '../../src/context';
import { createCaller } from '../../src/root';
import { createAccount } from '../../src/services/account-person';

export interface TestApi {
  database: TestDatabase;
  /** A head of office with national scope: sees and may do everything but administration. */
  head: SessionUser;
  /** A tRPC caller on a real context, as a request from `user` (default: the national head) would get. */
  caller(lang?: Language, user?: SessionUser | null): ReturnType<typeof createCaller>;
  callerAs(user: SessionUser | null, lang?: Language): ReturnType<typeof createCaller>;
  context(lang?: Language, user?: SessionUser | null): Context;
}

/** Gives the calling test file its own database, cloned from the migrated template. */
export function useTestApi(): TestApi {
  const api = {} as TestApi;
  beforeAll(async () => {
    api.database = await createTestDatabase(inject('dbServerUrl'), inject('dbTemplate'));
    const office = await api.database.db
      .insertInto('organizations')
      .values({ name: 'Kantor Uji Nasional', kind: 'ministry', regionCode: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    api.head = await createUser(api, { role: 'head', organizationId: office.id });
    api.context = (lang = 'id', user = api.head) => ({
      ...systemContext(api.database.db),
      lang,
      user,
      actor: { id: user?.id ?? null },
    });
    api.caller = (lang = 'id', user = api.head) => createCaller(api.context(lang, user));
    api.callerAs = (user, lang = 'id') => createCaller(api.context(lang, user));
  });
  afterAll(async () => {
    await api.database?.drop();
  });
  return api;
}

let userCount = 0;

/** A user straight in the table (no invitation round-trip), as the session would present it. */
export async function createUser(
  api: Pick<TestApi, 'database'>,
  values: { role: Role; organizationId: string; personId?: string | null; email?: string },
): Promise<SessionUser> {
  userCount += 1;
  const email = values.email ?? `pengguna${userCount}-${values.role}@uji.demo`;
  // Through the one way accounts are made, so every test account is a person, as in the app.
  const account = await api.database.db.transaction().execute((trx) =>
    createAccount(
      trx,
      { id: null },
      {
        email,
        displayName: `Pengguna ${userCount}`,
        role: values.role,
        organizationId: values.organizationId,
        personId: values.personId ?? null,
      },
    ),
  );
  const office = await api.database.db
    .selectFrom('organizations')
    .select('regionCode')
    .where('id', '=', values.organizationId)
    .executeTakeFirstOrThrow();
  return {
    id: account.userId,
    email,
    displayName: `Pengguna ${userCount}`,
    role: values.role,
    organizationId: values.organizationId,
    personId: account.personId,
    scopeRegion: office.regionCode,
    language: 'id',
    timeZone: 'Asia/Jakarta',
    notifyMode: 'immediate',
  };
}
