import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApi } from './support';
import { meetingInput } from './support/fixtures';
import { type IndicatorWorld, makeIndicatorWorld, spbeInput } from './support/indicators';

/**
 * What people read (issue 18): the province ranking (the SPBE table of the 2024 forum, made live),
 * a region's series with the work on it, a value's history, and the values off target. A regency
 * sees its own values and its province's targets for it, never another regency's.
 */
const api = useTestApi();
let world: IndicatorWorld;
let spbe: string;
let blankSpots: string;

const as = (user: keyof IndicatorWorld['users']) => api.callerAs(world.users[user]);
const regencies = [
  '15.01',
  '15.02',
  '15.03',
  '15.04',
  '15.05',
  '15.06',
  '15.07',
  '15.08',
  '15.09',
  '15.71',
  '15.72',
];

/** Forum Perangkat Daerah 2024 (seed 004): numbers for some, a predicate only for others; Sungai Penuh none. */
const spbe2024: [string, number | null, string | null][] = [
  ['15.71', 4.27, null],
  ['15', 3.31, null],
  ['15.04', 3.11, null],
  ['15.03', 2.91, null],
  ['15.05', 2.91, null],
  ['15.07', 2.81, null],
  ['15.09', 2.62, null],
  ['15.01', null, 'cukup'],
  ['15.02', null, 'cukup'],
  ['15.08', null, 'cukup'],
  ['15.06', null, 'kurang'],
];

async function record(
  indicatorId: string,
  regionCode: string,
  period: string,
  value: number | null,
  predicate: string | null,
) {
  return api.caller().indicators.recordValue({
    indicatorId,
    regionCode,
    period,
    value,
    predicate,
    source: { kind: 'note', note: 'Forum Perangkat Daerah 2024' },
  });
}

/** Links an action item or commitment to an indicator and region, as the link helper would. */
async function link(
  table: 'actionItems' | 'commitments',
  id: string,
  indicatorId: string,
  regionCode: string,
) {
  await api.database.db
    .updateTable(table)
    .set({ indicatorId, indicatorRegionCode: regionCode })
    .where('id', '=', id)
    .execute();
}

beforeAll(async () => {
  world = await makeIndicatorWorld(api);
  spbe = (await as('provinceHead').indicators.define(spbeInput(world.offices.province))).id;
  blankSpots = (
    await as('kerinciHead').indicators.define({
      name: 'Desa blank spot',
      unit: 'villages',
      direction: 'lower_is_better',
      periodKind: 'year',
      responsibleOrganizationId: world.offices.kerinci,
    })
  ).id;
  await record(spbe, '15.03', '2023', 2.5, null);
  await record(spbe, '15.01', '2023', null, 'kurang');
  for (const [code, value, predicate] of spbe2024) await record(spbe, code, '2024', value, predicate);
  await as('provinceHead').indicators.setTargets({
    indicatorId: spbe,
    period: '2024',
    target: 2.6,
    regions: regencies.map((code) => ({ code, version: null })),
  });
  await as('provinceHead').indicators.setTargets({
    indicatorId: spbe,
    period: '2024',
    target: 2.9,
    regions: [{ code: '15.07', version: 1 }],
  });
  await as('provinceHead').indicators.setTargets({
    indicatorId: spbe,
    period: '2025',
    target: 2.8,
    regions: [{ code: '15.01', version: null }],
  });
  await record(blankSpots, '15.01', '2024', 12, null);
  await as('kerinciHead').indicators.setTargets({
    indicatorId: blankSpots,
    period: '2024',
    target: 0,
    regions: [{ code: '15.01', version: null }],
  });

  // Work meant to move Kerinci's SPBE: Kerinci's own item, a draft, Tebo's item and a commitment.
  const rakornis = await api.caller().meetings.create(meetingInput(world.offices.province));
  const item = (title: string, ownerOrganizationId: string) =>
    api
      .caller()
      .actionItems.create({ title, meetingId: rakornis.id, ownerOrganizationId, dueOn: '2030-01-31' });
  const kerinciItem = await item('Susun rencana aksi kenaikan indeks SPBE', world.offices.kerinci);
  const draft = await item('Draf rencana', world.offices.kerinci);
  const teboItem = await item('Bantu Kerinci menyusun rencana', world.offices.tebo);
  const commitment = await api.caller().commitments.create({
    title: 'Pendampingan SPBE Kerinci',
    committedByOrganizationId: world.offices.province,
    regionCodes: ['15.01'],
    meetingId: rakornis.id,
  });
  for (const id of [kerinciItem.id, draft.id, teboItem.id]) await link('actionItems', id, spbe, '15.01');
  await link('commitments', commitment.id, spbe, '15.01');
  await api.database.db
    .updateTable('actionItems')
    .set({ status: 'draft' })
    .where('id', '=', draft.id)
    .execute();
  // A value from the province's rakornis, which Kerinci did not attend.
  await api.caller().indicators.recordValue({
    indicatorId: blankSpots,
    regionCode: '15.01',
    period: '2023',
    value: 15,
    source: { kind: 'meeting', meetingId: rakornis.id },
  });
});

