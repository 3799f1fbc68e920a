import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApi } from './support';
import {
  expectRefusal,
  type IndicatorWorld,
  indicatorEvents,
  makeIndicatorWorld,
  spbeInput,
} from './support/indicators';
import { refusedWithoutEffect } from './support/refusal-check';

/**
 * Targets (issue 18): one target for one period and many regions in one step ("every regency
 * reaches 2.6 in 2026"), each region at the version the caller saw, all or nothing, one event.
 * A regency cannot move the target its province set for it.
 */
const api = useTestApi();
let world: IndicatorWorld;
let spbe: string;

const as = (user: keyof IndicatorWorld['users']) => api.callerAs(world.users[user]);
const refused = (call: () => Promise<unknown>, code: string) =>
  refusedWithoutEffect(api.database.db, call, code);

beforeAll(async () => {
  world = await makeIndicatorWorld(api);
  spbe = (await as('provinceHead').indicators.define(spbeInput(world.offices.province))).id;
});

describe('targets', () => {
  it('sets one target for many regions in one step, with one IndicatorTargetSet event', async () => {
    const codes = ['15.01', '15.02', '15.09'];
    const set = await as('provinceHead').indicators.setTargets({
      indicatorId: spbe,
      period: '2026',
      target: 2.6,
      regions: codes.map((code) => ({ code, version: null })),
    });
    expect(set.targets.map((t) => [t.regionCode, t.target, t.version])).toEqual(
      codes.map((c) => [c, 2.6, 1]),
    );
    const raised = await as('provinceHead').indicators.setTargets({
      indicatorId: spbe,
      period: '2026',
      target: 3,
      regions: [
        { code: '15.01', version: 1 },
        { code: '15.03', version: null },
      ],
    });
    expect(raised.targets.map((t) => [t.regionCode, t.target, t.version])).toEqual([
      ['15.01', 3, 2],
      ['15.03', 3, 1],
    ]);
    const targetEvents = (await indicatorEvents(api.database.db, spbe)).filter(
      (e) => e.eventType === 'IndicatorTargetSet',
    );
    expect(targetEvents.map((e) => e.payload)).toEqual([
      { period: '2026', target: 2.6, regionCodes: codes, previous: {} },
      { period: '2026', target: 3, regionCodes: ['15.01', '15.03'], previous: { '15.01': 2.6 } },
    ]);
  });

  it('writes nothing when one region is stale, out of reach or not the caller’s to set', async () => {
    const step =
      (
        regions: { code: string; version: number | null }[],
        user: keyof IndicatorWorld['users'] = 'provinceHead',
      ) =>
      () =>
        as(user).indicators.setTargets({ indicatorId: spbe, period: '2027', target: 3.5, regions });
    await as('provinceHead').indicators.setTargets({
      indicatorId: spbe,
      period: '2027',
      target: 3,
      regions: [{ code: '15.02', version: null }],
    });
    await refused(
      step([
        { code: '15.01', version: null },
        { code: '15.02', version: null },
      ]),
      'CONFLICT',
    );
    await expect(step([{ code: '15.02', version: 5 }])()).rejects.toMatchObject({
      code: 'CONFLICT',
      cause: { field: 'regions', current: { targets: [{ regionCode: '15.02', target: 3, version: 1 }] } },
    });
    await refused(
      step([
        { code: '15.01', version: null },
        { code: '16.07', version: null },
      ]),
      'NOT_FOUND',
    );
    await refused(
      step([
        { code: '15.01', version: null },
        { code: '15.99', version: null },
      ]),
      'NOT_FOUND',
    );
    // A regency cannot move the target its province set for it; a secretariat sets none.
    await refused(step([{ code: '15.01', version: null }], 'kerinciHead'), 'FORBIDDEN');
    await expectRefusal(
      step([{ code: '15.01', version: null }], 'kerinciHead')(),
      'FORBIDDEN',
      'notIndicatorTargetSetter',
      'regions',
    );
    await refused(step([{ code: '15.01', version: null }], 'provinceSecretariat'), 'FORBIDDEN');
    // Another regency's region is not there at all for Tebo's head.
    await refused(step([{ code: '15.01', version: null }], 'teboHead'), 'NOT_FOUND');
    // A period of another kind, and more regions than any province has.
    await expectRefusal(
      as('provinceHead').indicators.setTargets({
        indicatorId: spbe,
        period: '2027-01',
        target: 3,
        regions: [{ code: '15.01', version: null }],
      }),
      'BAD_REQUEST',
      'indicatorPeriodInvalid',
      'period',
    );
    const many = Array.from({ length: 601 }, (_, i) => ({
      code: `15.${String(i).padStart(2, '0')}`,
      version: null,
    }));
    await refused(step(many), 'BAD_REQUEST');
    await refused(
      () =>
        as('provinceHead').indicators.setTargets({
          indicatorId: spbe,
          period: '2027',
          target: 1e15,
          regions: [{ code: '15.01', version: null }],
        }),
      'BAD_REQUEST',
    );
  });

  it('lets a regency head set targets on its own indicator', async () => {
    const own = await as('kerinciHead').indicators.define(
      spbeInput(world.offices.kerinci, { name: 'Indeks Kerinci' }),
    );
    const set = await as('kerinciHead').indicators.setTargets({
      indicatorId: own.id,
      period: '2026',
      target: 3,
      regions: [{ code: '15.01', version: null }],
    });
    expect(set.targets).toHaveLength(1);
  });
});
