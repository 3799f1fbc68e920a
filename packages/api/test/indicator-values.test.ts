import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { recordValueWithin } from '../src/services/indicator-value.service';
import { useTestApi } from './support';
import { meetingInput } from './support/fixtures';
import {
  expectRefusal,
  type IndicatorWorld,
  indicatorEvents,
  makeIndicatorWorld,
  spbeInput,
} from './support/indicators';
import { refusedWithoutEffect } from './support/refusal-check';

/**
 * Values and targets (issue 18): a value per region and period with its source, replaced only at
 * the version seen; predicates checked against the bands; targets for many regions in one step,
 * (targets: indicator-targets.test.ts). Every refusal leaves the rows and the event log as they were.
 */
const api = useTestApi();
let world: IndicatorWorld;
let spbe: string;

const as = (user: keyof IndicatorWorld['users']) => api.callerAs(world.users[user]);
const refused = (call: () => Promise<unknown>, code: string) =>
  refusedWithoutEffect(api.database.db, call, code);
const note = { kind: 'note' as const, note: 'Forum Perangkat Daerah 2024' };

beforeAll(async () => {
  world = await makeIndicatorWorld(api);
  spbe = (await as('provinceHead').indicators.define(spbeInput(world.offices.province))).id;
});

describe('recording a value', () => {
  it('writes the value with its band, who recorded it, and IndicatorValueRecorded', async () => {
    const value = await as('kerinciSecretariat').indicators.recordValue({
      indicatorId: spbe,
      regionCode: '15.01',
      period: '2023',
      value: 2.91,
      source: note,
    });
    expect(value).toMatchObject({
      region: { code: '15.01', name: 'Kabupaten Kerinci' },
      period: '2023',
      value: 2.91,
      predicate: null,
      band: { label: 'Baik' },
      source: { kind: 'note', note: 'Forum Perangkat Daerah 2024', meeting: null },
      recordedBy: world.users.kerinciSecretariat.displayName,
      version: 1,
    });
    const events = await indicatorEvents(api.database.db, spbe);
    expect(events.at(-1)).toMatchObject({
      eventType: 'IndicatorValueRecorded',
      payload: {
        valueId: value.id,
        regionCode: '15.01',
        period: '2023',
        value: 2.91,
        previous: null,
        version: 1,
      },
    });
  });

  it('replaces a value only at the version seen, keeping what it was on the event', async () => {
    const first = await as('provinceSecretariat').indicators.recordValue({
      indicatorId: spbe,
      regionCode: '15.09',
      period: '2023',
      value: 2.62,
      source: note,
    });
    const replace = (version?: number) =>
      as('provinceSecretariat').indicators.recordValue({
        indicatorId: spbe,
        regionCode: '15.09',
        period: '2023',
        value: 2.7,
        source: note,
        ...(version ? { version } : {}),
      });
    await expect(replace()).rejects.toMatchObject({ code: 'CONFLICT', cause: { current: { value: 2.62 } } });
    await refused(() => replace(), 'CONFLICT');
    await refused(() => replace(7), 'CONFLICT');
    const second = await replace(first.version);
    expect(second).toMatchObject({ id: first.id, value: 2.7, version: 2 });
    expect((await indicatorEvents(api.database.db, spbe)).at(-1)?.payload).toMatchObject({
      previous: { value: 2.62, predicate: null },
      version: 2,
    });
  });

  it('makes one row and one event for a retried request', async () => {
    const input = {
      indicatorId: spbe,
      regionCode: '15.02',
      period: '2023',
      predicate: 'cukup',
      source: note,
      idempotencyKey: randomUUID(),
    };
    const before = (await indicatorEvents(api.database.db, spbe)).length;
    const first = await as('provinceHead').indicators.recordValue(input);
    const again = await as('provinceHead').indicators.recordValue(input);
    expect(again).toEqual(first);
    expect(await indicatorEvents(api.database.db, spbe)).toHaveLength(before + 1);
  });

  it("refuses, writing nothing, a region outside the caller's scope as if it did not exist", async () => {
    const input = { indicatorId: spbe, regionCode: '15.09', period: '2022', value: 2, source: note };
    await refused(() => as('kerinciSecretariat').indicators.recordValue(input), 'NOT_FOUND');
    await expectRefusal(
      as('kerinciSecretariat').indicators.recordValue(input),
      'NOT_FOUND',
      'regionNotFound',
      'regionCode',
    );
    await refused(
      () => as('kerinciViewer').indicators.recordValue({ ...input, regionCode: '15.01' }),
      'FORBIDDEN',
    );
    await refused(() => as('provinceStaff').indicators.recordValue(input), 'FORBIDDEN');
    await refused(
      () => as('provinceHead').indicators.recordValue({ ...input, regionCode: '15.99' }),
      'NOT_FOUND',
    );
    await refused(
      () => as('provinceHead').indicators.recordValue({ ...input, indicatorId: randomUUID() }),
      'NOT_FOUND',
    );
  });
});

