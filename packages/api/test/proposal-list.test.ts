import { parse } from 'csv-parse/sync';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../src/context';
import { buildServer } from '../src/server';
import { createUser, useTestApi } from './support';
import { makeOffice, meetingInput } from './support/fixtures';
import { signInOverHttp } from './support/http';

/** `/usulan`: every proposal in scope, filtered as the page asks, in pages, and as a spreadsheet. */
const api = useTestApi();
let app: FastifyInstance;
let kerinciStaff: SessionUser;
const ids: Record<string, string> = {};

const TOT = 'ToT Talent Digital untuk ASN';
const BLANK_SPOT = 'Akses internet desa blank spot Kerinci';
const DATA_CENTER = 'Hosting aplikasi di Data Center Tebo';
const LITERACY = 'Pelatihan literasi digital';

beforeAll(async () => {
  app = await buildServer({ db: api.database.db, logger: false });
  const province = (await makeOffice(api, 'Diskominfo Provinsi Jambi', '15')).id;
  const kerinci = (await makeOffice(api, 'Diskominfo Kabupaten Kerinci', '15.01')).id;
  const tebo = (await makeOffice(api, 'Diskominfo Kabupaten Tebo', '15.08')).id;
  const komdigi = (
    await api.caller().organizations.create({ name: 'Komdigi', kind: 'ministry', regionCode: null })
  ).id;
  const audiensi = await api.caller().meetings.create(
    meetingInput(province, {
      type: 'audiensi',
      title: 'Audiensi ke Komdigi',
      startsAt: '2026-02-09T10:00:00+07:00',
      endsAt: '2026-02-09T12:00:00+07:00',
    }),
  );
  const teboForum = await api.caller().meetings.create(meetingInput(tebo, { title: 'Forum Tebo' }));
  ids.audiensi = audiensi.id;
  const caller = api.caller();

  // Raised in the audiensi by the province and Kerinci, submitted: awaiting Komdigi's decision.
  ids.tot = (
    await caller.proposals.create({
      title: TOT,
      description: 'Pelatihan untuk pelatih agar ASN siap mendukung Satu Data Indonesia.',
      proposerOrganizationIds: [province, kerinci],
      addressedToOrganizationId: komdigi,
      meetingIds: [audiensi.id],
      submit: true,
    })
  ).id;
  // Sent by Kerinci by letter, under review: also awaiting a decision.
  const blankSpot = await caller.proposals.create({
    title: BLANK_SPOT,
    description: 'Desa tanpa sinyal di Gunung Kerinci, Kayu Aro dan Siulak; jaringan 4G diperlukan.',
    proposerOrganizationIds: [kerinci],
    addressedToOrganizationId: komdigi,
    letterNumber: '500/12/Diskominfo-KRC',
    letterDate: '2026-01-15',
    submit: true,
  });
  ids.blankSpot = (
    await caller.proposals.transition({ id: blankSpot.id, version: blankSpot.version, action: 'startReview' })
  ).id;
  // Tebo's letter to the province, still a draft; nothing of Kerinci's.
  ids.dataCenter = (
    await caller.proposals.create({
      title: DATA_CENTER,
      proposerOrganizationIds: [tebo],
      addressedToOrganizationId: province,
      letterNumber: '005/7/Kominfo',
      letterDate: '2026-01-20',
    })
  ).id;
  // Raised in Tebo's forum and already decided.
  const literacy = await caller.proposals.create({
    title: LITERACY,
    proposerOrganizationIds: [tebo],
    addressedToOrganizationId: komdigi,
    meetingIds: [teboForum.id],
    submit: true,
  });
  ids.literacy = (
    await caller.proposals.transition({
      id: literacy.id,
      version: literacy.version,
      action: 'accept',
      decisionNote: 'Masuk program literasi digital 2026.',
    })
  ).id;
  ids.province = province;
  ids.tebo = tebo;
  kerinciStaff = await createUser(api, { role: 'staff', organizationId: kerinci });
});
afterAll(async () => {
  await app?.close();
});

async function titles(input: Parameters<ReturnType<typeof api.caller>['proposals']['list']>[0]) {
  const { items } = await api.caller().proposals.list(input);
  return items.map((p) => p.title).sort();
}

