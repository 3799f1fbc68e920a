import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemoIfEmpty } from '../src/seed/demo';
import { useTestApi } from './support';

/**
 * Every number of the five source articles has its place in the demo (issue 18): read back by
 * region name and meeting title, so a number on the wrong regency or source fails here.
 */
const api = useTestApi();

beforeAll(async () => {
  expect(await seedDemoIfEmpty(api.database.db)).toBe(true);
});

async function indicatorNamed(name: string) {
  return api.database.db
    .selectFrom('indicators')
    .innerJoin('organizations', 'organizations.id', 'indicators.responsibleOrganizationId')
    .select([
      'indicators.id',
      'indicators.unit',
      'indicators.direction',
      'indicators.bands',
      'indicators.bandsSource',
      'indicators.periodKind',
      'organizations.name as keeper',
    ])
    .where('indicators.name', '=', name)
    .executeTakeFirstOrThrow();
}

/** "region name · period" → value or predicate, with the source meeting's title. */
async function valuesOf(indicatorId: string) {
  const rows = await sql<{
    region: string;
    period: string;
    value: string | null;
    predicate: string | null;
    meeting: string | null;
  }>`
    select r.name as region, v.period, v.value::text as value, v.predicate, m.title as meeting
    from indicator_values v join regions r on r.code = v.region_code
    left join meetings m on m.id = v.source_meeting_id
    where v.indicator_id = ${indicatorId} order by r.code`.execute(api.database.db);
  return Object.fromEntries(
    rows.rows.map((r) => [
      `${r.region} · ${r.period}`,
      { value: r.value === null ? null : Number(r.value), predicate: r.predicate, meeting: r.meeting },
    ]),
  );
}

async function targetsOf(indicatorId: string) {
  const rows = await sql<{ region: string; period: string; target: string; setBy: string | null }>`
    select r.name as region, t.period, t.target::text as target, u.email as "setBy"
    from indicator_targets t join regions r on r.code = t.region_code
    left join users u on u.id = t.set_by
    where t.indicator_id = ${indicatorId} order by r.code`.execute(api.database.db);
  return rows.rows.map((r) => ({ ...r, target: Number(r.target) }));
}

const FORUM = 'Forum Perangkat Daerah Dinas Kominfo Provinsi Jambi 2024';

