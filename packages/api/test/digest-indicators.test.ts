import type { IndicatorDirection, IndicatorUnit } from '@tindak/shared';
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../src/context';
import { loadDigestRecipient } from '../src/digest/reader';
import { createDigestSharing } from '../src/digest/shared';
import { deliverWeeklyDigest, previewDigest } from '../src/digest/weekly';
import { enqueueDueDigests, type RunningWorker } from '../src/jobs/worker';
import { appLinks } from '../src/mail/links';
import { createUser, useTestApi } from './support';
import { makeOffice } from './support/fixtures';
import { type SmtpSink, startSmtpSink } from './support/smtp-sink';
import { eventually, startTestWorker, TEST_PUBLIC_URL } from './support/worker';

/**
 * The digest's indicator section (issue 18) for Monday 30 November 2026, 07.30 WIB: last week is
 * 23–29 November. Jambi keeps the SPBE index; Banyuasin (another province) keeps its blank spots.
 * The rows are written directly: the digest reads them however they were recorded.
 */
const api = useTestApi();
const links = appLinks(TEST_PUBLIC_URL);
const MONDAY = new Date('2026-11-30T00:30:00Z');
const LAST_WEEK = '2026-11-25T03:00:00Z';
const LONG_AGO = '2026-03-06T03:00:00Z';

const spbeBands = [
  { from: 1, to: 1.8, label: 'Kurang', tone: 'bad' },
  { from: 1.8, to: 2.6, label: 'Cukup', tone: 'fair' },
  { from: 2.6, to: 3.5, label: 'Baik', tone: 'good' },
  { from: 3.5, to: 4.2, label: 'Sangat Baik', tone: 'good' },
  { from: 4.2, to: 5, label: 'Memuaskan', tone: 'best' },
];

let head: SessionUser;
const emails = {
  kerinci: 'pemantau@kerinci.uji',
  banyuasin: 'pemantau@banyuasin.uji',
};
let kerinciViewer: SessionUser;
let teboViewer: SessionUser;
let banyuasinViewer: SessionUser;
let sink: SmtpSink;
let worker: RunningWorker;

