import { sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import { expect, inject, it } from 'vitest';
import { migrations } from '../src/migrations';
import { createTestDatabase } from '../src/testing';

const MIGRATION = '20261215T0910_every_account_a_person';

/**
 * Accounts made before every account was a person: each gets the only unlinked namesake of its
 * office, or a person of its own; then an account without a person cannot exist.
 */
it('gives every account a person: its one namesake in the office, else a new one', async () => {
  const test = await createTestDatabase(inject('dbServerUrl'), inject('dbTemplate'));
  const { db } = test;
  try {
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
    const names = Object.keys(migrations);
    expect((await migrator.migrateTo(names[names.indexOf(MIGRATION) - 1] ?? '')).error).toBeUndefined();

    const office = async (name: string) =>
      (
        await sql<{ id: string }>`insert into organizations (name, kind, region_code)
          values (${name}, 'diskominfo', '15.01') returning id`.execute(db)
      ).rows[0]?.id as string;
    const kerinci = await office('Diskominfo Kabupaten Kerinci');
    const other = await office('Diskominfo Kabupaten Kerinci Lain');
    const person = async (fullName: string, organizationId: string) =>
      (
        await sql<{ id: string }>`insert into people (full_name, organization_id)
          values (${fullName}, ${organizationId}) returning id`.execute(db)
      ).rows[0]?.id as string;
    const rina = await person("Dra. Rina Nur'aini, M.Si.", kerinci);
    const budiOne = await person('Budi Santoso', kerinci);
    const budiTwo = await person('Budi Santoso, S.Kom.', kerinci);
    const yusufElsewhere = await person('Yusuf Hakim', other);
    const siti = await person('Siti Aminah', kerinci);
    const linkedAlready = await person('Andi Pratama', kerinci);
    const user = async (email: string, displayName: string, personId: string | null = null) =>
      (
        await sql<{ id: string }>`insert into users (email, display_name, role, organization_id, person_id)
          values (${email}, ${displayName}, 'staff', ${kerinci}, ${personId}) returning id`.execute(db)
      ).rows[0]?.id as string;
    const accounts = {
      rina: await user('rina@uji', 'Rina Nuraini'), // one namesake: linked
      budi: await user('budi@uji', 'Budi Santoso'), // two namesakes: a person of its own
      yusuf: await user('yusuf@uji', 'Yusuf Hakim'), // namesake in another office: a person of its own
      sitiA: await user('siti1@uji', 'Siti Aminah'), // two accounts, one person: each its own
      sitiB: await user('siti2@uji', 'Siti Aminah'),
      andi: await user('andi@uji', 'Andi Pratama', linkedAlready), // untouched
      andiTwin: await user('andi2@uji', 'Andi Pratama'), // the namesake has an account: its own
    };

    expect((await migrator.migrateToLatest()).error).toBeUndefined();

    const rows = await sql<{ email: string; personId: string; fullName: string; office: string }>`
      select u.email, u.person_id as "personId", p.full_name as "fullName", p.organization_id as office
      from users u join people p on p.id = u.person_id order by u.email`.execute(db);
    const byEmail = new Map(rows.rows.map((r) => [r.email, r]));
    expect(byEmail.get('rina@uji')?.personId).toBe(rina);
    expect(byEmail.get('andi@uji')?.personId).toBe(linkedAlready);
    const made = ['budi@uji', 'yusuf@uji', 'siti1@uji', 'siti2@uji', 'andi2@uji'];
    for (const email of made) {
      const row = byEmail.get(email);
      expect([budiOne, budiTwo, yusufElsewhere, siti, linkedAlready, rina]).not.toContain(row?.personId);
      expect(row?.office).toBe(kerinci);
    }
    expect(byEmail.get('budi@uji')?.fullName).toBe('Budi Santoso');
    expect(new Set(rows.rows.map((r) => r.personId)).size).toBe(rows.rows.length);

    // Each link and each new person is in the person's history, as the app records them.
    const events = await sql<{ eventType: string; userId: string }>`
      select event_type as "eventType", payload->>'userId' as "userId" from events
      where aggregate_type = 'person'`.execute(db);
    const key = (e: { eventType: string; userId: string }) => `${e.eventType} ${e.userId}`;
    const madeFor = [accounts.budi, accounts.yusuf, accounts.sitiA, accounts.sitiB, accounts.andiTwin];
    expect(events.rows.map(key).sort()).toEqual(
      [
        ...madeFor.map((userId) => key({ eventType: 'PersonCreated', userId })),
        key({ eventType: 'PersonLinkedToAccount', userId: accounts.rina }),
      ].sort(),
    );

    await expect(
      sql`insert into users (email, display_name, role, organization_id) values ('x@uji', 'X', 'staff', ${kerinci})`.execute(
        db,
      ),
    ).rejects.toMatchObject({ code: '23502' });
    await expect(
      sql`insert into users (email, display_name, role, organization_id, person_id)
        values ('y@uji', 'Y', 'staff', ${kerinci}, ${rina})`.execute(db),
    ).rejects.toMatchObject({ code: '23505', constraint: 'users_person_uq' });
  } finally {
    await test.drop();
  }
});