describe('the ranking', () => {
  it('ranks numbers first (ties share a rank), then predicates by band, then regions without a value', async () => {
    const ranking = await as('provinceHead').indicators.ranking({
      indicatorId: spbe,
      parentRegionCode: '15',
    });
    expect(ranking.period).toBe('2024');
    expect(ranking.previousPeriod).toBe('2023');
    expect(ranking.periods).toEqual(['2025', '2024', '2023']);
    expect(ranking.rows.map((r) => [r.region.code, r.rank])).toEqual([
      ['15.71', 1],
      ['15', 2],
      ['15.04', 3],
      ['15.03', 4],
      ['15.05', 4],
      ['15.07', 6],
      ['15.09', 7],
      ['15.01', 8],
      ['15.02', 8],
      ['15.08', 8],
      ['15.06', 11],
      ['15.72', null],
    ]);
    const row = (code: string) => ranking.rows.find((r) => r.region.code === code);
    expect(row('15.03')?.previousValue).toBe(2.5);
    expect(row('15.03')?.change).toBeCloseTo(0.41);
    expect(row('15.01')).toMatchObject({
      previousPredicate: 'Kurang',
      change: null,
      value: { predicate: 'Cukup', band: { label: 'Cukup' } },
      target: { target: 2.6 },
      meetsTarget: false,
      openWork: 3,
    });
    expect(row('15.07')).toMatchObject({ target: { target: 2.9, version: 2 }, meetsTarget: false });
    expect(row('15.09')?.meetsTarget).toBe(true);
    expect(row('15.72')).toMatchObject({ value: null, meetsTarget: null });
  });

  it("shows a regency only its own row, with its province's target for it, and counts only the work it sees", async () => {
    const ranking = await as('kerinciHead').indicators.ranking({ indicatorId: spbe, parentRegionCode: '15' });
    expect(ranking.rows).toHaveLength(1);
    // Ranked among the rows the caller sees.
    expect(ranking.rows[0]).toMatchObject({
      region: { code: '15.01' },
      rank: 1,
      target: { target: 2.6 },
      openWork: 2,
    });
    await expect(
      as('kerinciHead').indicators.ranking({ indicatorId: spbe, parentRegionCode: '15.09' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'regionNotFound' });
    // With no parent: the provinces in scope (a regency has none of its own).
    expect(
      (await as('kerinciHead').indicators.ranking({ indicatorId: spbe, parentRegionCode: null })).rows,
    ).toEqual([]);
  });

  it('ranks the provinces for a national caller, and any period asked', async () => {
    const national = await api
      .caller()
      .indicators.ranking({ indicatorId: spbe, parentRegionCode: null, period: '2023' });
    expect(national.rows.find((r) => r.region.code === '15')).toMatchObject({ rank: null, value: null });
    expect(national.rows.length).toBeGreaterThan(30);
    await expect(
      api.caller().indicators.ranking({ indicatorId: spbe, parentRegionCode: '15', period: '2024-Q1' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: 'indicatorPeriodInvalid' });
  });
});

describe("a region's series", () => {
  it('shows each indicator over periods with target and band, and the work on it the caller sees', async () => {
    const series = await as('kerinciViewer').indicators.regionSeries({ regionCode: '15.01' });
    expect(series.region).toEqual({ code: '15.01', name: 'Kabupaten Kerinci', kind: 'regency' });
    const spbeSeries = series.indicators.find((i) => i.indicator.id === spbe);
    expect(spbeSeries?.points.map((p) => [p.period, p.value, p.predicate, p.target, p.meetsTarget])).toEqual([
      ['2023', null, 'Kurang', null, null],
      ['2024', null, 'Cukup', 2.6, false],
      ['2025', null, null, 2.8, null],
    ]);
    expect(spbeSeries?.work.map((w) => [w.kind, w.title]).sort()).toEqual([
      ['actionItem', 'Susun rencana aksi kenaikan indeks SPBE'],
      ['commitment', 'Pendampingan SPBE Kerinci'],
    ]);
    const blank = series.indicators.find((i) => i.indicator.id === blankSpots);
    expect(blank?.points).toMatchObject([
      // The meeting it came from is outside Kerinci's reach: its kind shows, its title does not.
      { period: '2023', value: 15, source: { kind: 'meeting', meeting: null } },
      { period: '2024', value: 12, target: 0, meetsTarget: false },
    ]);
    const byProvince = await as('provinceHead').indicators.regionSeries({
      regionCode: '15.01',
      indicatorId: blankSpots,
    });
    expect(byProvince.indicators[0]?.points[0]?.source?.meeting).toMatchObject({
      title: 'Rakornis Kominfo 2025',
    });
    const province = await as('provinceHead').indicators.regionSeries({
      regionCode: '15.01',
      indicatorId: spbe,
    });
    expect(province.indicators[0]?.work).toHaveLength(3);
  });

  it("answers another regency's region as missing", async () => {
    await expect(as('kerinciHead').indicators.regionSeries({ regionCode: '15.09' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'regionNotFound',
    });
    await expect(
      as('teboHead').indicators.regionSeries({ regionCode: '15.09', indicatorId: blankSpots }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'indicatorNotFound' });
    const tebo = await as('teboHead').indicators.regionSeries({ regionCode: '15.09' });
    expect(tebo.indicators.map((i) => [i.indicator.id, i.points.map((p) => p.value)])).toEqual([
      [spbe, [2.62]],
    ]);
  });
});

describe('history and the values off target', () => {
  it("tells how a value came to be, newest first, only within the caller's scope", async () => {
    const current = await api.caller().indicators.ranking({ indicatorId: spbe, parentRegionCode: '15' });
    const tebo = current.rows.find((r) => r.region.code === '15.09');
    await as('provinceSecretariat').indicators.recordValue({
      indicatorId: spbe,
      regionCode: '15.09',
      period: '2024',
      value: 2.65,
      version: tebo?.value?.version as number,
      source: { kind: 'note', note: 'Koreksi hasil evaluasi' },
    });
    const history = await as('teboHead').indicators.valueHistory({
      indicatorId: spbe,
      regionCode: '15.09',
      period: '2024',
    });
    expect(history.entries.map((e) => [e.value, e.actorName, e.source.note])).toEqual([
      [2.65, world.users.provinceSecretariat.displayName, 'Koreksi hasil evaluasi'],
      [2.62, api.head.displayName, 'Forum Perangkat Daerah 2024'],
    ]);
    await expect(
      as('kerinciHead').indicators.valueHistory({ indicatorId: spbe, regionCode: '15.09', period: '2024' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'regionNotFound' });
  });

  it('lists the latest values off target, the furthest off first, within scope', async () => {
    const province = await as('provinceHead').indicators.offTarget({ limit: 4 });
    expect(province.total).toBe(6);
    expect(province.rows.map((r) => [r.indicator.name, r.region.code])).toEqual([
      ['Desa blank spot', '15.01'],
      ['Indeks SPBE', '15.06'],
      ['Indeks SPBE', '15.07'],
      ['Indeks SPBE', '15.01'],
    ]);
    expect(province.rows[3]).toMatchObject({
      predicate: 'Cukup',
      band: { label: 'Cukup' },
      target: 2.6,
      openWork: 3,
    });
    const kerinci = await as('kerinciHead').indicators.offTarget({});
    expect(kerinci.rows.map((r) => [r.indicator.name, r.region.code, r.openWork])).toEqual([
      ['Desa blank spot', '15.01', 0],
      ['Indeks SPBE', '15.01', 2],
    ]);
  });

  it('sums the latest period up in the list, per scope', async () => {
    const kerinci = await as('kerinciHead').indicators.list({ q: 'spbe' });
    expect(kerinci.items).toMatchObject([
      { id: spbe, latestPeriod: '2024', regionsWithValue: 1, offTarget: 1 },
    ]);
    const province = await as('provinceHead').indicators.list({ q: 'spbe' });
    expect(province.items).toMatchObject([
      { id: spbe, latestPeriod: '2024', regionsWithValue: 11, offTarget: 5 },
    ]);
    const got = await as('kerinciHead').indicators.get({ id: spbe });
    expect(got.periods).toEqual(['2025', '2024', '2023']);
    const teboPeriods = await as('teboHead').indicators.get({ id: spbe });
    expect(teboPeriods.periods).toEqual(['2024']);
  });
});
