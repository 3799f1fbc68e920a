import { sql } from 'kysely';
import { Migrator, NO_MIGRATIONS } from 'kysely/migration';
import { expect, inject, it } from 'vitest';
import { migrations } from '../src/migrations';
import { createTestDatabase } from '../src/testing';

it('lists migrations in timestamp order with sortable names', () => {
  const names = Object.keys(migrations);
  expect(names).toEqual([...names].sort());
  for (const name of names) expect(name).toMatch(/^\d{8}T\d{4}_[a-z0-9_]+$/);
});

it('enforces the rules the API relies on, in the database itself', async () => {
  const test = await createTestDatabase(inject('dbServerUrl'), inject('dbTemplate'));
  try {
    const { db } = test;
    const org = await db
      .insertInto('organizations')
      .values({ name: 'Diskominfo Kabupaten Tebo', kind: 'diskominfo', regionCode: '15.09' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const meeting = {
      type: 'rakor' as const,
      title: 'Rakor',
      startsAt: new Date('2025-01-02T02:00:00Z'),
      endsAt: new Date('2025-01-02T01:00:00Z'),
      place: 'Muara Tebo',
      hostOrganizationId: org.id,
    };
    await expect(db.insertInto('meetings').values(meeting).execute()).rejects.toMatchObject({
      code: '23514',
    });
    await expect(
      db.insertInto('people').values({ fullName: 'A', nip: '12345678901234567' }).execute(),
    ).rejects.toMatchObject({ code: '23514' });
    await expect(
      db
        .insertInto('organizations')
        .values({ name: 'diskominfo kabupaten tebo', kind: 'diskominfo', regionCode: '15.09' })
        .execute(),
    ).rejects.toMatchObject({ code: '23505' });
    const regions = await sql<{
      n: number;
    }>`select count(*)::int as n from regions where parent_code = '15'`.execute(db);
    expect(regions.rows[0]?.n).toBe(11);
  } finally {
    await test.drop();
  }
});

it('rolls every migration back and forward again', async () => {
  const test = await createTestDatabase(inject('dbServerUrl'), inject('dbTemplate'));
  try {
    const migrator = new Migrator({ db: test.db, provider: { getMigrations: async () => migrations } });
    const down = await migrator.migrateTo(NO_MIGRATIONS);
    expect(down.error).toBeUndefined();
    const tables = await sql<{
      n: number;
    }>`select count(*)::int as n from pg_tables where schemaname = 'public'
      and tablename not like 'kysely_%'`.execute(test.db);
    expect(tables.rows[0]?.n).toBe(0);
    const up = await migrator.migrateToLatest();
    expect(up.error).toBeUndefined();
    expect(up.results?.map((r) => r.migrationName)).toEqual(Object.keys(migrations));
  } finally {
    await test.drop();
  }
});