describe('predicates, scale and periods', () => {
  const record = (extra: Record<string, unknown>) =>
    as('provinceHead').indicators.recordValue({
      indicatorId: spbe,
      regionCode: '15.03',
      period: '2021',
      source: note,
      ...extra,
    } as Parameters<ReturnType<typeof as>['indicators']['recordValue']>[0]);

  it('stores a predicate in the band’s own spelling and refuses one that names no band', async () => {
    const value = await record({ predicate: '  kurang ' });
    expect(value).toMatchObject({ value: null, predicate: 'Kurang', band: { label: 'Kurang', tone: 'bad' } });
    await refused(() => record({ period: '2020', predicate: 'Luar biasa' }), 'BAD_REQUEST');
    await expectRefusal(
      record({ period: '2020', predicate: 'Luar biasa' }),
      'BAD_REQUEST',
      'indicatorPredicateUnknown',
      'predicate',
    );
  });

  it('refuses a predicate that contradicts the number, and derives it when left out', async () => {
    await expectRefusal(
      record({ period: '2019', value: 2.9, predicate: 'Cukup' }),
      'BAD_REQUEST',
      'indicatorPredicateMismatch',
      'predicate',
    );
    const agreeing = await record({ period: '2019', value: 2.9, predicate: 'baik' });
    expect(agreeing).toMatchObject({ predicate: 'Baik', band: { label: 'Baik' } });
    const derived = await record({ period: '2018', value: 4.27 });
    expect(derived).toMatchObject({ predicate: null, band: { label: 'Memuaskan' } });
  });

  it('keeps numbers within the scale and refuses hostile ones without a server error', async () => {
    await expectRefusal(
      record({ period: '2017', value: 7 }),
      'BAD_REQUEST',
      'indicatorValueOutsideScale',
      'value',
    );
    for (const value of [1e13, -1e300, Number.NaN, Number.POSITIVE_INFINITY, 'NaN', '2,9', null]) {
      await refused(() => record({ period: '2017', value }), 'BAD_REQUEST');
    }
  });

  it("refuses a period of another kind or that does not exist, naming 'period'", async () => {
    await expectRefusal(
      record({ period: '2025-Q1', value: 3 }),
      'BAD_REQUEST',
      'indicatorPeriodInvalid',
      'period',
    );
    for (const period of ['2025-Q5', '2025-13', '0000', '2025-00', '25', '', 'x'.repeat(5000)]) {
      await refused(() => record({ period, value: 3 }), 'BAD_REQUEST');
    }
  });

  it('refuses values for a retired indicator', async () => {
    const input = spbeInput(world.offices.province, { name: 'Indeks Pensiun' });
    const old = await as('provinceHead').indicators.define(input);
    await as('provinceHead').indicators.update({ ...input, id: old.id, version: 1, active: false });
    await expectRefusal(
      as('provinceHead').indicators.recordValue({
        indicatorId: old.id,
        regionCode: '15.01',
        period: '2025',
        value: 3,
        source: note,
      }),
      'BAD_REQUEST',
      'indicatorInactive',
    );
  });
});

describe('sources', () => {
  it('names a meeting or an evidence the caller sees, and refuses one they do not', async () => {
    const forum = await api
      .caller()
      .meetings.create(meetingInput(world.offices.kerinci, { title: 'Forum SPBE Kerinci' }));
    const teboMeeting = await api
      .caller()
      .meetings.create(meetingInput(world.offices.tebo, { title: 'Rapat Tebo' }));
    const fromMeeting = await as('kerinciHead').indicators.recordValue({
      indicatorId: spbe,
      regionCode: '15.01',
      period: '2022',
      value: 2.5,
      source: { kind: 'meeting', meetingId: forum.id },
    });
    expect(fromMeeting.source).toMatchObject({
      kind: 'meeting',
      meeting: { id: forum.id, title: 'Forum SPBE Kerinci' },
    });
    await refused(
      () =>
        as('kerinciHead').indicators.recordValue({
          indicatorId: spbe,
          regionCode: '15.01',
          period: '2021',
          value: 2.5,
          source: { kind: 'meeting', meetingId: teboMeeting.id },
        }),
      'NOT_FOUND',
    );

    const item = await api.caller().actionItems.create({
      title: 'Susun rencana aksi kenaikan indeks SPBE',
      meetingId: forum.id,
      ownerOrganizationId: world.offices.kerinci,
      dueOn: '2030-01-31',
    });
    const evidence = await api.database.db
      .insertInto('actionItemEvidence')
      .values({ actionItemId: item.id, note: 'Rencana aksi' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const fromEvidence = await as('kerinciHead').indicators.recordValue({
      indicatorId: spbe,
      regionCode: '15.01',
      period: '2024',
      value: 2.8,
      source: { kind: 'evidence', evidenceId: evidence.id },
    });
    expect(fromEvidence.source).toMatchObject({ kind: 'evidence', actionItem: { id: item.id } });
    await refused(
      () =>
        as('teboHead').indicators.recordValue({
          indicatorId: spbe,
          regionCode: '15.09',
          period: '2024',
          value: 2.8,
          source: { kind: 'evidence', evidenceId: evidence.id },
        }),
      'NOT_FOUND',
    );
    await expectRefusal(
      as('kerinciHead').indicators.recordValue({
        indicatorId: spbe,
        regionCode: '15.01',
        period: '2020',
        value: 2.8,
        source: { kind: 'document', fileId: randomUUID(), note: 'Surat hasil evaluasi' },
      }),
      'NOT_FOUND',
      'fileNotYours',
      'fileId',
    );
  });

  it("records within another service's transaction, keeping the import's file name", async () => {
    const ctx = api.context('id', world.users.provinceSecretariat);
    const written = await api.database.db.transaction().execute((trx) =>
      recordValueWithin(
        { ...ctx, db: trx },
        {
          indicatorId: spbe,
          regionCode: '15.71',
          period: '2023',
          value: 4.27,
          predicate: null,
          source: { kind: 'document', note: 'Impor nilai SPBE' },
          importedFrom: 'spbe-2023.xlsx',
        },
      ),
    );
    expect(written.version).toBe(1);
    expect((await indicatorEvents(api.database.db, spbe)).at(-1)?.payload).toMatchObject({
      valueId: written.id,
      importedFrom: 'spbe-2023.xlsx',
    });
  });
});
