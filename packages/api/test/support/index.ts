import { createTestDatabase, type TestDatabase } from '@tindak/db/testing';
import type { Language } from '@tindak/shared';
import { afterAll, beforeAll, inject } from 'vitest';
import { type Context, systemContext } from '../../src/context';
import { createCaller } from '../../src/root';

export interface TestApi {
  database: TestDatabase;
  /** A tRPC caller on a real context, as a request in `lang` would get. */
  caller(lang?: Language): ReturnType<typeof createCaller>;
  context(lang?: Language): Context;
}

/** Gives the calling test file its own database, cloned from the migrated template. */
export function useTestApi(): TestApi {
  const api = {} as TestApi;
  beforeAll(async () => {
    api.database = await createTestDatabase(inject('dbServerUrl'), inject('dbTemplate'));
    api.context = (lang = 'id') => ({ ...systemContext(api.database.db), lang });
    api.caller = (lang = 'id') => createCaller(api.context(lang));
  });
  afterAll(async () => {
    await api.database?.drop();
  });
  return api;
}
