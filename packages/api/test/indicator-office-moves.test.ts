import { messageRef, translateMessage } from '@tindak/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApi } from './support';
import { firstVersions } from './support/directory';
import { type IndicatorWorld, makeIndicatorWorld, spbeInput } from './support/indicators';
import { refusedWithoutEffect } from './support/refusal-check';

/**
 * An indicator's region is its keeping office's, and names are unique per region whatever their
 * case. An office moved, or merged into one, where its indicator's name is already taken is
 * refused with the name (BAD_REQUEST, nothing written) instead of failing on the unique index.
 */
const api = useTestApi();
let world: IndicatorWorld;

const secretariat = () => api.callerAs(world.users.provinceSecretariat);
const refused = (call: () => Promise<unknown>) => refusedWithoutEffect(api.database.db, call, 'BAD_REQUEST');

async function office(name: string, regionCode: string) {
  return api.caller().organizations.create({ name, kind: 'agency', regionCode });
}

async function indicator(name: string, officeId: string) {
  return secretariat().indicators.define(spbeInput(officeId, { name }));
}

async function regionOf(indicatorId: string) {
  const row = await api.database.db
    .selectFrom('indicators')
    .select(['regionCode', 'responsibleOrganizationId'])
    .where('id', '=', indicatorId)
    .executeTakeFirstOrThrow();
  return row;
}

beforeAll(async () => {
  world = await makeIndicatorWorld(api);
});

describe('moving an office to another region', () => {
  it('is refused, naming the indicator, when the region already has one of that name', async () => {
    const uptd = await office('UPTD Statistik Kerinci', '15.01');
    const moving = await indicator('Desa Terhubung Internet', uptd.id);
    await indicator('desa terhubung internet', world.offices.tebo);
    const move = () =>
      secretariat().organizations.update({
        id: uptd.id,
        version: 1,
        name: uptd.name,
        kind: 'agency',
        regionCode: '15.09',
      });

    await refused(move);
    await expect(move()).rejects.toMatchObject({
      message: 'indicatorNameTakenInRegion',
      cause: { field: 'regionCode', param: 'desa terhubung internet' },
    });
    expect(await regionOf(moving.id)).toMatchObject({ regionCode: '15.01' });

    // Renamed, the office moves and takes its indicator along.
    await secretariat().indicators.update({
      ...spbeInput(uptd.id, { name: 'Desa Terhubung Internet (UPTD)' }),
      id: moving.id,
      version: moving.version,
      active: true,
    });
    await move();
    expect(await regionOf(moving.id)).toMatchObject({ regionCode: '15.09' });
  });

  it('says so in the caller’s language', () => {
    const ref = messageRef('indicatorNameTakenInRegion', 'Indeks SPBE');
    expect(translateMessage(ref, 'id')).toBe(
      'Wilayah tujuan sudah punya indikator bernama "Indeks SPBE"; ubah nama salah satunya dulu.',
    );
    expect(translateMessage(ref, 'en')).toContain('named "Indeks SPBE"; rename one of them first');
  });
});

describe('merging an office into one of another region', () => {
  it('is refused when a duplicate’s indicator is named like one in the kept office’s region', async () => {
    const keep = await office('Bappeda Kabupaten Kerinci', '15.01');
    const duplicate = await office('Bappeda Kerinci (salah wilayah)', '15.09');
    await indicator('Aplikasi di Pusat Data Kerinci', keep.id);
    const stray = await indicator('APLIKASI DI PUSAT DATA KERINCI', duplicate.id);
    const merge = () => secretariat().organizations.merge(firstVersions(keep.id, duplicate.id));

    await refused(merge);
    await expect(merge()).rejects.toMatchObject({
      message: 'indicatorNameTakenInRegion',
      cause: { field: 'keepId', param: 'Aplikasi di Pusat Data Kerinci' },
    });
    expect(await regionOf(stray.id)).toEqual({
      regionCode: '15.09',
      responsibleOrganizationId: duplicate.id,
    });
  });

  it('takes the duplicate’s indicators to the kept office’s region when their names are free', async () => {
    const keep = await office('Dinas Pendidikan Kerinci', '15.01');
    const duplicate = await office('Dinas Pendidikan Kerinci (lama)', '15.09');
    const moved = await indicator('Guru Terlatih TIK', duplicate.id);
    await secretariat().organizations.merge(firstVersions(keep.id, duplicate.id));
    expect(await regionOf(moved.id)).toEqual({ regionCode: '15.01', responsibleOrganizationId: keep.id });
  });
});
