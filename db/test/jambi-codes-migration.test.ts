import { sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import { expect, inject, it } from 'vitest';
import { migrations } from '../src/migrations';
import { createTestDatabase } from '../src/testing';

/**
 * An installation that loaded our first region list (15.06-15.09 swapped against Kemendagri):
 * its offices keep the regency they were made for, now under the right code.
 */
it.each([
  ['the old, swapped names', true],
  ['correct names (another region file)', false],
])('moves records to the Kemendagri code only on a database with %s', async (_, oldList) => {
  const test = await createTestDatabase(inject('dbServerUrl'), inject('dbTemplate'));
  try {
    const migrator = new Migrator({ db: test.db, provider: { getMigrations: async () => migrations } });
    const names = Object.keys(migrations);
    const before = names[names.indexOf('20261215T0900_setup_and_jambi_codes') - 1] ?? '';
    expect((await migrator.migrateTo(before)).error).toBeUndefined();
    if (oldList) {
      for (const [code, name] of [
        ['15.06', 'Kabupaten Tanjung Jabung Timur'],
        ['15.07', 'Kabupaten Tanjung Jabung Barat'],
        ['15.08', 'Kabupaten Tebo'],
        ['15.09', 'Kabupaten Bungo'],
      ]) {
        await sql`update regions set name = ${name} where code = ${code}`.execute(test.db);
      }
    }
    for (const [name, code] of [
      ['Diskominfo Kabupaten Tebo', '15.08'],
      ['Diskominfo Kabupaten Tanjung Jabung Timur', '15.06'],
      ['Diskominfo Kabupaten Kerinci', '15.01'],
    ]) {
      await sql`insert into organizations (name, kind, region_code) values (${name}, 'diskominfo', ${code})`.execute(
        test.db,
      );
    }
    expect((await migrator.migrateToLatest()).error).toBeUndefined();
    const offices = await sql<{ name: string; region: string; code: string }>`
      select o.name, r.name as region, r.code from organizations o join regions r on r.code = o.region_code
      order by o.name`.execute(test.db);
    expect(offices.rows).toEqual(
      oldList
        ? [
            { name: 'Diskominfo Kabupaten Kerinci', region: 'Kabupaten Kerinci', code: '15.01' },
            {
              name: 'Diskominfo Kabupaten Tanjung Jabung Timur',
              region: 'Kabupaten Tanjung Jabung Timur',
              code: '15.07',
            },
            { name: 'Diskominfo Kabupaten Tebo', region: 'Kabupaten Tebo', code: '15.09' },
          ]
        : [
            { name: 'Diskominfo Kabupaten Kerinci', region: 'Kabupaten Kerinci', code: '15.01' },
            {
              name: 'Diskominfo Kabupaten Tanjung Jabung Timur',
              region: 'Kabupaten Tanjung Jabung Barat',
              code: '15.06',
            },
            { name: 'Diskominfo Kabupaten Tebo', region: 'Kabupaten Bungo', code: '15.08' },
          ],
    );
  } finally {
    await test.drop();
  }
});
