import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getProvinces, getRegencies } from 'idn-area-data';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDb, type Database } from '../src/client';
import { nationalRegions, provinceName, regencyKind } from '../src/reference/national-regions';
import {
  NATIONAL_REGIONS_FILE,
  readConfiguredRegions,
  readRegionsFile,
  upsertRegions,
} from '../src/reference/regions';
import { createTestDatabase, type TestDatabase } from '../src/testing';

describe('the national region list', () => {
  let test: TestDatabase;
  let db: Database;
  beforeAll(async () => {
    test = await createTestDatabase(inject('dbServerUrl'), inject('dbTemplate'));
    db = createDb({ connectionString: test.url, max: 1 });
  });
  afterAll(async () => {
    await db.destroy();
    await test.drop();
  });

  it('loads exactly 38 provinces and 514 regencies and cities', async () => {
    const counts = await db
      .selectFrom('regions')
      .select(['kind', (eb) => eb.fn.countAll<string>().as('n')])
      .groupBy('kind')
      .orderBy('kind')
      .execute();
    expect(counts.map((c) => [c.kind, Number(c.n)])).toEqual([
      ['city', 98],
      ['province', 38],
      ['regency', 416],
    ]);
  });

  it("names Jambi's regencies by their Kemendagri codes", async () => {
    const jambi = await db
      .selectFrom('regions')
      .select(['code', 'name'])
      .where('parentCode', '=', '15')
      .orderBy('code')
      .execute();
    expect(jambi.slice(5, 9)).toEqual([
      { code: '15.06', name: 'Kabupaten Tanjung Jabung Barat' },
      { code: '15.07', name: 'Kabupaten Tanjung Jabung Timur' },
      { code: '15.08', name: 'Kabupaten Bungo' },
      { code: '15.09', name: 'Kabupaten Tebo' },
    ]);
  });

  it('REGIONS_FILE adds regions and overrides a national row by code', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'regions-')), 'extra.csv');
    writeFileSync(
      file,
      'code,name,kind,parent_code\n15.01,Kabupaten Kerinci (uji),regency,15\n15.01.01,Kecamatan Gunung Raya,regency,15.01\n',
    );
    const rows = readConfiguredRegions(file);
    expect(rows).toHaveLength(553);
    await upsertRegions(db, rows);
    const named = await db
      .selectFrom('regions')
      .select(['code', 'name'])
      .where('code', 'in', ['15.01', '15.01.01'])
      .orderBy('code')
      .execute();
    expect(named).toEqual([
      { code: '15.01', name: 'Kabupaten Kerinci (uji)' },
      { code: '15.01.01', name: 'Kecamatan Gunung Raya' },
    ]);
  });
});

describe('regions.csv as generated from idn-area-data', () => {
  it('is what regions:generate writes from the installed package (regenerate after an upgrade)', async () => {
    const generated = nationalRegions(await getProvinces(), await getRegencies());
    const byCode = (rows: { code: string }[]) => [...rows].sort((a, b) => (a.code < b.code ? -1 : 1));
    expect(byCode(readRegionsFile(NATIONAL_REGIONS_FILE))).toEqual(byCode(generated));
  });

  it('names provinces as the app shows them and reads a regency kind from its name', () => {
    expect(provinceName('Jambi')).toBe('Provinsi Jambi');
    expect(provinceName('Daerah Istimewa Yogyakarta')).toBe('Daerah Istimewa Yogyakarta');
    expect(regencyKind('Kota Jambi')).toBe('city');
    expect(regencyKind('Kota Administrasi Jakarta Pusat')).toBe('city');
    expect(regencyKind('Kabupaten Kotawaringin Barat')).toBe('regency');
  });

  it('refuses a regency whose province is not in the list', () => {
    expect(() =>
      nationalRegions(
        [{ code: '15', name: 'Jambi' }],
        [{ code: '16.07', name: 'Kabupaten Banyuasin', province_code: '16' }],
      ),
    ).toThrow(/unknown province 16/);
  });
});