async function indicator(
  name: string,
  unit: IndicatorUnit,
  direction: IndicatorDirection,
  officeId: string,
  region: string,
) {
  const row = await api.database.db
    .insertInto('indicators')
    .values({
      name,
      unit,
      direction,
      bands: JSON.stringify(unit === 'index' ? spbeBands : []),
      periodKind: 'year',
      responsibleOrganizationId: officeId,
      regionCode: region,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function value(
  indicatorId: string,
  regionCode: string,
  period: string,
  recordedAt: string,
  number: number | null,
  predicate: string | null = null,
) {
  await api.database.db
    .insertInto('indicatorValues')
    .values({
      indicatorId,
      regionCode,
      period,
      value: number === null ? null : String(number),
      predicate,
      sourceKind: 'note',
      sourceNote: 'Uji',
      recordedAt: new Date(recordedAt),
    })
    .execute();
}

async function target(indicatorId: string, regionCode: string, period: string, goal: number) {
  await api.database.db
    .insertInto('indicatorTargets')
    .values({ indicatorId, regionCode, period, target: String(goal) })
    .execute();
}

beforeAll(async () => {
  const jambi = await makeOffice(api, 'Diskominfo Provinsi Jambi', '15');
  const kerinci = await makeOffice(api, 'Diskominfo Kabupaten Kerinci', '15.01');
  const tebo = await makeOffice(api, 'Diskominfo Kabupaten Tebo', '15.09');
  const banyuasin = await makeOffice(api, 'Diskominfo Kabupaten Banyuasin', '16.07');
  head = await createUser(api, { role: 'head', organizationId: jambi.id, email: 'kadis@jambi.uji' });
  kerinciViewer = await createUser(api, {
    role: 'viewer',
    organizationId: kerinci.id,
    email: emails.kerinci,
  });
  teboViewer = await createUser(api, { role: 'viewer', organizationId: tebo.id });
  banyuasinViewer = await createUser(api, {
    role: 'viewer',
    organizationId: banyuasin.id,
    email: emails.banyuasin,
  });

  const spbe = await indicator('Indeks SPBE', 'index', 'higher_is_better', jambi.id, '15');
  await value(spbe, '15.01', '2024', LONG_AGO, 2.31);
  await value(spbe, '15.01', '2025', LAST_WEEK, 2.45);
  await target(spbe, '15.01', '2025', 2.6);
  // Kota Jambi meets its target; Tanjung Jabung Barat has only a predicate, whose band misses it.
  await value(spbe, '15.71', '2025', LONG_AGO, 4.3);
  await target(spbe, '15.71', '2025', 2.6);
  await value(spbe, '15.06', '2025', LONG_AGO, null, 'Kurang');
  await target(spbe, '15.06', '2025', 2.6);

  const blankSpots = await indicator('Titik blank spot', 'sites', 'lower_is_better', banyuasin.id, '16.07');
  await value(blankSpots, '16.07', '2025', LAST_WEEK, 67);
  await target(blankSpots, '16.07', '2025', 0);

  sink = await startSmtpSink();
  worker = await startTestWorker(api.database, sink.url);
});

afterAll(async () => {
  await worker?.stop();
  await sink?.close();
});

async function preview(user: Pick<SessionUser, 'id'>) {
  const recipient = await loadDigestRecipient(api.database.db, user.id);
  if (!recipient) throw new Error('no recipient');
  return previewDigest(api.database.db, recipient, MONDAY, links);
}

const rowsOf = (rows: { indicatorName: string; regionName: string; period: string }[] | undefined) =>
  (rows ?? []).map((r) => `${r.indicatorName} · ${r.regionName} · ${r.period}`);

describe('the weekly digest’s indicators', () => {
  it('shows a value recorded last week to readers whose scope holds its region, and to no one else', async () => {
    const province = (await preview(head)).content.indicators;
    expect(rowsOf(province?.recorded)).toEqual(['Indeks SPBE · Kabupaten Kerinci · 2025']);
    expect(province?.recorded[0]).toMatchObject({
      value: 2.45,
      bandLabel: 'Cukup',
      previousValue: 2.31,
      target: 2.6,
      url: `${TEST_PUBLIC_URL}/wilayah/15.01`,
    });
    expect(rowsOf((await preview(kerinciViewer)).content.indicators?.recorded)).toEqual([
      'Indeks SPBE · Kabupaten Kerinci · 2025',
    ]);
    // Banyuasin sees its own blank spots, not Jambi's index (another province's indicator).
    expect(rowsOf((await preview(banyuasinViewer)).content.indicators?.recorded)).toEqual([
      'Titik blank spot · Kabupaten Banyuasin · 2025',
    ]);
  });

  it('lists the latest values that miss their target, a predicate by its band, and links to all of them', async () => {
    const province = (await preview(head)).content.indicators;
    expect(rowsOf(province?.offTarget)).toEqual([
      'Indeks SPBE · Kabupaten Kerinci · 2025',
      'Indeks SPBE · Kabupaten Tanjung Jabung Barat · 2025',
    ]);
    expect(province?.more.offTarget).toEqual({ total: 2, url: `${TEST_PUBLIC_URL}/indikator` });
    // 67 blank spots against a target of none: lower is better, so it misses.
    expect(rowsOf((await preview(banyuasinViewer)).content.indicators?.offTarget)).toEqual([
      'Titik blank spot · Kabupaten Banyuasin · 2025',
    ]);
  });

  it('leaves the section out when the reader’s scope has nothing to show', async () => {
    const tebo = await preview(teboViewer);
    expect(tebo.content.indicators).toMatchObject({ recorded: [], offTarget: [] });
    expect(tebo.rendered.html).not.toContain('Indikator');
    expect(tebo.rendered.text).not.toContain('INDIKATOR');
    expect(tebo.empty).toBe(true);
  });

  it('is the same mail when the worker renders the scope sections once for the region', async () => {
    const recipient = await loadDigestRecipient(api.database.db, head.id);
    if (!recipient) throw new Error('no recipient');
    const whole = await previewDigest(api.database.db, recipient, MONDAY, links);
    const shared = await previewDigest(api.database.db, recipient, MONDAY, links, createDigestSharing());
    expect(shared.rendered.text).toContain('Nilai tercatat minggu lalu');
    expect(shared.rendered).toEqual(whole.rendered);
  });

  it('mails the rows, in the HTML and the text part', async () => {
    const before = sink.messages.length;
    expect(await deliverWeeklyDigest(api.database.db, head.id, MONDAY, links)).toBe('queued');
    const to = (m: ParsedMail) => (m.to && 'text' in m.to ? m.to.text : '');
    const mail = await eventually(async () =>
      sink.messages
        .slice(before)
        .find((m) => to(m) === 'kadis@jambi.uji' && m.subject?.startsWith('[Tindak] Ringkasan mingguan')),
    );
    expect(mail.text).toContain('INDIKATOR');
    expect(mail.text).toContain('Nilai tercatat minggu lalu');
    expect(mail.text).toContain(
      `Indeks SPBE · Kabupaten Kerinci ${TEST_PUBLIC_URL}/wilayah/15.01 · 2025: 2,45 (Cukup), sebelumnya 2,31 → target 2,6`,
    );
    expect(mail.text).toContain('Belum mencapai target');
    expect(mail.text).toContain('· 2025: Kurang → target 2,6');
    expect(mail.html).toContain(`href="${TEST_PUBLIC_URL}/wilayah/15.06"`);
    expect(mail.html).toContain('2,45 (Cukup)');
  });

  it('is composed on the worker’s digest thread too, its queries prepared statements', async () => {
    const before = sink.messages.length;
    // The head's was sent above; Tebo's has nothing. Kerinci and Banyuasin each get their own rows.
    expect(await enqueueDueDigests(worker.boss, api.database.db, MONDAY)).toBe(4);
    const to = (m: ParsedMail) => (m.to && 'text' in m.to ? m.to.text : '');
    const mailTo = (email: string) =>
      eventually(async () => sink.messages.slice(before).find((m) => to(m) === email));
    const kerinci = await mailTo(emails.kerinci);
    expect(kerinci.text).toContain('Indeks SPBE · Kabupaten Kerinci');
    expect(kerinci.text).not.toContain('Titik blank spot');
    const banyuasin = await mailTo(emails.banyuasin);
    expect(banyuasin.text).toContain('Titik blank spot · Kabupaten Banyuasin');
    expect(banyuasin.text).toContain('2025: 67 titik → target 0 titik');
    expect(banyuasin.text).not.toContain('Indeks SPBE');
  });
});
