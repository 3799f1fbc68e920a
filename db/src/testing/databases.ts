import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createDb, type Database } from '../client';

/** The same server, but its maintenance database: where CREATE/DROP DATABASE are issued. */
export function adminUrl(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  url.pathname = '/postgres';
  return url.href;
}

async function admin<T>(serverUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await admin(serverUrl, (c) => c.query(`drop database if exists "${name}" with (force)`));
}

export interface TestDatabase {
  db: Database;
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** A private database for one test file, cloned from the migrated template in milliseconds. */
export async function createTestDatabase(serverUrl: string, template: string): Promise<TestDatabase> {
  const name = `tindak_t_${randomBytes(6).toString('hex')}`;
  await admin(serverUrl, (c) => c.query(`create database "${name}" template "${template}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = createDb({ connectionString: url.href, max: 5 });
  return {
    db,
    url: url.href,
    name,
    async drop() {
      await db.destroy();
      await dropDatabase(serverUrl, name);
    },
  };
}