describe('demo indicators', () => {
  it('holds the SPBE index of the 2024 forum: six numbers, six predicates, bands from PermenPANRB 59/2020', async () => {
    const spbe = await indicatorNamed('Indeks SPBE');
    expect(spbe).toMatchObject({
      unit: 'index',
      direction: 'higher_is_better',
      periodKind: 'year',
      keeper: 'Dinas Komunikasi dan Informatika Provinsi Jambi',
      bandsSource: 'Peraturan Menteri PANRB Nomor 59 Tahun 2020 tentang Pemantauan dan Evaluasi SPBE',
    });
    expect(
      (spbe.bands as { label: string; from: number; to: number }[]).map((b) => [b.label, b.from, b.to]),
    ).toEqual([
      ['Kurang', 1, 1.8],
      ['Cukup', 1.8, 2.6],
      ['Baik', 2.6, 3.5],
      ['Sangat Baik', 3.5, 4.2],
      ['Memuaskan', 4.2, 5],
    ]);
    const values = await valuesOf(spbe.id);
    const number = (value: number) => ({ value, predicate: null, meeting: FORUM });
    const predicate = (word: string) => ({ value: null, predicate: word, meeting: FORUM });
    expect(values).toEqual({
      'Provinsi Jambi · 2023': number(3.31),
      'Kabupaten Kerinci · 2023': predicate('Cukup'),
      'Kabupaten Merangin · 2023': predicate('Cukup'),
      'Kabupaten Sarolangun · 2023': number(2.91),
      'Kabupaten Batanghari · 2023': number(3.11),
      'Kabupaten Muaro Jambi · 2023': predicate('Cukup'),
      'Kabupaten Tanjung Jabung Barat · 2023': predicate('Kurang'),
      'Kabupaten Tanjung Jabung Timur · 2023': number(2.81),
      'Kabupaten Bungo · 2023': predicate('Cukup'),
      'Kabupaten Tebo · 2023': number(2.62),
      'Kota Jambi · 2023': number(4.27),
      'Kota Sungai Penuh · 2023': predicate('Cukup'),
    });
    const targets = await targetsOf(spbe.id);
    // Against the 2023 evaluation the forum discussed, and for 2025: 11 regencies and cities each.
    expect(targets).toHaveLength(22);
    expect(targets.filter((t) => t.period === '2023')).toHaveLength(11);
    for (const target of targets) {
      expect(['2023', '2025']).toContain(target.period);
      expect(target).toMatchObject({ target: 2.6, setBy: 'kadis@kominfo.jambiprov.demo' });
    }
    expect(targets.map((t) => t.region)).not.toContain('Provinsi Jambi');
  });

  it('ranks the province’s SPBE table as the forum gave it', async () => {
    const spbe = await indicatorNamed('Indeks SPBE');
    const ranking = await api.caller().indicators.ranking({ indicatorId: spbe.id, parentRegionCode: '15' });
    expect(ranking.period).toBe('2023');
    expect(
      ranking.rows.slice(0, 3).map((r) => [r.region.name, r.value?.value, r.value?.band?.label]),
    ).toEqual([
      ['Kota Jambi', 4.27, 'Memuaskan'],
      ['Provinsi Jambi', 3.31, 'Baik'],
      ['Kabupaten Batanghari', 3.11, 'Baik'],
    ]);
    // "Which regencies are below the SPBE target, and what are they doing about it": one table.
    const below = ranking.rows.filter((r) => r.meetsTarget === false);
    expect(below.map((r) => r.region.name).sort()).toEqual([
      'Kabupaten Bungo',
      'Kabupaten Kerinci',
      'Kabupaten Merangin',
      'Kabupaten Muaro Jambi',
      'Kabupaten Tanjung Jabung Barat',
      'Kota Sungai Penuh',
    ]);
    // Each has its Rakornis action plan ("Susun rencana aksi kenaikan indeks SPBE 2026") open.
    for (const row of below) expect(row.openWork).toBe(1);
  });

  it('holds Banyuasin’s 67 blank spots with a target of none, and Kota Jambi’s 112 trained ASN', async () => {
    const blankSpots = await indicatorNamed('Titik blank spot');
    expect(blankSpots).toMatchObject({ unit: 'sites', direction: 'lower_is_better' });
    expect(await valuesOf(blankSpots.id)).toEqual({
      'Kabupaten Banyuasin · 2025': {
        value: 67,
        predicate: null,
        meeting:
          'Audiensi Pemkab Banyuasin dengan Mitra Penyedia Layanan Internet: Kota dan Desa Digital Mandiri',
      },
    });
    expect(await targetsOf(blankSpots.id)).toEqual([
      { region: 'Kabupaten Banyuasin', period: '2026', target: 0, setBy: null },
    ]);

    const trained = await indicatorNamed('ASN terlatih GTA/DTS');
    expect(trained).toMatchObject({ unit: 'people', keeper: 'Dinas Komunikasi dan Informatika Kota Jambi' });
    expect(Object.entries(await valuesOf(trained.id))).toEqual([
      ['Kota Jambi · 2022', expect.objectContaining({ value: 112, meeting: expect.stringContaining('GTA') })],
    ]);
    // The 10 000 is the Digital Scholarship Academy's quota, not one of this count.
    expect(await targetsOf(trained.id)).toEqual([]);
    const scholarship = await indicatorNamed('Peserta Digital Scholarship Academy');
    expect(await targetsOf(scholarship.id)).toEqual([
      { region: 'Kota Jambi', period: '2022', target: 10_000, setBy: null },
    ]);
  });

  it('links each Rakornis directive item to the indicator it moves, in the item’s own region', async () => {
    const spbe = await indicatorNamed('Indeks SPBE');
    const dataCenter = await indicatorNamed('Aplikasi di Data Center Provinsi');
    expect(dataCenter).toMatchObject({
      unit: 'applications',
      keeper: 'Dinas Komunikasi dan Informatika Provinsi Jambi',
    });
    const items = await api.database.db
      .selectFrom('actionItems')
      .select(['title', 'regionCode', 'indicatorId', 'indicatorRegionCode'])
      .where('title', 'in', [
        'Susun rencana aksi kenaikan indeks SPBE 2026',
        'Pindahkan hosting aplikasi dan data ke Data Center Provinsi Jambi',
      ])
      .execute();
    expect(items).toHaveLength(22);
    for (const item of items) {
      expect(item.indicatorId).toBe(item.title.startsWith('Susun') ? spbe.id : dataCenter.id);
      expect(item.indicatorRegionCode).toBe(item.regionCode);
      expect(item.regionCode).toMatch(/^15\.\d{2}$/);
    }
  });

  it('records the forum’s headcount and the training’s number trained on the meetings', async () => {
    const meetings = await api.database.db
      .selectFrom('meetings')
      .select(['type', 'headcount', 'trainingQuota', 'trainedCount'])
      .where('type', 'in', ['forum', 'pelatihan'])
      .orderBy('type')
      .execute();
    expect(meetings).toEqual([
      { type: 'forum', headcount: 55, trainingQuota: null, trainedCount: null },
      { type: 'pelatihan', headcount: null, trainingQuota: null, trainedCount: 112 },
    ]);
  });

  it('wrote every indicator, value and target through the services, each with its event', async () => {
    const counts = await api.database.db
      .selectFrom('events')
      .select(['eventType', (eb) => eb.fn.countAll<string>().as('n')])
      .where('eventType', 'in', ['IndicatorDefined', 'IndicatorValueRecorded', 'IndicatorTargetSet'])
      .groupBy('eventType')
      .execute();
    const byType = Object.fromEntries(counts.map((c) => [c.eventType, Number(c.n)]));
    expect(byType.IndicatorDefined).toBe(5);
    expect(byType.IndicatorValueRecorded).toBe(14);
    expect(byType.IndicatorTargetSet).toBeGreaterThanOrEqual(3);
  });
});
