import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApi } from './support';
import {
  expectRefusal,
  type IndicatorWorld,
  indicatorEvents,
  makeIndicatorWorld,
  spbeBands,
  spbeInput,
} from './support/indicators';
import { refusedWithoutEffect } from './support/refusal-check';

/**
 * Indicator definitions (issue 18): who may define and edit them (the secretariat and heads over
 * the keeping office), the version check, the idempotency key, a name unique per region, the period
 * kind fixed once values exist, and the events each change records.
 */
const api = useTestApi();
let world: IndicatorWorld;

const as = (user: keyof IndicatorWorld['users']) => api.callerAs(world.users[user]);
const refused = (call: () => Promise<unknown>, code: string) =>
  refusedWithoutEffect(api.database.db, call, code);

beforeAll(async () => {
  world = await makeIndicatorWorld(api);
});

describe('defining an indicator', () => {
  it('is kept by an office, takes its region, and records IndicatorDefined', async () => {
    const spbe = await as('provinceSecretariat').indicators.define(spbeInput(world.offices.province));
    expect(spbe).toMatchObject({
      name: 'Indeks SPBE',
      bands: spbeBands,
      scaleMin: 0,
      scaleMax: 5,
      responsibleOffice: { id: world.offices.province, name: 'Diskominfo Provinsi Jambi', regionCode: '15' },
      active: true,
      version: 1,
    });
    const events = await indicatorEvents(api.database.db, spbe.id);
    expect(events.map((e) => e.eventType)).toEqual(['IndicatorDefined']);
    expect(events[0]?.payload).toMatchObject({ name: 'Indeks SPBE', periodKind: 'year', bands: spbeBands });
    expect(events[0]?.actorId).toBe(world.users.provinceSecretariat.id);
  });

  it('makes one indicator for a retried request', async () => {
    const key = randomUUID();
    const input = {
      ...spbeInput(world.offices.kerinci, { name: 'Aplikasi di Pusat Data' }),
      idempotencyKey: key,
    };
    const first = await as('kerinciHead').indicators.define(input);
    const again = await as('kerinciHead').indicators.define(input);
    expect(again.id).toBe(first.id);
    expect(await indicatorEvents(api.database.db, first.id)).toHaveLength(1);
  });

  it('refuses a second indicator of the same name in a region, whatever its case', async () => {
    await as('kerinciHead').indicators.define(spbeInput(world.offices.kerinci, { name: 'Desa Blank Spot' }));
    await expectRefusal(
      as('kerinciHead').indicators.define(spbeInput(world.offices.kerinci, { name: 'desa blank spot' })),
      'BAD_REQUEST',
      'indicatorNameTaken',
      'name',
    );
    // Another region may keep one of that name.
    await as('teboHead').indicators.define(spbeInput(world.offices.tebo, { name: 'Desa Blank Spot' }));
  });

  it('is refused, writing nothing, to those who do not keep the office', async () => {
    const input = spbeInput(world.offices.province, { name: 'Indikator Provinsi' });
    await refused(() => as('kerinciHead').indicators.define(input), 'FORBIDDEN');
    await refused(() => as('provinceStaff').indicators.define(input), 'FORBIDDEN');
    await refused(() => as('kerinciViewer').indicators.define(input), 'FORBIDDEN');
    await expectRefusal(
      as('kerinciHead').indicators.define(input),
      'FORBIDDEN',
      'notIndicatorKeeper',
      'responsibleOrganizationId',
    );
  });

  it('needs an active office', async () => {
    const office = await api
      .caller()
      .organizations.create({ name: 'Kantor Lama', kind: 'diskominfo', regionCode: '15' });
    await api.caller().organizations.setActive({ id: office.id, version: 1, active: false });
    await refused(
      () => as('provinceHead').indicators.define(spbeInput(office.id, { name: 'Lama' })),
      'NOT_FOUND',
    );
    await refused(() => as('provinceHead').indicators.define(spbeInput(randomUUID())), 'NOT_FOUND');
  });

  it('refuses bands out of order and a scale upside down, by field', async () => {
    await expect(
      as('provinceHead').indicators.define(
        spbeInput(world.offices.province, { name: 'Terbalik', scaleMin: 5, scaleMax: 1 }),
      ),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(
      as('provinceHead').indicators.define(
        spbeInput(world.offices.province, { name: 'Tumpang', bands: [...spbeBands].reverse() }),
      ),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});

describe('the keeping office', () => {
  it('carries its indicators along when it moves to another region', async () => {
    const office = await as('provinceHead').organizations.create({
      name: 'Dinas Kominfo Pindahan',
      kind: 'diskominfo',
      regionCode: '15.01',
    });
    const made = await as('provinceHead').indicators.define(
      spbeInput(office.id, { name: 'Indeks Pindahan' }),
    );
    await as('provinceHead').organizations.update({
      id: office.id,
      version: 1,
      name: office.name,
      kind: 'diskominfo',
      regionCode: '15.09',
    });
    const moved = await as('teboHead').indicators.get({ id: made.id });
    expect(moved.indicator.responsibleOffice.regionCode).toBe('15.09');
    await expectRefusal(as('kerinciHead').indicators.get({ id: made.id }), 'NOT_FOUND', 'indicatorNotFound');
  });
});

describe('seeing indicators', () => {
  it("shows a regency its province's indicators and its own, never another regency's", async () => {
    const province = await as('provinceHead').indicators.define(
      spbeInput(world.offices.province, { name: 'Indeks Literasi Digital' }),
    );
    const kerinci = await as('kerinciHead').indicators.define(
      spbeInput(world.offices.kerinci, { name: 'Indeks Literasi Kerinci' }),
    );
    await expect(as('teboHead').indicators.get({ id: province.id })).resolves.toMatchObject({
      indicator: { id: province.id },
    });
    await expectRefusal(
      as('teboHead').indicators.get({ id: kerinci.id }),
      'NOT_FOUND',
      'indicatorNotFound',
      'id',
    );
    await expectRefusal(
      as('teboHead').indicators.get({ id: randomUUID() }),
      'NOT_FOUND',
      'indicatorNotFound',
      'id',
    );
    const seenByTebo = await as('teboHead').indicators.list({ q: 'LITERASI' });
    expect(seenByTebo.items.map((i) => i.id)).toEqual([province.id]);
    const seenByProvince = await as('provinceHead').indicators.list({ q: 'literasi' });
    expect(seenByProvince.items.map((i) => i.id).sort()).toEqual([province.id, kerinci.id].sort());
  });

  it('leaves retired indicators out of the list unless asked', async () => {
    const old = await as('provinceHead').indicators.define(
      spbeInput(world.offices.province, { name: 'Indeks Lama Pensiun' }),
    );
    await as('provinceHead').indicators.update({
      ...spbeInput(world.offices.province, { name: 'Indeks Lama Pensiun' }),
      id: old.id,
      version: 1,
      active: false,
    });
    expect((await as('provinceHead').indicators.list({ q: 'pensiun' })).items).toEqual([]);
    const all = await as('provinceHead').indicators.list({ q: 'pensiun', includeInactive: true });
    expect(all.items.map((i) => [i.id, i.active])).toEqual([[old.id, false]]);
  });
});

describe('editing an indicator', () => {
  it('writes the changed fields, at the version seen, and names only them in IndicatorUpdated', async () => {
    const input = spbeInput(world.offices.province, { name: 'Indeks Ubah' });
    const made = await as('provinceHead').indicators.define(input);
    const edited = await as('provinceSecretariat').indicators.update({
      ...input,
      id: made.id,
      version: 1,
      description: 'Skor evaluasi SPBE',
      scaleMax: 5.5,
      active: true,
    });
    expect(edited).toMatchObject({ version: 2, description: 'Skor evaluasi SPBE', scaleMax: 5.5 });
    const events = await indicatorEvents(api.database.db, made.id);
    expect(events.map((e) => e.eventType)).toEqual(['IndicatorDefined', 'IndicatorUpdated']);
    expect(events[1]?.payload).toEqual({
      version: 2,
      changes: { description: { from: null, to: 'Skor evaluasi SPBE' }, scaleMax: { from: 5, to: 5.5 } },
    });

    // The same form sent again from the old version: CONFLICT with what is there now.
    await expect(
      as('provinceHead').indicators.update({ ...input, id: made.id, version: 1, active: true }),
    ).rejects.toMatchObject({ code: 'CONFLICT', cause: { current: { version: 2, scaleMax: 5.5 } } });
    // Nothing changed: no new version, no event.
    await as('provinceHead').indicators.update({
      ...edited,
      id: made.id,
      version: 2,
      responsibleOrganizationId: world.offices.province,
    });
    expect(await indicatorEvents(api.database.db, made.id)).toHaveLength(2);
  });

  it('is refused, writing nothing, to a regency head on the province indicator', async () => {
    const input = spbeInput(world.offices.province, { name: 'Indeks Milik Provinsi' });
    const made = await as('provinceHead').indicators.define(input);
    await refused(
      () =>
        as('kerinciHead').indicators.update({
          ...input,
          id: made.id,
          version: 1,
          name: 'Diambil',
          active: true,
        }),
      'FORBIDDEN',
    );
    // A province head may hand it to Kerinci; Kerinci's head may not hand it back.
    const moved = await as('provinceHead').indicators.update({
      ...input,
      id: made.id,
      version: 1,
      responsibleOrganizationId: world.offices.kerinci,
      active: true,
    });
    expect(moved.responsibleOffice).toMatchObject({ id: world.offices.kerinci, regionCode: '15.01' });
    await refused(
      () =>
        as('kerinciHead').indicators.update({
          ...input,
          id: made.id,
          version: 2,
          responsibleOrganizationId: world.offices.province,
          active: true,
        }),
      'FORBIDDEN',
    );
    // Tebo no longer sees it at all.
    await refused(
      () => as('teboHead').indicators.update({ ...input, id: made.id, version: 2, active: true }),
      'NOT_FOUND',
    );
  });

  it('keeps the period kind once values exist, but lets the bands change', async () => {
    const input = spbeInput(world.offices.province, { name: 'Indeks Periode' });
    const made = await as('provinceHead').indicators.define(input);
    const quarterly = await as('provinceHead').indicators.update({
      ...input,
      id: made.id,
      version: 1,
      periodKind: 'quarter',
      active: true,
    });
    expect(quarterly.periodKind).toBe('quarter');
    await as('provinceHead').indicators.recordValue({
      indicatorId: made.id,
      regionCode: '15.01',
      period: '2025-Q1',
      value: 2.5,
      source: { kind: 'note', note: 'Laporan triwulan' },
    });
    await refused(
      () =>
        as('provinceHead').indicators.update({
          ...input,
          id: made.id,
          version: 2,
          periodKind: 'year',
          active: true,
        }),
      'BAD_REQUEST',
    );
    await expectRefusal(
      as('provinceHead').indicators.update({
        ...input,
        id: made.id,
        version: 2,
        periodKind: 'year',
        active: true,
      }),
      'BAD_REQUEST',
      'indicatorPeriodKindLocked',
      'periodKind',
    );
    const rebanded = await as('provinceHead').indicators.update({
      ...input,
      id: made.id,
      version: 2,
      periodKind: 'quarter',
      bands: spbeBands.slice(1),
      active: true,
    });
    expect(rebanded.bands).toHaveLength(4);
  });

  it('refuses a rename onto a name the region keeps already', async () => {
    await as('provinceHead').indicators.define(spbeInput(world.offices.province, { name: 'Nama Pertama' }));
    const second = spbeInput(world.offices.province, { name: 'Nama Kedua' });
    const made = await as('provinceHead').indicators.define(second);
    await refused(
      () =>
        as('provinceHead').indicators.update({
          ...second,
          id: made.id,
          version: 1,
          name: 'NAMA PERTAMA',
          active: true,
        }),
      'BAD_REQUEST',
    );
  });
});
