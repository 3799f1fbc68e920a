import { todayIn } from '@tindak/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { createUser, useTestApi } from './support';
import { makeOffice, meetingInput } from './support/fixtures';
import { refusedWithoutEffect } from './support/refusal-check';

// Issue 18: action items and commitments name the indicator and region they are meant to move, and
// the head accepting an item's evidence may record the value it brought about, in the same step.

const api = useTestApi();
let provinceId: string;
let kerinciId: string;
let meetingId: string;
let kerinciMeetingId: string;
let spbeId: string;
let elsewhereId: string;
let retiredId: string;

const inDays = (n: number) => {
  const [y, m, d] = todayIn().split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
};

/** Straight in the table: defining indicators is another service's work (and its tests'). */
async function indicator(name: string, officeId: string, regionCode: string | null, active = true) {
  const row = await api.database.db
    .insertInto('indicators')
    .values({
      name,
      unit: 'index',
      direction: 'higher_is_better',
      scaleMin: '0',
      scaleMax: '5',
      bands: JSON.stringify([
        { from: 0, to: 2.6, label: 'Cukup', tone: 'fair' },
        { from: 2.6, to: 5, label: 'Baik', tone: 'good' },
      ]),
      periodKind: 'year',
      responsibleOrganizationId: officeId,
      regionCode,
      active,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

beforeAll(async () => {
  provinceId = (await makeOffice(api, 'Diskominfo Provinsi Jambi', '15')).id;
  kerinciId = (await makeOffice(api, 'Diskominfo Kabupaten Kerinci', '15.01')).id;
  const sumselId = (await makeOffice(api, 'Diskominfo Provinsi Sumatera Selatan', '16')).id;
  meetingId = (await api.caller().meetings.create(meetingInput(provinceId))).id;
  kerinciMeetingId = (await api.caller().meetings.create(meetingInput(kerinciId))).id;
  spbeId = await indicator('Indeks SPBE', provinceId, '15');
  elsewhereId = await indicator('Indeks SPBE Sumsel', sumselId, '16');
  retiredId = await indicator('Indeks lama', provinceId, '15', false);
});

function newItem(overrides: Record<string, unknown> = {}) {
  return api.caller().actionItems.create({
    title: 'Susun arsitektur SPBE kabupaten',
    meetingId,
    ownerOrganizationId: kerinciId,
    dueOn: inDays(30),
    ...overrides,
  });
}

async function eventsOf(id: string) {
  return api.database.db
    .selectFrom('events')
    .select(['eventType', 'payload', 'occurredAt'])
    .where('aggregateId', '=', id)
    .orderBy('id')
    .execute();
}

describe('an action item names the indicator it is meant to move', () => {
  it('defaults the region to its owner office, keeps it on the event, changes and clears it', async () => {
    let item = await newItem({ indicator: { indicatorId: spbeId } });
    expect(item.indicator).toMatchObject({
      id: spbeId,
      name: 'Indeks SPBE',
      periodKind: 'year',
      region: { code: '15.01', kind: 'regency' },
    });
    expect(item.indicator?.bands.map((b) => b.label)).toEqual(['Cukup', 'Baik']);
    const [assigned] = await eventsOf(item.id);
    expect(assigned?.payload).toMatchObject({ indicatorId: spbeId, indicatorRegionCode: '15.01' });

    const base = { id: item.id, title: item.title, dueOn: item.dueOn, priority: item.priority };
    item = await api.caller().actionItems.update({
      ...base,
      version: item.version,
      indicator: { indicatorId: spbeId, regionCode: '15' },
    });
    expect(item.indicator?.region?.code).toBe('15');
    // Left out, the link stays.
    item = await api
      .caller()
      .actionItems.update({ ...base, version: item.version, title: 'Arsitektur SPBE' });
    expect(item.indicator?.id).toBe(spbeId);
    item = await api
      .caller()
      .actionItems.update({ ...base, version: item.version, title: 'Arsitektur SPBE', indicator: null });
    expect(item.indicator).toBeNull();
    const updates = (await eventsOf(item.id)).filter((e) => e.eventType === 'ActionItemUpdated');
    expect(updates.map((e) => (e.payload as { changes: object }).changes)).toEqual([
      { indicatorRegionCode: { from: '15.01', to: '15' } },
      { title: { from: 'Susun arsitektur SPBE kabupaten', to: 'Arsitektur SPBE' } },
      { indicatorId: { from: spbeId, to: null }, indicatorRegionCode: { from: '15', to: null } },
    ]);
  });

  it('items without one still say so', async () => {
    expect((await newItem()).indicator).toBeNull();
  });

  it('a draft may name one too', async () => {
    const draft = await api.caller().actionItems.createDraft({
      title: 'Draf: perbarui data SPBE',
      meetingId,
      ownerOrganizationId: kerinciId,
      dueOn: inDays(20),
      indicator: { indicatorId: spbeId },
    });
    expect(draft.indicator?.region?.code).toBe('15.01');
  });

  it('refuses an indicator the caller does not see, a retired one, and a region outside their scope', async () => {
    const kerinciHead = await createUser(api, { role: 'head', organizationId: kerinciId });
    const caller = api.callerAs(kerinciHead);
    const create = (indicator: { indicatorId: string; regionCode?: string }) =>
      caller.actionItems.create({
        title: 'Tindak lanjut Kerinci',
        meetingId: kerinciMeetingId,
        ownerOrganizationId: kerinciId,
        dueOn: inDays(30),
        indicator,
      });
    for (const [indicator, messageKey, field] of [
      [{ indicatorId: elsewhereId }, 'indicatorNotFound', 'indicator.indicatorId'],
      [{ indicatorId: retiredId }, 'indicatorNotFound', 'indicator.indicatorId'],
      [{ indicatorId: crypto.randomUUID() }, 'indicatorNotFound', 'indicator.indicatorId'],
      [{ indicatorId: spbeId, regionCode: '15.02' }, 'regionNotFound', 'indicator.regionCode'],
    ] as const) {
      await refusedWithoutEffect(api.database.db, () => create(indicator), 'NOT_FOUND');
      await expect(create(indicator)).rejects.toMatchObject({ cause: { messageKey, field } });
    }
    const item = await newItem({ meetingId: kerinciMeetingId });
    await refusedWithoutEffect(
      api.database.db,
      () =>
        caller.actionItems.update({
          id: item.id,
          version: item.version,
          title: item.title,
          dueOn: item.dueOn,
          priority: item.priority,
          indicator: { indicatorId: spbeId, regionCode: '15.02' },
        }),
      'NOT_FOUND',
    );
  });
});

describe('a commitment names the indicator it is meant to move', () => {
  it('defaults to its first region, and clears on null', async () => {
    const input = {
      title: 'Kerinci menuju SPBE Baik',
      committedByOrganizationId: provinceId,
      regionCodes: ['15.01', '15'],
    };
    let commitment = await api.caller().commitments.create({ ...input, indicator: { indicatorId: spbeId } });
    expect(commitment.indicator).toMatchObject({ id: spbeId, region: { code: '15.01' } });
    const [made] = await eventsOf(commitment.id);
    expect(made?.payload).toMatchObject({ indicatorId: spbeId, indicatorRegionCode: '15.01' });
    commitment = await api
      .caller()
      .commitments.update({ ...input, id: commitment.id, version: commitment.version });
    expect(commitment.indicator?.id).toBe(spbeId);
    commitment = await api
      .caller()
      .commitments.update({ ...input, id: commitment.id, version: commitment.version, indicator: null });
    expect(commitment.indicator).toBeNull();
    // Without regions, the owner office's region.
    const owned = await api.caller().commitments.create({
      ...input,
      regionCodes: [],
      ownerOrganizationId: kerinciId,
      indicator: { indicatorId: spbeId },
    });
    expect(owned.indicator?.region?.code).toBe('15.01');
  });

  it('refuses an indicator outside what the caller sees, writing nothing', async () => {
    await refusedWithoutEffect(
      api.database.db,
      () =>
        api.callerAs(api.head).commitments.create({
          title: 'Janji',
          committedByOrganizationId: provinceId,
          regionCodes: ['15'],
          indicator: { indicatorId: retiredId },
        }),
      'NOT_FOUND',
    );
  });
});
