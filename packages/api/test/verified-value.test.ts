import { todayIn } from '@tindak/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApi } from './support';
import { makeOffice, meetingInput } from './support/fixtures';
import { refusedWithoutEffect } from './support/refusal-check';

// Issue 18: the head accepting an item's evidence records the value it brought about for the
// item's indicator and region in the same step; a value refused undoes the verdict too.

const api = useTestApi();
let kerinciId: string;
let meetingId: string;
let spbeId: string;

const inDays = (n: number) => {
  const [y, m, d] = todayIn().split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
};

beforeAll(async () => {
  const provinceId = (await makeOffice(api, 'Diskominfo Provinsi Jambi', '15')).id;
  kerinciId = (await makeOffice(api, 'Diskominfo Kabupaten Kerinci', '15.01')).id;
  meetingId = (await api.caller().meetings.create(meetingInput(provinceId))).id;
  // Straight in the table: defining indicators is another service's work (and its tests').
  spbeId = (
    await api.database.db
      .insertInto('indicators')
      .values({
        name: 'Indeks SPBE',
        unit: 'index',
        direction: 'higher_is_better',
        scaleMin: '0',
        scaleMax: '5',
        bands: JSON.stringify([
          { from: 0, to: 2.6, label: 'Cukup', tone: 'fair' },
          { from: 2.6, to: 5, label: 'Baik', tone: 'good' },
        ]),
        periodKind: 'year',
        responsibleOrganizationId: provinceId,
        regionCode: '15',
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
});

/** An item awaiting verification, naming SPBE for Kerinci unless told otherwise. */
async function awaitingItem(indicator: { indicatorId: string } | null = { indicatorId: spbeId }) {
  const item = await api.caller().actionItems.create({
    title: 'Perbaiki domain SPBE Kerinci',
    meetingId,
    ownerOrganizationId: kerinciId,
    dueOn: inDays(30),
    indicator,
  });
  return api.caller().actionItems.submitEvidence({
    id: item.id,
    version: item.version,
    note: 'Laporan evaluasi SPBE 2025 terlampir.',
  });
}

function valuesOf(regionCode: string, period: string) {
  return api.database.db
    .selectFrom('indicatorValues')
    .selectAll()
    .where('indicatorId', '=', spbeId)
    .where('regionCode', '=', regionCode)
    .where('period', '=', period)
    .execute();
}

describe('accepting evidence with the value it brought about', () => {
  it('records the value, the verdict and both events in one transaction', async () => {
    const item = await awaitingItem();
    const done = await api.caller().actionItems.verify({
      id: item.id,
      version: item.version,
      accept: true,
      indicatorValue: { period: '2025', value: 2.71 },
    });
    expect(done.status).toBe('done');
    const [row] = await valuesOf('15.01', '2025');
    expect(row).toMatchObject({ sourceKind: 'evidence', sourceEvidenceId: done.evidence[0]?.id });
    expect(Number(row?.value)).toBe(2.71);

    const events = await api.database.db
      .selectFrom('events')
      .select(['eventType', 'payload', 'occurredAt'])
      .where('aggregateId', 'in', [item.id, spbeId])
      .where('eventType', 'in', ['IndicatorValueRecorded', 'ActionItemVerified'])
      .orderBy('id')
      .execute();
    expect(events.map((e) => e.eventType)).toEqual(['IndicatorValueRecorded', 'ActionItemVerified']);
    expect(events[1]?.payload).toMatchObject({
      outcome: 'accepted',
      indicatorValue: { indicatorId: spbeId, regionCode: '15.01', period: '2025', value: 2.71 },
    });
    // now() is the transaction's start: one instant for both rows means one transaction.
    expect(events[0]?.occurredAt.getTime()).toBe(events[1]?.occurredAt.getTime());
  });

  it('accepts without a value when none is given', async () => {
    const item = await awaitingItem();
    const done = await api.caller().actionItems.verify({ id: item.id, version: item.version, accept: true });
    expect(done.status).toBe('done');
    expect(await valuesOf('15.01', '2024')).toEqual([]);
  });

  it('a value refused (period, scale, stale version) leaves the item awaiting verification', async () => {
    const item = await awaitingItem();
    const verify = (indicatorValue: { period: string; value: number }) => () =>
      api.caller().actionItems.verify({ id: item.id, version: item.version, accept: true, indicatorValue });
    await refusedWithoutEffect(api.database.db, verify({ period: '2025-Q1', value: 3 }), 'BAD_REQUEST');
    await expect(verify({ period: '2025-Q1', value: 3 })()).rejects.toMatchObject({
      cause: { messageKey: 'indicatorPeriodInvalid', field: 'indicatorValue.period' },
    });
    await refusedWithoutEffect(api.database.db, verify({ period: '2023', value: 7 }), 'BAD_REQUEST');
    // 2025 for Kerinci has a value already (the first test): replacing it needs its version.
    await refusedWithoutEffect(api.database.db, verify({ period: '2025', value: 3 }), 'CONFLICT');
    const still = await api.caller().actionItems.get({ id: item.id });
    expect(still).toMatchObject({ status: 'awaiting_verification', version: item.version });
    expect(still.evidence[0]?.verdict).toBe('pending');
  });

  it('refuses a value for an item without an indicator, and with a rejection', async () => {
    const item = await awaitingItem(null);
    await refusedWithoutEffect(
      api.database.db,
      () =>
        api.caller().actionItems.verify({
          id: item.id,
          version: item.version,
          accept: true,
          indicatorValue: { period: '2025', value: 3 },
        }),
      'BAD_REQUEST',
    );
    await expect(
      api.caller().actionItems.verify({
        id: item.id,
        version: item.version,
        accept: true,
        indicatorValue: { period: '2025', value: 3 },
      }),
    ).rejects.toMatchObject({ cause: { messageKey: 'itemHasNoIndicator', field: 'indicatorValue' } });
    await expect(
      api.caller().actionItems.verify({
        id: item.id,
        version: item.version,
        accept: false,
        reason: 'Belum lengkap.',
        indicatorValue: { period: '2025', value: 3 },
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});
