import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { withinRateLimit } from '../src/auth/rate-limit';
import { createUser, useTestApi } from './support';
import { dbSnapshots } from './support/db-snapshot';
import { sessionCookie } from './support/http';

/** The effect snapshots that the matrix and the property tests compare around refused calls. */
const api = useTestApi();
let userId: string;

beforeAll(async () => {
  const office = await api.caller().organizations.create({
    name: 'Diskominfo Kabupaten Kerinci',
    kind: 'diskominfo',
    regionCode: '15.01',
  });
  userId = (await createUser(api, { role: 'staff', organizationId: office.id })).id;
  await sessionCookie(api, userId);
});

const recordEvent = (eventType: string) =>
  api.database.db
    .insertInto('events')
    .values({ aggregateType: 'user', aggregateId: userId, eventType, actorId: userId })
    .execute();

describe('database snapshots', () => {
  it('see nothing when nothing was written, nor what a refusal may write', async () => {
    const snapshots = dbSnapshots(api.database.db);
    const before = await snapshots.take();
    expect(await snapshots.changesSince(before)).toEqual([]);
    await recordEvent('PermissionDenied');
    await recordEvent('SignInFailed');
    await withinRateLimit(api.database.db, `uji:${userId}`, 5, 60);
    await api.database.db
      .updateTable('sessions')
      .set({ lastSeenAt: sql`now() + interval '1 minute'` })
      .execute();
    expect(await snapshots.changesSince(before)).toEqual([]);
  });

  it('name the table and show the row when a row is added', async () => {
    const snapshots = dbSnapshots(api.database.db);
    const before = await snapshots.take();
    await recordEvent('ActionItemCommented');
    const changes = await snapshots.changesSince(before);
    expect(changes[0]).toMatch(/^events: \d+ → \d+ rows, written:$/);
    expect(changes[1]).toContain('"event_type":"ActionItemCommented"');
    expect(changes).toHaveLength(2);
  });

  it('see a changed value with the same row count, and a deleted row', async () => {
    const snapshots = dbSnapshots(api.database.db);
    const before = await snapshots.take();
    await api.database.db
      .updateTable('users')
      .set({ displayName: 'Nama Baru' })
      .where('id', '=', userId)
      .execute();
    const changed = await snapshots.changesSince(before);
    expect(changed[0]).toMatch(/^users: (\d+) → \1 rows, written:$/);
    expect(changed[1]).toContain('"display_name":"Nama Baru"');

    const beforeDelete = await snapshots.take();
    await api.database.db.deleteFrom('sessions').where('userId', '=', userId).execute();
    expect(await snapshots.changesSince(beforeDelete)).toEqual(['sessions: 1 → 0 rows, written:']);
  });

  it('cover a table made after the code was written (read from the catalog)', async () => {
    await sql`create table uji_baru (id int primary key, catatan json)`.execute(api.database.db);
    const snapshots = dbSnapshots(api.database.db);
    const before = await snapshots.take();
    await sql`insert into uji_baru values (1, '{"a": 1}')`.execute(api.database.db);
    expect((await snapshots.changesSince(before))[0]).toBe('uji_baru: 0 → 1 rows, written:');
  });
});