describe('proposals.list filters', () => {
  it('lists every proposal for the national head, newest first', async () => {
    const { items } = await api.caller().proposals.list({ limit: 20 });
    expect(items.map((p) => p.title)).toEqual([LITERACY, DATA_CENTER, BLANK_SPOT, TOT]);
  });

  it('narrows by status, addressee, meeting and region', async () => {
    expect(await titles({ limit: 20, status: 'draft' })).toEqual([DATA_CENTER]);
    expect(await titles({ limit: 20, addressedToOrganizationId: ids.province })).toEqual([DATA_CENTER]);
    expect(await titles({ limit: 20, meetingId: ids.audiensi })).toEqual([TOT]);
    expect(await titles({ limit: 20, regionCode: '15.01' })).toEqual([BLANK_SPOT, TOT].sort());
    expect(await titles({ limit: 20, regionCode: '15.08' })).toEqual([DATA_CENTER, LITERACY].sort());
  });

  it('awaiting decision: submitted or under review, neither drafts nor decided ones', async () => {
    expect(await titles({ limit: 20, awaitingDecision: true })).toEqual([BLANK_SPOT, TOT].sort());
    // Both filters hold at once: a status that awaits nothing leaves nothing.
    expect(await titles({ limit: 20, awaitingDecision: true, status: 'accepted' })).toEqual([]);
    expect(await titles({ limit: 20, awaitingDecision: true, status: 'under_review' })).toEqual([BLANK_SPOT]);
  });

  it('searches title, description and letter number, ignoring case and accents', async () => {
    expect(await titles({ limit: 20, q: 'BLANK spot' })).toEqual([BLANK_SPOT]);
    expect(await titles({ limit: 20, q: 'kayu aro' })).toEqual([BLANK_SPOT]);
    expect(await titles({ limit: 20, q: 'Satu Dátá' })).toEqual([TOT]);
    expect(await titles({ limit: 20, q: '500/12' })).toEqual([BLANK_SPOT]);
    // LIKE's wildcards are plain characters here.
    expect(await titles({ limit: 20, q: '%' })).toEqual([]);
    expect(await titles({ limit: 20, q: 'digital', regionCode: '15.08' })).toEqual([LITERACY]);
  });

  it("shows each row's letter, or none", async () => {
    const { items } = await api.caller().proposals.list({ limit: 20 });
    const byTitle = new Map(items.map((p) => [p.title, p]));
    expect(byTitle.get(BLANK_SPOT)).toMatchObject({
      letter: { number: '500/12/Diskominfo-KRC', date: '2026-01-15' },
      raisedOn: '2026-01-15',
    });
    expect(byTitle.get(TOT)?.letter).toBeNull();
  });
});

describe('proposals.list scope and pages', () => {
  it("never lists a proposal outside the reader's region, whatever the filter", async () => {
    const kerinci = api.callerAs(kerinciStaff);
    const seen = async (input: Parameters<typeof kerinci.proposals.list>[0]) =>
      (await kerinci.proposals.list(input)).items.map((p) => p.title).sort();
    expect(await seen({ limit: 20 })).toEqual([BLANK_SPOT, TOT].sort());
    expect(await seen({ limit: 20, regionCode: '15.08' })).toEqual([]);
    expect(await seen({ limit: 20, q: 'Data Center' })).toEqual([]);
    expect(await seen({ limit: 20, addressedToOrganizationId: ids.province })).toEqual([]);
    expect(await seen({ limit: 20, status: 'accepted' })).toEqual([]);
  });

  it('walks all rows in pages, each once', async () => {
    const caller = api.caller();
    const walked: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: Awaited<ReturnType<typeof caller.proposals.list>> = await caller.proposals.list({
        limit: 1,
        cursor,
      });
      walked.push(...page.items.map((p) => p.title));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor);
    expect(walked).toEqual([LITERACY, DATA_CENTER, BLANK_SPOT, TOT]);
    expect(pages).toBe(4);

    const first = await caller.proposals.list({ limit: 1, awaitingDecision: true });
    const second = await caller.proposals.list({
      limit: 1,
      awaitingDecision: true,
      cursor: first.nextCursor,
    });
    expect([...first.items, ...second.items].map((p) => p.title)).toEqual([BLANK_SPOT, TOT]);
    expect(second.nextCursor).toBeNull();
  });
});

describe('usulan export', () => {
  function csv(body: string): string[][] {
    return parse(body, { bom: true });
  }

  it("takes the list's filters and scope, with the letter's number and date", async () => {
    const { cookie } = await signInOverHttp(app, api, 'head');
    const response = await app.inject({
      method: 'GET',
      url: '/api/ekspor/usulan.csv?awaitingDecision=true&q=kerinci',
      headers: { cookie },
    });
    expect(response.statusCode).toBe(200);
    const [headers, ...rows] = csv(response.body);
    expect(headers).toEqual(
      expect.arrayContaining(['Usulan', 'Status', 'Tanggal diajukan', 'Nomor surat', 'Tanggal surat']),
    );
    const column = (name: string) => headers?.indexOf(name) ?? -1;
    expect(rows.map((r) => r[0])).toEqual([BLANK_SPOT]);
    expect(rows[0]?.[column('Nomor surat')]).toBe('500/12/Diskominfo-KRC');
    expect(rows[0]?.[column('Tanggal surat')]).toBe('2026-01-15');
  });

  it("lists only the reader's region", async () => {
    const { cookie } = await signInOverHttp(app, api, 'staff', kerinciStaff.organizationId);
    const response = await app.inject({ method: 'GET', url: '/api/ekspor/usulan.csv', headers: { cookie } });
    const [, ...rows] = csv(response.body);
    expect(rows.map((r) => r[0]).sort()).toEqual([BLANK_SPOT, TOT].sort());
  });
});
