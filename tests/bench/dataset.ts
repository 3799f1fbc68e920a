/**
 * The national-scale benchmark data set (issue 8): 38 provinces and 514 regencies/cities, 600
 * offices, 20,000 users, 50,000 meetings with 1,000,000 participant rows, 200,000 proposals,
 * 200,000 commitments, 500,000 action items, and the events each of them implies, shaped like
 * the events the services record (so history pages and the digest read them as they would).
 *
 * All bulk work runs inside PostgreSQL (`insert ... select ... from generate_series`) in one
 * transaction on one connection; no row passes through Node. Choices are hashes of row numbers,
 * so a scale always gives the same data (the ids are md5 hashes of the row numbers too).
 *
 * Run on its own: DATABASE_URL=postgres://... pnpm --filter @tindak/tests exec tsx bench/dataset.ts [--scale 0.02]
 * migrates the database (and installs the job schema), fills it (it must hold no regions yet) and
 * prints the subjects as JSON.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createDb,
  type Database,
  installJobSchema,
  migrateToLatest,
  type RegionRecord,
  readRegionsFile,
  upsertRegions,
} from '@tindak/db';
import { sql } from 'kysely';
import { hashPassword } from '../../packages/api/src/auth/password';
import { before, fill, frac, iso, lit, mod, pick, textArray, uuidOf, ymd } from './dataset-sql';
import {
  actionItemDescriptions,
  actionItemTitles,
  agendaTitles,
  blockReasons,
  COMMON_TERM,
  cancelReasons,
  commitmentTitles,
  decisionNotes,
  delegationInstructions,
  evidenceNotes,
  extensionReasons,
  firstNames,
  lastNames,
  meetingTitles,
  minuteSentences,
  nameSuffixes,
  nationalBodies,
  nationalPositions,
  parties,
  placePrefixes,
  placeSuffixes,
  places,
  proposalTitles,
  provinces,
  RARE_TERM,
  staffPositions,
  topics,
} from './dataset-words';

/** Every generated account signs in with this password. */
export const BENCH_PASSWORD = 'Tindak-Bench-2026!';

export interface BenchSubjects {
  scale: number;
  password: string;
  /** Head of Diskominfo Provinsi Jambi: scope '15'. */
  provincialHeadUserId: string;
  provincialHeadEmail: string;
  /** Staff at Diskominfo Kabupaten Kerinci (15.01). */
  staffUserId: string;
  staffEmail: string;
  /** Secretariat of the Jambi provincial office. */
  secretariatUserId: string;
  secretariatEmail: string;
  adminUserId: string;
  adminEmail: string;
  jambiProvinceCode: '15';
  /** "Rakornis Kominfo se-Provinsi Jambi (benchmark)": 200 participants, ~40 action items. */
  bigMeetingId: string;
  searchTerms: { common: string; rare: string };
  /** An actionItems.list input: the province's open follow-ups. */
  actionItemFilter: { regionCode: string; status: ['open'] };
  komdigiOrganizationId: string;
  jambiProvincialOfficeId: string;
  /** What the provincial head may use to create an action item (owner office in scope, source meeting). */
  createActionItem: { ownerOrganizationId: string; meetingId: string };
  counts: Record<string, number>;
}

export interface GenerateOptions {
  /** 1 = national scale; 0.02 for quick checks. Regions and offices are the same at every scale. */
  scale?: number;
  log?: (line: string) => void;
}

const EMAIL_DOMAIN = 'bench.tindak.test';
const SUBJECT_EMAILS = {
  head: `kepala.jambi@${EMAIL_DOMAIN}`,
  secretariat: `sekretariat.jambi@${EMAIL_DOMAIN}`,
  admin: `admin@${EMAIL_DOMAIN}`,
  staff: `staf.kerinci@${EMAIL_DOMAIN}`,
};
const ADMINS = 3;
const OFFICES = 600;
const BIG_MEETING_TITLE = 'Rakornis Kominfo se-Provinsi Jambi (benchmark)';
const BIG_MEETING_PARTICIPANTS = 200;
const BIG_MEETING_ITEMS = 40;
const RARE_TOPIC = `${RARE_TERM} desa`;

/** A statement that disables or enables every search-document trigger (db migration 20261220T0900). */
const searchTriggers = (action: 'disable' | 'enable') => `do $$
  declare t record;
  begin
    for t in select tgrelid::regclass as rel, tgname from pg_trigger
        where tgname like 'search\\_documents\\_on\\_%' and not tgisinternal loop
      execute format('alter table %s ${action} trigger %I', t.rel, t.tgname);
    end loop;
  end $$`;

const COUNTED_TABLES = [
  'regions',
  'organizations',
  'people',
  'users',
  'meetings',
  'meeting_agenda_items',
  'meeting_participants',
  'proposals',
  'proposal_proposers',
  'proposal_meetings',
  'commitments',
  'commitment_regions',
  'action_items',
  'action_item_dispositions',
  'action_item_evidence',
  'extension_requests',
  'events',
] as const;

interface Office {
  n: number;
  name: string;
  shortName: string;
  kind: string;
  regionCode: string | null;
  regionName: string | null;
  cluster: number;
  isProvince: boolean;
  users: number;
  firstUser: number;
  viewers: number;
  extras: number;
  timeZone: string;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** The 552 regions: Jambi's from db/data/regions.csv, the other provinces' made up (Kemendagri-style codes). */
function buildRegions(csv: RegionRecord[]): RegionRecord[] {
  const fromCsv = new Map(csv.map((r) => [r.code, r]));
  const rows: RegionRecord[] = [];
  let synthetic = 0;
  const placeName = () => {
    const g = synthetic++;
    const a = g % placePrefixes.length;
    const b = (Math.floor(g / placePrefixes.length) + a) % placeSuffixes.length;
    return `${placePrefixes[a]} ${placeSuffixes[b]}`;
  };
  for (const p of provinces) {
    const province = fromCsv.get(p.code) ?? {
      code: p.code,
      name: `Provinsi ${p.name}`,
      kind: 'province' as const,
      parentCode: null,
    };
    rows.push({ ...province, parentCode: null });
    if (p.code === '15') {
      const jambi = csv.filter((r) => r.parentCode === '15' && /^15\.\d{2}$/.test(r.code));
      if (jambi.length !== 11)
        throw new Error(`regions.csv: expected 11 regencies/cities in 15, got ${jambi.length}`);
      for (const r of jambi) {
        rows.push(r);
      }
      continue;
    }
    const regencies = p.regions - p.cities;
    const children: RegionRecord[] = [];
    for (let i = 1; i <= regencies; i++) {
      const code = `${p.code}.${pad2(i)}`;
      children.push(
        fromCsv.get(code) ?? { code, name: `Kabupaten ${placeName()}`, kind: 'regency', parentCode: p.code },
      );
    }
    for (let i = 1; i <= p.cities; i++) {
      const code = `${p.code}.${pad2(70 + i)}`;
      children.push(
        fromCsv.get(code) ?? { code, name: `Kota ${placeName()}`, kind: 'city', parentCode: p.code },
      );
    }
    for (const r of children) {
      rows.push({ ...r, parentCode: p.code });
    }
  }
  return rows;
}

/** 38 provincial + 514 regency/city Diskominfo offices, then national bodies up to 600. */
function buildOffices(regions: RegionRecord[], scale: number): { offices: Office[]; totalUsers: number } {
  const provinceIndex = new Map(provinces.map((p, i) => [p.code, i + 1]));
  const tzOf = new Map(provinces.map((p) => [p.code, p.timeZone]));
  const provinceRows = regions
    .filter((r) => r.kind === 'province')
    .sort((a, b) => a.code.localeCompare(b.code));
  const regencyRows = regions
    .filter((r) => r.kind !== 'province')
    .sort((a, b) => a.code.localeCompare(b.code));
  const offices: Office[] = [];
  for (const r of [...provinceRows, ...regencyRows]) {
    const provinceCode = r.code.slice(0, 2);
    const spec = provinces.find((p) => p.code === provinceCode);
    const shortPlace =
      r.kind === 'province'
        ? `Prov. ${spec?.name ?? r.name}`
        : r.kind === 'regency'
          ? `Kab. ${r.name.replace(/^Kabupaten /, '')}`
          : r.name;
    offices.push({
      n: offices.length + 1,
      name: `Dinas Komunikasi dan Informatika ${r.name}`,
      shortName: `Diskominfo ${shortPlace}`,
      kind: 'diskominfo',
      regionCode: r.code,
      regionName: r.name,
      cluster: provinceIndex.get(provinceCode) ?? 0,
      isProvince: r.kind === 'province',
      users: 0,
      firstUser: 0,
      viewers: 0,
      extras: 0,
      timeZone: tzOf.get(provinceCode) ?? 'Asia/Jakarta',
    });
  }
  const bodies = [...nationalBodies];
  for (let i = 1; offices.length + bodies.length < OFFICES; i++) {
    bodies.push({
      name: `Balai Monitor Spektrum Frekuensi Radio Wilayah ${pad2(i)}`,
      shortName: `Balmon ${pad2(i)}`,
      kind: 'agency',
    });
  }
  for (const b of bodies) {
    offices.push({
      n: offices.length + 1,
      name: b.name,
      shortName: b.shortName,
      kind: b.kind,
      regionCode: null,
      regionName: null,
      cluster: 0,
      isProvince: false,
      users: 0,
      firstUser: 0,
      viewers: 0,
      extras: 0,
      timeZone: 'Asia/Jakarta',
    });
  }

  // Users: a provincial office weighs twice a regency office; at least head, secretariat and one staff.
  const regional = offices.filter((o) => o.cluster > 0);
  const regular = Math.max(0, Math.round(20_000 * scale) - ADMINS);
  const weight = (o: Office) => (o.isProvince ? 2 : 1);
  const totalWeight = regional.reduce((sum, o) => sum + weight(o), 0);
  const exact = regional.map((o) => (regular * weight(o)) / totalWeight);
  const shares = exact.map(Math.floor);
  let left = regular - shares.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((x, i) => [x - Math.floor(x), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of byRemainder) {
    if (left-- <= 0) break;
    shares[i] = (shares[i] ?? 0) + 1;
  }
  let next = 1;
  regional.forEach((o, i) => {
    o.users = Math.max(3, shares[i] ?? 0) + (o.regionCode === '15' ? ADMINS : 0);
    o.viewers = o.users >= 8 ? (o.isProvince ? 2 : 1) : 0;
    o.firstUser = next;
    next += o.users;
  });
  const totalUsers = next - 1;
  const extras = Math.round(30_000 * scale);
  for (const o of offices) {
    if (o.cluster === 0) o.firstUser = totalUsers + 1;
    o.extras = o.n <= extras ? Math.floor((extras - o.n) / OFFICES) + 1 : 0;
  }
  return { offices, totalUsers };
}

async function run(conn: Database, text: string): Promise<number> {
  const result = await sql.raw(text).execute(conn);
  return Number(result.numAffectedRows ?? 0);
}

async function rows<T>(conn: Database, text: string): Promise<T[]> {
  return (await sql.raw<T>(text).execute(conn)).rows;
}

/**
 * Fills a freshly migrated, empty database with the national data set and returns the subjects
 * the benchmark acts as and on.
 */
export async function generateNationalDataset(
  db: Database,
  options: GenerateOptions = {},
): Promise<BenchSubjects> {
  const scale = options.scale ?? 1;
  if (!(scale > 0 && scale <= 1)) throw new Error(`scale must be in (0, 1], got ${scale}`);
  const log = options.log ?? (() => {});
  const started = performance.now();
  let stepStart = started;
  const step = (what: string, affected?: number) => {
    const now = performance.now();
    const rowsText = affected === undefined ? '' : ` (${affected.toLocaleString('en')} rows)`;
    log(`${what}${rowsText}: ${((now - stepStart) / 1000).toFixed(1)} s`);
    stepStart = now;
  };

  const M = Math.round(50_000 * scale);
  const PARTICIPANTS = Math.round(1_000_000 * scale);
  const P = Math.round(200_000 * scale);
  const C = Math.round(200_000 * scale);
  const I = Math.round(500_000 * scale);
  const E = Math.round(30_000 * scale);

  const csvPath = fileURLToPath(new URL('../../db/data/regions.csv', import.meta.url));
  const regionRows = buildRegions(readRegionsFile(csvPath));
  const { offices, totalUsers: U } = buildOffices(regionRows, scale);
  const officeByRegion = new Map(offices.filter((o) => o.regionCode).map((o) => [o.regionCode, o]));
  const jambi = officeByRegion.get('15');
  const kerinci = officeByRegion.get('15.01');
  if (!jambi || !kerinci) throw new Error('Jambi offices missing');
  const J = jambi.n;
  const NREG = offices.filter((o) => o.cluster > 0).length;
  const KOMDIGI = NREG + 1;
  const NNAT = OFFICES - NREG;
  const companyOffices = offices
    .filter((o) => o.kind === 'company' || o.kind === 'association')
    .map((o) => o.n);
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  step(`prepared (scale ${scale}, ${U} users, argon2 hash)`);

  return db.connection().execute(async (conn) => {
    const [{ n: existing } = { n: 0 }] = await rows<{ n: number }>(
      conn,
      'select count(*)::int as n from regions',
    );
    if (existing > 0)
      throw new Error('generateNationalDataset needs an empty database (regions already present)');
    try {
      await run(conn, `set temp_buffers = '1GB'`);
    } catch {
      // Temporary tables were used on this connection before: keep the default.
    }
    await run(conn, 'begin');
    try {
      await run(
        conn,
        `set local work_mem = '256MB'; set local maintenance_work_mem = '512MB';
         set local synchronous_commit = off; set local jit = off;
         set local gin_pending_list_limit = '1GB'; set local timezone = 'Asia/Jakarta';
         select setseed(0.42)`,
      );
      // The search documents are built once at the end, set-based: their triggers, run per loaded
      // statement on tables without statistics yet, took over 15 minutes for the proposals alone.
      await run(conn, searchTriggers('disable'));

      // --- Regions ------------------------------------------------------------------------------
      await upsertRegions(conn, regionRows);
      step('regions', regionRows.length);

      // --- Offices ------------------------------------------------------------------------------
      const officeValues = offices
        .map((o) =>
          [
            o.n,
            lit(o.name),
            lit(o.shortName),
            lit(o.kind),
            o.regionCode ? lit(o.regionCode) : 'null',
            o.regionName ? lit(o.regionName) : 'null',
            o.cluster,
            o.isProvince,
            o.users,
            o.firstUser,
            o.viewers,
            o.extras,
            lit(o.timeZone),
          ].join(', '),
        )
        .map((v) => `(${v})`)
        .join(',\n');
      await run(
        conn,
        `create temp table b_org (n int primary key, name text, short_name text, kind text, region_code text,
           region_name text, cluster int, is_prov boolean, nusers int, ufirst int, nviewer int, nextra int, tz text,
           id uuid) on commit drop;
         insert into b_org (n, name, short_name, kind, region_code, region_name, cluster, is_prov, nusers, ufirst,
           nviewer, nextra, tz) values ${officeValues};
         update b_org set id = ${uuidOf('bench-org', 'n')};
         analyze b_org;
         create temp table b_corg on commit drop as
           select cluster, (row_number() over (partition by cluster order by n) - 1)::int as idx, n as org_n
           from b_org where cluster > 0;
         create unique index on b_corg (cluster, idx);
         analyze b_corg`,
      );
      const orgCount = await run(
        conn,
        `insert into organizations (id, name, short_name, kind, region_code, version, created_at, updated_at)
         select id, name, short_name, kind, case when cluster > 0 then region_code end, 1,
           now() - interval '1200 days', now() - interval '1200 days'
         from b_org order by n`,
      );
      step('organizations', orgCount);

      // --- People and users ---------------------------------------------------------------------
      const fullName = `(case when ${mod('s.n', 21, 100)} < 4 then 'Drs. ' when ${mod('s.n', 21, 100)} < 7 then 'Ir. ' else '' end
        || ${pick(firstNames, 's.n', 22)} || ' ' || ${pick(lastNames, 's.n', 23)}
        || case when ${mod('s.n', 24, 100)} < 45 then ${pick(nameSuffixes, 's.n', 25)} else '' end)`;
      await run(
        conn,
        `create temp table b_person on commit drop as
         select s.n, ${uuidOf('bench-person', 's.n')} as id, s.org_n,
           coalesce(s.r, o.nusers + (s.n - ${U} - 1) / ${OFFICES}) as r, s.is_user, o.cluster,
           case when not s.is_user then null
             when s.r = 0 then 'head'
             when s.r = 1 then 'secretariat'
             when s.org_n = ${J} and s.r between 2 and ${1 + ADMINS} then 'admin'
             when s.r >= o.nusers - o.nviewer then 'viewer'
             else 'staff' end as role,
           ${fullName} as full_name
         from (
           select o.ufirst + g as n, o.n as org_n, g as r, true as is_user
           from b_org o cross join lateral generate_series(0, o.nusers - 1) g
           union all
           select ${U} + 1 + j, 1 + j % ${OFFICES}, null, false from generate_series(0, ${E} - 1) j
         ) s join b_org o on o.n = s.org_n;
         create unique index on b_person (n);
         analyze b_person;
         create temp table b_pool on commit drop as
           select p.cluster, (row_number() over (partition by p.cluster order by p.r, p.org_n) - 1)::int as k,
             p.n, p.id, o.id as org_id, o.region_code
           from b_person p join b_org o on o.n = p.org_n
           where p.role is null or p.role not in ('head', 'admin');
         create unique index on b_pool (cluster, k);
         analyze b_pool;
         create temp table b_cluster on commit drop as
           select c.cluster, coalesce(o.csize, 0) as csize, coalesce(p.pool_size, 0) as pool_size
           from (select distinct cluster from b_org) c
           left join (select cluster, count(*)::int as csize from b_corg group by cluster) o using (cluster)
           left join (select cluster, count(*)::int as pool_size from b_pool group by cluster) p using (cluster);
         analyze b_cluster`,
      );
      const [{ natPool } = { natPool: 0 }] = await rows<{ natPool: number }>(
        conn,
        `select pool_size as "natPool" from b_cluster where cluster = 0`,
      );
      const nip = `to_char(date '1965-01-01' + ${mod('p.n', 42, 12000)}, 'YYYYMMDD')
        || to_char(date '1990-01-01' + (p.n / 1000) * interval '1 month', 'YYYYMM')
        || (1 + ${mod('p.n', 43, 2)})::text || lpad((p.n % 1000)::text, 3, '0')`;
      const peopleCount = await run(
        conn,
        `insert into people (id, full_name, position, nip, organization_id, version, created_at, updated_at)
         select p.id, p.full_name,
           case p.role when 'head' then 'Kepala Dinas Komunikasi dan Informatika'
             when 'secretariat' then 'Sekretaris Dinas' when 'admin' then 'Administrator Sistem'
             when 'viewer' then 'Auditor Inspektorat'
             else case when o.cluster = 0 then ${pick(nationalPositions, 'p.n', 44)}
               else ${pick(staffPositions, 'p.n', 45)} end end,
           case when o.kind in ('company', 'association') or ${mod('p.n', 46, 100)} < 10 then null else ${nip} end,
           o.id, 1, now() - (1000 + ${mod('p.n', 47, 150)}) * interval '1 day',
           now() - (1000 + ${mod('p.n', 47, 150)}) * interval '1 day'
         from b_person p join b_org o on o.n = p.org_n order by p.n`,
      );
      const email = `case
          when p.org_n = ${J} and p.r = 0 then ${lit(SUBJECT_EMAILS.head)}
          when p.org_n = ${J} and p.r = 1 then ${lit(SUBJECT_EMAILS.secretariat)}
          when p.org_n = ${J} and p.r = 2 then ${lit(SUBJECT_EMAILS.admin)}
          when p.org_n = ${kerinci.n} and p.r = 2 then ${lit(SUBJECT_EMAILS.staff)}
          else 'u' || lpad(p.n::text, 5, '0') || '@${EMAIL_DOMAIN}' end`;
      const userCount = await run(
        conn,
        `insert into users (id, email, display_name, role, organization_id, person_id, password_hash, language,
           time_zone, active, last_sign_in_at, notify_mode, version, created_at, updated_at)
         select ${uuidOf('bench-user', 'p.n')}, ${email}, p.full_name, p.role, o.id, p.id, ${lit(passwordHash)},
           case when ${mod('p.n', 51, 100)} < 10 then 'en' else 'id' end, o.tz, true,
           case when ${mod('p.n', 52, 100)} < 60 then now() - ${mod('p.n', 53, 720)} * interval '1 hour' end,
           case when ${mod('p.n', 54, 100)} < 80 then 'immediate' when ${mod('p.n', 54, 100)} < 92 then 'daily'
             else 'weekly' end,
           1, now() - interval '900 days', now() - interval '900 days'
         from b_person p join b_org o on o.n = p.org_n where p.is_user order by p.n`,
      );
      step('people and users', peopleCount + userCount);

      // --- Meetings -----------------------------------------------------------------------------
      const typeOf = (g: string) => `case when ${mod(g, 18, 100)} < 15 then 'rakornis'
        when ${mod(g, 18, 100)} < 35 then 'rakor' when ${mod(g, 18, 100)} < 47 then 'audiensi'
        when ${mod(g, 18, 100)} < 57 then 'forum' when ${mod(g, 18, 100)} < 72 then 'pelatihan'
        when ${mod(g, 18, 100)} < 82 then 'kunjungan_kerja' else 'lainnya' end`;
      const titleTemplate = `case y.type ${Object.entries(meetingTitles)
        .map(([type, list]) => `when '${type}' then ${pick(list, 'y.n', 32)}`)
        .join(' ')} end`;
      const minutes = [51, 52, 53, 54].map((seed) => pick(minuteSentences, 'y.n', seed)).join(` || ' ' || `);
      await run(
        conn,
        `create temp table b_mtg on commit drop as
         with x as (
           select g as n,
             case when g = 1 then ${J}
               when ${mod('g', 11, 100)} < 5 then
                 case when ${mod('g', 12, 10)} < 6 then ${KOMDIGI} else ${KOMDIGI + 1} + ${mod('g', 13, NNAT - 1)} end
               when ${mod('g', 11, 100)} < 40 then 1 + ${mod('g', 14, 38)}
               else 39 + ${mod('g', 15, NREG - 38)} end as host_n,
             1 + ${mod('g', 16, 38)} as crand,
             case when g = 1 then -10 else -1095 + ${mod('g', 17, 1186)} end as day_off,
             case when g = 1 then 'rakornis' else ${typeOf('g')} end as type,
             case when g = 1 then 'Rakornis Kominfo'
               when ${mod('g', 30, 2000)} = 7 then ${lit(RARE_TOPIC)} else ${pick(topics, 'g', 31)} end as topic
           from generate_series(1, ${M}) g
           offset 0
         ), y as (
           select x.*, ho.id as host_id, ho.short_name as host_short, ho.name as host_name, ho.tz,
             ho.cluster > 0 as host_regional, cp.cluster, cp.region_name as prov_name,
             coalesce(case when ho.cluster > 0 then ho.region_code end, cp.region_code) as region_code,
             coalesce(case when ho.cluster > 0 then ho.region_name end, cp.region_name) as region_name,
             (case when ho.cluster > 0 then ho.ufirst else cp.ufirst end) as chair_n,
             timezone(ho.tz, (current_date + x.day_off)
               + make_time(case when x.n = 1 then 9 else 8 + ${mod('x.n', 19, 6)} end,
                           case when x.n = 1 then 0 else 30 * ${mod('x.n', 20, 2)} end, 0)) as starts_at
           from x join b_org ho on ho.n = x.host_n
           join b_org cp on cp.n = case when ho.cluster > 0 then ho.cluster else x.crand end
           offset 0
         ), z as (
           select y.*,
             y.starts_at + case when y.type = 'pelatihan' then ${mod('y.n', 21, 4)} * interval '1 day' + interval '7 hours'
               else (2 + ${mod('y.n', 22, 3)}) * interval '1 hour' end as ends_at,
             least(y.starts_at - (2 + ${mod('y.n', 23, 28)}) * interval '1 day',
               now() - interval '2 hours' - ${mod('y.n', 24, 72)} * interval '1 hour') as created_at
           from y
           offset 0
         ), w as (
           select z.*,
             case when z.n = 1 then 'held'
               when z.ends_at > now() - interval '1 hour' then
                 case when ${mod('z.n', 25, 100)} < 4 then 'postponed' else 'scheduled' end
               when ${mod('z.n', 26, 100)} < 90 then 'held' when ${mod('z.n', 26, 100)} < 95 then 'cancelled'
               when ${mod('z.n', 26, 100)} < 98 then 'postponed' else 'scheduled' end as status,
             ${before('z.ends_at', `z.ends_at + (1 + ${mod('z.n', 27, 20)}) * interval '1 hour'`, frac('z.n', 28))} as t_held
           from z
           offset 0
         )
         select y.n, ${uuidOf('bench-meeting', 'y.n')} as id, y.host_n, y.host_id, y.host_regional, y.cluster,
           y.region_code, y.region_name, y.type, y.topic, y.tz, y.starts_at, y.ends_at, y.status, y.created_at,
           case when y.n = 1 then ${lit(BIG_MEETING_TITLE)} else
             ${fill(titleTemplate, {
               topic: 'y.topic',
               region: 'y.region_name',
               prov: 'y.prov_name',
               short: 'y.host_short',
               year: 'extract(year from y.starts_at)::int',
               k: `1 + ${mod('y.n', 33, 40)}`,
               q: 'extract(quarter from y.starts_at)::int',
             })} end as title,
           case when ${mod('y.n', 34, 100)} < 10 then null
             when not y.host_regional then 'Kantor ' || y.host_name || ', Jakarta Pusat'
             else replace(${pick(places, 'y.n', 35)}, '{region}', y.region_name) end as place,
           case when ${mod('y.n', 34, 100)} < 25 then 'https://zoom.us/j/9' || lpad(${mod('y.n', 36, 1000000000)}::text, 9, '0')
             end as online_url,
           case when y.status = 'held' then 'Rapat membahas ' || y.topic || ' bersama peserta dari ' || y.prov_name
             || '. Disepakati tindak lanjut dengan penanggung jawab dan tenggat yang jelas.' end as summary,
           case when y.status = 'held' then ${fill(`(${minutes})`, { topic: 'y.topic', region: 'y.region_name' })} end as minutes,
           case y.status
             when 'cancelled' then ${pick(['Bertepatan dengan agenda pimpinan daerah', 'Narasumber berhalangan hadir', 'Anggaran kegiatan belum tersedia'], 'y.n', 37)}
             when 'postponed' then ${pick(['Menunggu konfirmasi narasumber dari Komdigi', 'Dijadwalkan ulang menyesuaikan agenda kepala daerah'], 'y.n', 37)}
             end as status_reason,
           case when y.status = 'held' then y.t_held
             when y.status in ('cancelled', 'postponed') then
               case when y.starts_at < now() - interval '1 hour'
                 then least(greatest(y.created_at + interval '1 hour', y.starts_at - ${mod('y.n', 38, 5)} * interval '1 day'),
                   now() - interval '1 hour')
                 else y.created_at + (now() - interval '1 hour' - y.created_at) * ${frac('y.n', 39)} end
             end as t_status,
           ${before('y.t_held', `y.t_held + (1 + ${mod('y.n', 40, 47)}) * interval '1 hour'`, frac('y.n', 41))} as t_min,
           (${textArray(agendaTitles)})[1:2 + ${mod('y.n', 42, 3)}] as agenda,
           y.chair_n, y.chair_n + 1 as sec_user_n,
           case when y.n = 1 then least(${BIG_MEETING_PARTICIPANTS}, cl.pool_size + 1)
             else least(40, cl.pool_size + 1) end as cap,
           cl.pool_size,
           case when y.n = 1 then 0
             when y.type in ('audiensi', 'kunjungan_kerja') or not y.host_regional then 1 + ${mod('y.n', 43, 3)}
             when ${mod('y.n', 44, 10)} < 2 then 1 else 0 end as nat,
           ${mod('y.n', 45, 'greatest(cl.pool_size, 1)')} as a,
           ${mod('y.n', 46, Math.max(natPool, 1))} as b
         from w y join b_cluster cl on cl.cluster = y.cluster;
         alter table b_mtg add column cnt int;
         update b_mtg set agenda = (select array_agg(replace(t, '{topic}', topic)) from unnest(agenda) t),
           cnt = case when n = 1 then cap else least(cap, 5 + ${mod('n', 47, 31)}) end,
           nat = least(nat, ${natPool});
         create unique index on b_mtg (n);
         analyze b_mtg`,
      );
      step('  staged meetings (temporary table)');
      // Exactly the target number of participant rows: nudge the counts of the first meetings.
      for (let round = 0; round < 100; round++) {
        const [{ total } = { total: 0 }] = await rows<{ total: number }>(
          conn,
          'select sum(cnt)::int as total from b_mtg',
        );
        const diff = PARTICIPANTS - total;
        if (diff === 0) break;
        const changed = await run(
          conn,
          `update b_mtg set cnt = cnt + ${Math.sign(diff)} where n in (
             select n from b_mtg where n > 1 and ${diff > 0 ? 'cnt < cap' : 'cnt > 5'} order by n limit ${Math.abs(diff)})`,
        );
        if (changed === 0) break;
      }
      const meetingCount = await run(
        conn,
        `insert into meetings (id, type, title, starts_at, ends_at, time_zone, place, online_url,
           host_organization_id, summary, status, status_reason, minutes, version, created_at, updated_at)
         select id, type, title, starts_at, ends_at, tz, place, online_url, host_id, summary, status, status_reason,
           minutes, case status when 'held' then 4 when 'scheduled' then 1 else 2 end, created_at,
           case status when 'held' then t_min + interval '1 minute' when 'scheduled' then created_at else t_status end
         from b_mtg order by n`,
      );
      const agendaCount = await run(
        conn,
        `insert into meeting_agenda_items (id, meeting_id, position, title)
         select ${uuidOf('bench-agenda', `m.n || '-' || a.pos`)}, m.id, a.pos, a.title
         from b_mtg m cross join lateral unnest(m.agenda) with ordinality a(title, pos)
         where m.status = 'held'`,
      );
      step('meetings and agenda items', meetingCount + agendaCount);

      // --- Participants -------------------------------------------------------------------------
      const slot = `m.n::bigint * 1000 + j`;
      const participantCount = await run(
        conn,
        `insert into meeting_participants (id, meeting_id, person_id, guest_name, guest_position, organization_id,
           region_code, role, attendance, represented_by, created_at)
         select ${uuidOf('bench-participant', `s.mn || '-' || s.j`)}, s.mid,
           case when s.kind = 'chair' then ch.id else pp.id end,
           case when s.kind = 'guest' then ${pick(firstNames, 's.slot', 63)} || ' ' || ${pick(lastNames, 's.slot', 64)} end,
           case when s.kind = 'guest' then ${pick(['Narasumber', 'Kepala Desa', 'Camat', 'Perwakilan penyedia jasa internet', 'Akademisi', 'Tenaga Ahli'], 's.slot', 65)} end,
           case s.kind when 'chair' then cho.id
             when 'guest' then case when ${mod('s.slot', 66, 2)} = 0
               then ${uuidOf('bench-org', `('{${companyOffices.join(',')}}'::int[])[1 + ${mod('s.slot', 67, companyOffices.length)}]`)} end
             else pp.org_id end,
           case s.kind when 'chair' then cho.region_code
             when 'guest' then case when ${mod('s.slot', 66, 2)} = 1 then s.region_code end
             else pp.region_code end,
           case when s.kind = 'chair' then 'chair' when s.j = 1 then 'minute_taker'
             when s.kind = 'national' and ${mod('s.slot', 68, 2)} = 0 then 'resource_person'
             when s.kind = 'guest' and ${mod('s.slot', 68, 3)} = 0 then 'speaker'
             else 'participant' end,
           s.attendance,
           case when s.attendance = 'represented'
             then 'Diwakili ' || ${pick(firstNames, 's.slot', 69)} || ' ' || ${pick(lastNames, 's.slot', 70)} end,
           s.created_at
         from (
           select m.n as mn, m.id as mid, j, ${slot} as slot, m.created_at, m.region_code,
             case when j = 0 then 'chair'
               when j >= m.cnt - least(m.nat, greatest(m.cnt - 2, 0)) then 'national'
               when j >= 2 and ${mod(slot, 61, 20)} = 0 and m.n > 1 then 'guest'
               else 'cluster' end as kind,
             case when m.status <> 'held' then 'invited' when j = 0 then 'present'
               when ${mod(slot, 62, 100)} < 84 then 'present' when ${mod(slot, 62, 100)} < 91 then 'absent'
               when ${mod(slot, 62, 100)} < 96 then 'represented' else 'invited' end as attendance,
             m.cluster, m.a, m.b, m.pool_size, m.chair_n
           from b_mtg m cross join lateral generate_series(0, m.cnt - 1) j
           offset 0
         ) s
         left join b_pool pp on pp.cluster = case s.kind when 'cluster' then s.cluster when 'national' then 0 end
           and pp.k = case s.kind when 'cluster' then (s.a + s.j) % greatest(s.pool_size, 1)
             when 'national' then (s.b + s.j) % ${Math.max(natPool, 1)} end
         left join b_person ch on ch.n = case when s.kind = 'chair' then s.chair_n end
         left join b_org cho on cho.n = ch.org_n`,
      );
      step('meeting participants', participantCount);

      const meetingEvents = await run(
        conn,
        `insert into events (occurred_at, actor_id, aggregate_type, aggregate_id, event_type, payload)
         select e.t, ${uuidOf('bench-user', 'm.sec_user_n')}, 'meeting', m.id::text, e.type, e.payload
         from b_mtg m
         cross join lateral (
           select jsonb_agg(jsonb_build_object('personId', mp.person_id, 'guestName', mp.guest_name,
               'role', mp.role, 'attendance', 'invited') order by mp.role <> 'chair', mp.role <> 'minute_taker') as logged,
             coalesce(jsonb_agg(jsonb_build_object('participantId', mp.id, 'from', 'invited', 'to', mp.attendance,
               'representedBy', mp.represented_by)) filter (where mp.attendance <> 'invited'), '[]'::jsonb) as changes
           from meeting_participants mp where mp.meeting_id = m.id) p
         cross join lateral (values
           (1, m.created_at, 'MeetingLogged', jsonb_build_object('type', m.type, 'title', m.title,
             'startsAt', ${iso('m.starts_at')}, 'endsAt', ${iso('m.ends_at')}, 'timeZone', m.tz,
             'place', m.place, 'onlineUrl', m.online_url, 'hostOrganizationId', m.host_id, 'summary', m.summary,
             'participants', coalesce(p.logged, '[]'::jsonb))),
           (2, m.t_status, 'MeetingStatusChanged', case when m.t_status is not null then jsonb_build_object(
             'action', case m.status when 'held' then 'markHeld' when 'cancelled' then 'cancel' else 'postpone' end,
             'from', 'scheduled', 'to', m.status,
             'reason', m.status_reason) end),
           (3, case when m.status = 'held' then m.t_min end, 'MinutesRecorded', case when m.status = 'held' then
             jsonb_build_object('minutesLength', length(m.minutes),
               'minutesChanged', true, 'agenda', to_jsonb(m.agenda)) end),
           (4, case when m.status = 'held' then m.t_min + interval '1 minute' end, 'AttendanceRecorded',
             case when m.status = 'held' then jsonb_build_object('changes', p.changes) end)
         ) e(ord, t, type, payload)
         where e.t is not null`,
      );
      step('meeting events', meetingEvents);

      // Held meetings in time order: proposals, commitments and action items come out of them.
      await run(
        conn,
        `create temp table b_held on commit drop as
         select (row_number() over (order by starts_at, n))::int as k, n, id, host_n, host_regional, cluster,
           region_code, region_name, topic, title, starts_at, chair_n, sec_user_n
         from b_mtg where status = 'held';
         create unique index on b_held (k);
         analyze b_held`,
      );
      const [held] = await rows<{ hn: number; kbig: number; k0: number }>(
        conn,
        `select count(*)::int as hn, (select k from b_held where n = 1) as kbig,
           coalesce((select min(k) from b_held where starts_at >= now() - interval '22 months'), 1) as k0
         from b_held`,
      );
      if (!held) throw new Error('no held meetings');
      const { hn: H, kbig: kBig, k0: K0 } = held;

      // --- Proposals ----------------------------------------------------------------------------
      const national = (g: string, seed: number) => `case when ${mod(g, seed, 100)} < 45 then ${KOMDIGI}
        when ${mod(g, seed, 100)} < 65 then ${KOMDIGI + 1} when ${mod(g, seed, 100)} < 75 then ${KOMDIGI + 2}
        when ${mod(g, seed, 100)} < 82 then ${KOMDIGI + 3} when ${mod(g, seed, 100)} < 90 then ${KOMDIGI + 4}
        else ${KOMDIGI + 5} + ${mod(g, seed + 1, NNAT - 5)} end`;
      await run(
        conn,
        `create temp table b_prop on commit drop as
         with y as (
           select g as n, m.k, m.id as meeting_id, m.title as meeting_title, m.cluster, m.host_n, m.host_regional,
             m.starts_at, cl.csize,
             case when ${mod('g', 80, 2000)} = 7 then ${lit(RARE_TOPIC)} else ${pick(topics, 'g', 81)} end as topic,
             ${before('m.starts_at', `m.starts_at + (1 + ${mod('g', 82, 72)}) * interval '1 hour'`, frac('g', 83))} as created_at
           from generate_series(1, ${P}) g
           join b_held m on m.k = 1 + (g - 1) % ${H}
           join b_cluster cl on cl.cluster = m.cluster
           offset 0
         ), z as (
           select y.*, case when y.host_regional and ${mod('y.n', 84, 10)} < 6 then y.host_n else co.org_n end as prop1
           from y join b_corg co on co.cluster = y.cluster and co.idx = ${mod('y.n', 85, 'y.csize')}
           offset 0
         ), v as (
           select z.*,
             case when ${mod('z.n', 86, 10)} < 3 then
               case when z.prop1 <> z.cluster then z.cluster
                 when z.csize > 1 then (select org_n from b_corg c2 where c2.cluster = z.cluster
                   and c2.idx = 1 + ${mod('z.n', 87, 'z.csize - 1')}) end end as prop2,
             case when z.created_at > now() - interval '30 days' then
               case when ${mod('z.n', 88, 100)} < 20 then 'draft' when ${mod('z.n', 88, 100)} < 65 then 'submitted'
                 when ${mod('z.n', 88, 100)} < 90 then 'under_review' when ${mod('z.n', 88, 100)} < 96 then 'accepted'
                 else 'rejected' end
             else
               case when ${mod('z.n', 88, 100)} < 3 then 'draft' when ${mod('z.n', 88, 100)} < 10 then 'submitted'
                 when ${mod('z.n', 88, 100)} < 20 then 'under_review' when ${mod('z.n', 88, 100)} < 55 then 'accepted'
                 when ${mod('z.n', 88, 100)} < 70 then 'partly_accepted' when ${mod('z.n', 88, 100)} < 88 then 'rejected'
                 else 'withdrawn' end end as status,
             ${before('z.created_at', `z.created_at + (7 + ${mod('z.n', 89, 113)}) * interval '1 day'`, frac('z.n', 90))} as t_decide,
             ${before('z.created_at', `z.created_at + (2 + ${mod('z.n', 91, 30)}) * interval '1 day'`, frac('z.n', 92))} as t_review0
           from z
           offset 0
         ), u as (
           select v.*,
             case when ${mod('v.n', 93, 100)} < 40 then ${KOMDIGI} when ${mod('v.n', 93, 100)} < 55 then ${KOMDIGI + 1}
               when ${mod('v.n', 93, 100)} < 60 then ${KOMDIGI + 2} when ${mod('v.n', 93, 100)} < 65 then ${KOMDIGI + 3}
               when ${mod('v.n', 93, 100)} < 72 then ${KOMDIGI + 5} + ${mod('v.n', 94, NNAT - 5)}
               when ${mod('v.n', 93, 100)} < 90 then
                 case when v.cluster in (v.prop1, coalesce(v.prop2, 0)) then ${KOMDIGI} else v.cluster end
               else ${KOMDIGI + 4} end as addr_n,
             v.status = 'withdrawn' and ${mod('v.n', 95, 10)} < 3 as via_draft,
             v.status = 'under_review' or (v.status in ('accepted', 'partly_accepted', 'rejected') and ${mod('v.n', 96, 2)} = 0)
               as reviewed,
             v.status in ('accepted', 'partly_accepted', 'rejected') as decided
           from v
           offset 0
         )
         select u.n, ${uuidOf('bench-proposal', 'u.n')} as id, u.k, u.meeting_id, u.cluster, u.prop1, u.prop2, u.addr_n,
           u.status, u.via_draft, u.reviewed, u.decided, u.created_at,
           case when u.status = 'under_review' then u.t_review0
             when u.reviewed then u.created_at + (u.t_decide - u.created_at) * 0.4 end as t_review,
           case when u.decided or u.status = 'withdrawn' then u.t_decide end as t_decide,
           case when u.decided then u.t_decide::date end as decided_on,
           case when u.decided then ${pick(decisionNotes, 'u.n', 97)} end as decision_note,
           case when u.topic = ${lit(RARE_TOPIC)} then 'Dukungan ' || u.topic || ' bagi ' || o1.region_name
             else ${fill(pick(proposalTitles, 'u.n', 98), { region: 'o1.region_name', topic: 'u.topic', k: `3 + ${mod('u.n', 99, 60)}` })} end as title,
           'Diusulkan dalam rapat "' || u.meeting_title || '" untuk mendukung ' || u.topic || ' di ' || o1.region_name || '.'
             as description,
           1 + u.reviewed::int + (u.decided or u.status = 'withdrawn')::int as version,
           o1.ufirst + 1 as actor_user_n
         from u join b_org o1 on o1.n = u.prop1;
         create unique index on b_prop (n);
         analyze b_prop`,
      );
      step('  staged proposals (temporary table)');
      let proposalRows = await run(
        conn,
        `insert into proposals (id, title, description, addressed_to_organization_id, status, decision_note, decided_on,
           version, created_at, updated_at)
         select p.id, p.title, p.description, ${uuidOf('bench-org', 'p.addr_n')}, p.status, p.decision_note, p.decided_on,
           p.version, p.created_at, coalesce(p.t_decide, p.t_review, p.created_at)
         from b_prop p order by p.n`,
      );
      proposalRows += await run(
        conn,
        `insert into proposal_proposers (proposal_id, organization_id)
         select id, ${uuidOf('bench-org', 'prop1')} from b_prop
         union all select id, ${uuidOf('bench-org', 'prop2')} from b_prop where prop2 is not null`,
      );
      proposalRows += await run(
        conn,
        `insert into proposal_meetings (proposal_id, meeting_id) select id, meeting_id from b_prop order by n`,
      );
      step('proposals with proposers and meetings', proposalRows);
      const proposalEvents = await run(
        conn,
        `insert into events (occurred_at, actor_id, aggregate_type, aggregate_id, event_type, payload)
         select e.t, ${uuidOf('bench-user', 'p.actor_user_n')}, 'proposal', p.id::text, e.type, e.payload
         from b_prop p cross join lateral (values
           (1, p.created_at, case when p.status = 'draft' or p.via_draft then 'ProposalDrafted' else 'ProposalSubmitted' end,
             jsonb_build_object('title', p.title, 'description', p.description,
               'addressedToOrganizationId', ${uuidOf('bench-org', 'p.addr_n')},
               'status', case when p.status = 'draft' or p.via_draft then 'draft' else 'submitted' end,
               'proposerOrganizationIds', case when p.prop2 is null then jsonb_build_array(${uuidOf('bench-org', 'p.prop1')})
                 else jsonb_build_array(${uuidOf('bench-org', 'p.prop1')}, ${uuidOf('bench-org', 'p.prop2')}) end,
               'meetingIds', jsonb_build_array(p.meeting_id))),
           (2, p.t_review, 'ProposalReviewStarted', case when p.t_review is not null then jsonb_build_object('version', 2,
             'action', 'startReview', 'from', 'submitted', 'to', 'under_review') end),
           (3, p.t_decide, case when p.decided then 'ProposalDecided' else 'ProposalWithdrawn' end,
             case when p.decided then jsonb_build_object('version', p.version,
               'action', case p.status when 'accepted' then 'accept' when 'partly_accepted' then 'acceptPartly' else 'reject' end,
               'from', case when p.reviewed then 'under_review' else 'submitted' end, 'to', p.status,
               'note', p.decision_note, 'outcome', p.status, 'decidedOn', ${ymd('p.decided_on')})
             when p.t_decide is not null then jsonb_build_object('version', 2, 'action', 'withdraw',
               'from', case when p.via_draft then 'draft' else 'submitted' end, 'to', 'withdrawn') end)
         ) e(ord, t, type, payload)
         where e.t is not null`,
      );
      step('proposal events', proposalEvents);

      // --- Commitments --------------------------------------------------------------------------
      const personOf = (org: string, seed: number, g: string) => `case when ${org}.cluster > 0
          then ${org}.ufirst + case when ${mod(g, seed, 3)} = 0 or ${org}.nusers < 3 then 0 else 2 end
        when ${org}.nextra > 0 then ${U} + ${org}.n end`;
      await run(
        conn,
        `create temp table b_com on commit drop as
         with y as (
           select g as n, m.k, m.id as meeting_id, m.title as meeting_title, m.cluster, m.host_n, m.host_regional,
             m.region_code, m.region_name, m.starts_at, m.sec_user_n, cl.csize,
             case when m.k <= ${P} then (${P} - m.k) / ${H} + 1 else 0 end as nprop,
             case when ${mod('g', 110, 2000)} = 7 then ${lit(RARE_TOPIC)} else ${pick(topics, 'g', 111)} end as topic
           from generate_series(1, ${C}) g
           join b_held m on m.k = 1 + (g - 1) % ${H}
           join b_cluster cl on cl.cluster = m.cluster
           offset 0
         ), z as (
           select y.*, p.n as pn, p.addr_n, p.t_decide, p.id as proposal_id,
             coalesce(p.status in ('accepted', 'partly_accepted') and ${mod('y.n', 112, 10)} < 6, false) as linked
           from y left join b_prop p on y.nprop > 0 and p.n = y.k + ${mod('y.n', 113, 'greatest(y.nprop, 1)')} * ${H}
           offset 0
         ), v as (
           select z.*,
             case when z.linked then z.addr_n
               when ${mod('z.n', 114, 100)} < 60 then ${national('z.n', 115)}
               when z.host_regional then z.host_n else z.cluster end as by_n,
             case when z.linked then greatest(z.starts_at, z.t_decide) else z.starts_at end as floor_at
           from z
           offset 0
         ), w as (
           select v.*,
             case when ${mod('v.n', 117, 10)} < 7 then v.by_n when v.host_regional then v.host_n else v.cluster end as owner_n,
             ${before('v.floor_at', `v.floor_at + (1 + ${mod('v.n', 118, 72)}) * interval '1 hour'`, frac('v.n', 119))} as created_at,
             case when ${mod('v.n', 120, 10)} < 4 and v.csize > 1 then
               (select o.region_code from b_corg c2 join b_org o on o.n = c2.org_n
                where c2.cluster = v.cluster and c2.idx = 1 + ${mod('v.n', 121, 'v.csize - 1')}) end as region2
           from v
           offset 0
         ), t as (
           select w.*, (w.created_at::date + 30 + ${mod('w.n', 122, 336)}) as due_on
           from w
           offset 0
         ), s as (
           select t.*,
             case when t.due_on < current_date then
               case when ${mod('t.n', 123, 100)} < 50 then 'fulfilled' when ${mod('t.n', 123, 100)} < 65 then 'not_fulfilled'
                 when ${mod('t.n', 123, 100)} < 73 then 'cancelled' when ${mod('t.n', 123, 100)} < 90 then 'in_progress'
                 else 'open' end
             else
               case when ${mod('t.n', 123, 100)} < 45 then 'open' when ${mod('t.n', 123, 100)} < 85 then 'in_progress'
                 when ${mod('t.n', 123, 100)} < 97 then 'fulfilled' else 'cancelled' end end as status,
             ${before('t.created_at', `t.created_at + greatest(1, t.due_on - t.created_at::date + ${mod('t.n', 124, 60)} - 20) * interval '1 day'`, frac('t.n', 125))} as t_end
           from t
           offset 0
         )
         select s.n, ${uuidOf('bench-commitment', 's.n')} as id, s.k, s.meeting_id, s.cluster, s.status, s.created_at,
           s.due_on, s.by_n, s.owner_n, s.sec_user_n,
           case when s.linked then s.proposal_id end as proposal_id,
           case when ${mod('s.n', 126, 2)} = 0 then ${personOf('bo', 127, 's.n')} end as by_person_n,
           case when ${mod('s.n', 128, 10)} < 4 then ${personOf('oo', 129, 's.n')} end as owner_person_n,
           s.region_code as region1,
           case when s.region2 <> s.region_code then s.region2 end as region2,
           s.status = 'in_progress' or s.status = 'not_fulfilled' or (s.status = 'fulfilled' and ${mod('s.n', 130, 2)} = 0)
             as started,
           case when s.status = 'in_progress' then s.t_end else s.created_at + (s.t_end - s.created_at) * 0.3 end as t_start,
           case when s.status in ('fulfilled', 'not_fulfilled', 'cancelled') then s.t_end end as t_final,
           case when s.status = 'fulfilled' then 'Realisasi: ' || ${pick(evidenceNotes, 's.n', 131)} end as evidence,
           case s.status when 'not_fulfilled' then ${pick(['Anggaran tidak tersedia pada tahun berjalan.', 'Lokasi tidak memenuhi syarat teknis.', 'Program dihentikan di tingkat pusat.'], 's.n', 132)}
             when 'cancelled' then ${pick(cancelReasons, 's.n', 132)} end as reason,
           ${mod('s.n', 133, 10)} = 0 as is_public,
           case when s.topic = ${lit(RARE_TOPIC)} then bo.short_name || ' mendukung ' || s.topic || ' di ' || s.region_name
             else ${fill(pick(commitmentTitles, 's.n', 134), { party: 'bo.short_name', region: 's.region_name', topic: 's.topic', k: `2 + ${mod('s.n', 135, 40)}` })} end as title,
           'Disampaikan dalam rapat "' || s.meeting_title || '".' as description
         from s join b_org bo on bo.n = s.by_n join b_org oo on oo.n = s.owner_n;
         alter table b_com add column version int;
         update b_com set version = 1 + case when status = 'in_progress' then 1
           when status in ('fulfilled', 'not_fulfilled') then 1 + started::int when status = 'cancelled' then 1 else 0 end;
         create unique index on b_com (n);
         analyze b_com`,
      );
      step('  staged commitments (temporary table)');
      let commitmentRows = await run(
        conn,
        `insert into commitments (id, title, description, committed_by_organization_id, committed_by_person_id,
           owner_organization_id, owner_person_id, meeting_id, proposal_id, due_on, status, evidence, is_public,
           version, created_at, updated_at)
         select c.id, c.title, c.description, ${uuidOf('bench-org', 'c.by_n')}, ${uuidOf('bench-person', 'c.by_person_n')},
           ${uuidOf('bench-org', 'c.owner_n')}, ${uuidOf('bench-person', 'c.owner_person_n')}, c.meeting_id, c.proposal_id,
           c.due_on, c.status, c.evidence, c.is_public, c.version, c.created_at,
           coalesce(c.t_final, case when c.started then c.t_start end, c.created_at)
         from b_com c order by c.n`,
      );
      commitmentRows += await run(
        conn,
        `insert into commitment_regions (commitment_id, region_code)
         select id, region1 from b_com union all select id, region2 from b_com where region2 is not null`,
      );
      // The proposal each answers, as the app keeps it (issue 19: commitment_proposals is the list).
      commitmentRows += await run(
        conn,
        `insert into commitment_proposals (commitment_id, proposal_id, position)
         select id, proposal_id, 0 from b_com where proposal_id is not null`,
      );
      step('commitments with regions', commitmentRows);
      const commitmentEvents = await run(
        conn,
        `insert into events (occurred_at, actor_id, aggregate_type, aggregate_id, event_type, payload)
         select e.t, ${uuidOf('bench-user', 'c.sec_user_n')}, 'commitment', c.id::text, e.type, e.payload
         from b_com c cross join lateral (values
           (1, c.created_at, 'CommitmentMade', jsonb_build_object('title', c.title, 'description', c.description,
             'committedByOrganizationId', ${uuidOf('bench-org', 'c.by_n')},
             'committedByPersonId', ${uuidOf('bench-person', 'c.by_person_n')},
             'dueOn', ${ymd('c.due_on')}, 'ownerOrganizationId', ${uuidOf('bench-org', 'c.owner_n')},
             'ownerPersonId', ${uuidOf('bench-person', 'c.owner_person_n')}, 'meetingId', c.meeting_id,
             'proposalId', c.proposal_id, 'isPublic', c.is_public,
             'regionCodes', case when c.region2 is null then jsonb_build_array(c.region1)
               else jsonb_build_array(c.region1, c.region2) end)),
           (2, case when c.started then c.t_start end, 'CommitmentStatusChanged', case when c.started then
             jsonb_build_object('version', 2, 'action', 'start', 'from', 'open', 'to', 'in_progress') end),
           (3, c.t_final, 'CommitmentStatusChanged', case when c.t_final is not null then
             jsonb_build_object('version', c.version,
               'action', case c.status when 'fulfilled' then 'fulfil' when 'not_fulfilled' then 'markNotFulfilled' else 'cancel' end,
               'from', case when c.started then 'in_progress' else 'open' end, 'to', c.status)
             || case when c.evidence is not null then jsonb_build_object('evidence', c.evidence) else '{}'::jsonb end
             || case when c.reason is not null then jsonb_build_object('reason', c.reason) else '{}'::jsonb end end)
         ) e(ord, t, type, payload)
         where e.t is not null`,
      );
      step('commitment events', commitmentEvents);

      // --- Action items -------------------------------------------------------------------------
      const inWindow = kBig >= K0 && kBig <= H;
      const span = H - K0 + (inWindow ? 0 : 1);
      const pickK =
        span > 0 ? `${K0} + r + case when ${inWindow} and ${K0} + r >= ${kBig} then 1 else 0 end` : `${kBig}`;
      await run(
        conn,
        `create temp table b_item on commit drop as
         with x as (
           select g as n, case when g <= ${BIG_MEETING_ITEMS} then ${kBig} else ${pickK} end as k
           from (select g, ${span > 0 ? mod('g', 140, span) : '0'} as r from generate_series(1, ${I}) g) s
           offset 0
         ), y as (
           select x.n, m.k, m.id as meeting_id, m.cluster, m.host_n, m.host_regional, m.starts_at, cl.csize,
             case when m.k <= ${C} then (${C} - m.k) / ${H} + 1 else 0 end as ncom,
             case when m.k <= ${P} then (${P} - m.k) / ${H} + 1 else 0 end as nprop,
             ${mod('x.n', 141, 10)} as src,
             case when ${mod('x.n', 142, 2000)} = 7 then ${lit(RARE_TOPIC)} else ${pick(topics, 'x.n', 143)} end as topic,
             case when m.host_regional and ${mod('x.n', 144, 10)} < 3 then m.host_n else co.org_n end as owner_n
           from x join b_held m on m.k = x.k
           join b_cluster cl on cl.cluster = m.cluster
           join b_corg co on co.cluster = m.cluster and co.idx = ${mod('x.n', 145, 'cl.csize')}
           offset 0
         ), z as (
           select y.*,
             case when y.src < 5 and y.ncom > 0 then y.k + ${mod('y.n', 146, 'greatest(y.ncom, 1)')} * ${H} end as cn,
             case when y.src between 5 and 6 and y.nprop > 0 then y.k + ${mod('y.n', 147, 'greatest(y.nprop, 1)')} * ${H} end as pn
           from y
           offset 0
         ), v as (
           select z.*, c.id as commitment_id, c.created_at as commitment_created,
             oo.id as owner_id, oo.region_code, oo.region_name, oo.ufirst as owner_head_n,
             oo.nusers - oo.nviewer - case when oo.n = ${J} then ${2 + ADMINS} else 2 end as staff_count,
             case when oo.n = ${J} then ${2 + ADMINS} else 2 end + oo.ufirst as staff_first,
             case when ${mod('z.n', 148, 10)} < 7 then po.ufirst else oo.ufirst end as assigner_n,
             greatest(z.starts_at, coalesce(c.created_at, z.starts_at)) as floor_at
           from z left join b_com c on c.n = z.cn
           join b_org oo on oo.n = z.owner_n
           join b_org po on po.n = z.cluster
           offset 0
         ), w as (
           select v.*,
             case when ${mod('v.n', 149, 10)} < 7 and v.staff_count > 0
               then v.staff_first + ${mod('v.n', 150, 'greatest(v.staff_count, 1)')} end as owner_person_n,
             ${before('v.floor_at', `v.floor_at + (2 + ${mod('v.n', 151, 94)}) * interval '1 hour'`, frac('v.n', 152))} as created_at
           from v
           offset 0
         ), t as (
           select w.*, w.created_at::date + 7 + ${mod('w.n', 153, 170)} as due_on,
             w.owner_person_n is not null and ${mod('w.n', 154, 10)} < 3 as delegated
           from w
           offset 0
         ), s as (
           select t.*,
             case when t.due_on < current_date - 60 then
               case when ${mod('t.n', 155, 100)} < 65 then 'done' when ${mod('t.n', 155, 100)} < 72 then 'cancelled'
                 when ${mod('t.n', 155, 100)} < 80 then 'open' when ${mod('t.n', 155, 100)} < 89 then 'in_progress'
                 when ${mod('t.n', 155, 100)} < 95 then 'blocked' else 'awaiting_verification' end
             when t.due_on < current_date then
               case when ${mod('t.n', 155, 100)} < 45 then 'done' when ${mod('t.n', 155, 100)} < 50 then 'cancelled'
                 when ${mod('t.n', 155, 100)} < 67 then 'open' when ${mod('t.n', 155, 100)} < 85 then 'in_progress'
                 when ${mod('t.n', 155, 100)} < 91 then 'blocked' else 'awaiting_verification' end
             else
               case when ${mod('t.n', 155, 100)} < 15 then 'done' when ${mod('t.n', 155, 100)} < 18 then 'cancelled'
                 when ${mod('t.n', 155, 100)} < 58 then 'open' when ${mod('t.n', 155, 100)} < 88 then 'in_progress'
                 when ${mod('t.n', 155, 100)} < 92 then 'blocked' else 'awaiting_verification' end end as status,
             ${before('t.created_at', `t.created_at + (t.due_on - t.created_at::date) * (0.3 + ${mod('t.n', 156, 90)} / 100.0) * interval '1 day'`, frac('t.n', 157))} as t_end
           from t
           offset 0
         )
         select s.n, ${uuidOf('bench-item', 's.n')} as id, s.meeting_id, s.commitment_id,
           case when s.pn is not null then ${uuidOf('bench-proposal', 's.pn')} end as proposal_id,
           s.owner_n, s.owner_id, s.region_code, s.owner_person_n, s.assigner_n, s.delegated, s.status,
           ${uuidOf('bench-person', 's.owner_person_n')} as owner_person_id,
           ${uuidOf('bench-person', 's.assigner_n')} as assigner_person_id,
           ${uuidOf('bench-user', 's.assigner_n')} as assigner_user_id,
           ${uuidOf('bench-user', 'coalesce(s.owner_person_n, s.owner_head_n)')} as owner_user_id,
           ${uuidOf('bench-user', 's.owner_head_n')} as head_user_id,
           case when s.topic = ${lit(RARE_TOPIC)} then 'Siapkan data ' || s.topic || ' ' || s.region_name
             else ${fill(pick(actionItemTitles, 's.n', 158), { topic: 's.topic', region: 's.region_name', party: pick(parties, 's.n', 159), q: `1 + ${mod('s.n', 160, 4)}` })} end as title,
           case when ${mod('s.n', 161, 10)} < 6 then ${pick(actionItemDescriptions, 's.n', 162)} end as description,
           case when ${mod('s.n', 163, 100)} < 15 then 'low' when ${mod('s.n', 163, 100)} < 75 then 'normal'
             when ${mod('s.n', 163, 100)} < 95 then 'high' else 'urgent' end as priority,
           s.due_on,
           case when s.status = 'done' and ${mod('s.n', 164, 100)} < 5 and s.due_on - 30 > s.created_at::date
             then s.due_on - 30 else s.due_on end as first_due_on,
           case s.status when 'in_progress' then 10 + 5 * ${mod('s.n', 165, 17)} when 'blocked' then 10 + 5 * ${mod('s.n', 165, 11)}
             when 'awaiting_verification' then 100 when 'done' then 100 else 0 end as progress,
           25 + 5 * ${mod('s.n', 166, 11)} as reported,
           s.status in ('open', 'in_progress', 'blocked') and s.due_on < current_date + 7 and ${mod('s.n', 167, 100)} < 10
             as pending_ext,
           s.created_at, s.t_end,
           s.created_at + (s.t_end - s.created_at) * 0.05 as t_deleg,
           s.created_at + (s.t_end - s.created_at) * 0.10 as t_ext1,
           s.created_at + (s.t_end - s.created_at) * 0.15 as t_ext2,
           case when s.status = 'in_progress' then s.t_end else s.created_at + (s.t_end - s.created_at) * 0.3 end as t_start,
           case when s.status = 'done' then s.created_at + (s.t_end - s.created_at) * 0.8 else s.t_end end as t_evidence,
           s.t_end + (now() - s.t_end) * 0.5 as t_pending
         from s;
         alter table b_item add column ext_ok boolean, add column version int, add column updated_at timestamptz;
         update b_item set ext_ok = first_due_on <> due_on,
           version = 1 + delegated::int + case when first_due_on <> due_on then 2 else 0 end
             + case status when 'in_progress' then 1 when 'blocked' then 2 when 'awaiting_verification' then 2
                 when 'done' then 3 when 'cancelled' then 1 else 0 end + pending_ext::int,
           updated_at = case when pending_ext then t_pending when status = 'open' then
             case when delegated then t_deleg else created_at end else t_end end;
         create unique index on b_item (n);
         analyze b_item`,
      );
      step('  staged action items (temporary table)');
      const itemCount = await run(
        conn,
        `insert into action_items (id, title, description, meeting_id, proposal_id, commitment_id, owner_organization_id,
           owner_person_id, assigned_by_person_id, region_code, due_on, priority, status, progress, completed_at, version,
           created_at, updated_at)
         select id, title, description, meeting_id, proposal_id, commitment_id, owner_id, owner_person_id,
           assigner_person_id, region_code, due_on, priority, status, progress,
           case when status = 'done' then t_end end, version, created_at, updated_at
         from b_item order by n`,
      );
      step('action items', itemCount);
      const dispositionCount = await run(
        conn,
        `insert into action_item_dispositions (id, action_item_id, step, from_organization_id, from_person_id,
           to_organization_id, to_person_id, instruction, actor_id, created_at)
         select ${uuidOf('bench-disposition', `i.n || '-1'`)}, i.id, 1, ap.organization_id, i.assigner_person_id,
           i.owner_id, case when i.delegated then null else i.owner_person_id end, coalesce(i.description, i.title),
           i.assigner_user_id, i.created_at
         from b_item i join people ap on ap.id = i.assigner_person_id
         union all
         select ${uuidOf('bench-disposition', `i.n || '-2'`)}, i.id, 2, i.owner_id, null, i.owner_id, i.owner_person_id,
           ${pick(delegationInstructions, 'i.n', 170)}, i.head_user_id, i.t_deleg
         from b_item i where i.delegated`,
      );
      step('dispositions', dispositionCount);
      let followUpRows = await run(
        conn,
        `insert into action_item_evidence (id, action_item_id, note, link, verdict, submitted_by, verified_by, verified_at,
           created_at)
         select ${uuidOf('bench-evidence', 'i.n')}, i.id, ${pick(evidenceNotes, 'i.n', 171)},
           case when ${mod('i.n', 172, 2)} = 0 then 'https://data.bench.go.id/dokumen/' || i.n end,
           case when i.status = 'done' then 'accepted' else 'pending' end, i.owner_user_id,
           case when i.status = 'done' then i.assigner_user_id end, case when i.status = 'done' then i.t_end end,
           i.t_evidence
         from b_item i where i.status in ('done', 'awaiting_verification')`,
      );
      followUpRows += await run(
        conn,
        `insert into extension_requests (id, action_item_id, previous_due_on, requested_due_on, reason, status,
           decision_note, requested_by, decided_by, decided_at, created_at)
         select ${uuidOf('bench-extension', `i.n || '-1'`)}, i.id, i.first_due_on, i.due_on, ${pick(extensionReasons, 'i.n', 173)},
           'approved', 'Disetujui.', i.owner_user_id, i.assigner_user_id, i.t_ext2, i.t_ext1
         from b_item i where i.ext_ok
         union all
         select ${uuidOf('bench-extension', `i.n || '-2'`)}, i.id, i.due_on, i.due_on + 14 + ${mod('i.n', 174, 47)},
           ${pick(extensionReasons, 'i.n', 175)}, 'pending', null, i.owner_user_id, null, null, i.t_pending
         from b_item i where i.pending_ext`,
      );
      step('evidence and extension requests', followUpRows);

      const itemEvents = await run(
        conn,
        `insert into events (occurred_at, actor_id, aggregate_type, aggregate_id, event_type, payload)
         select e.t, e.actor, 'action_item', i.id::text, e.type, e.payload
         from b_item i cross join lateral (values
           (1, i.created_at, i.assigner_user_id, 'ActionItemAssigned', jsonb_build_object('title', i.title,
             'dueOn', ${ymd('i.first_due_on')}, 'priority', i.priority, 'ownerOrganizationId', i.owner_id,
             'ownerPersonId', case when i.delegated then null else i.owner_person_id end,
             'assignedByPersonId', i.assigner_person_id,
             'source', jsonb_build_object('meetingId', i.meeting_id, 'proposalId', i.proposal_id,
               'commitmentId', i.commitment_id))),
           (2, case when i.delegated then i.t_deleg end, i.head_user_id, 'ActionItemDelegated',
             case when i.delegated then jsonb_build_object('step', 2,
               'from', jsonb_build_object('organizationId', i.owner_id, 'personId', null),
               'to', jsonb_build_object('organizationId', i.owner_id, 'personId', i.owner_person_id),
               'instruction', ${pick(delegationInstructions, 'i.n', 170)}) end),
           (3, case when i.ext_ok then i.t_ext1 end, i.owner_user_id, 'ExtensionRequested',
             case when i.ext_ok then jsonb_build_object('extensionId', ${uuidOf('bench-extension', `i.n || '-1'`)},
               'previousDueOn', ${ymd('i.first_due_on')}, 'requestedDueOn', ${ymd('i.due_on')},
               'reason', ${pick(extensionReasons, 'i.n', 173)}) end),
           (4, case when i.ext_ok then i.t_ext2 end, i.assigner_user_id, 'ExtensionDecided',
             case when i.ext_ok then jsonb_build_object('extensionId', ${uuidOf('bench-extension', `i.n || '-1'`)},
               'approved', true, 'note', 'Disetujui.',
               'dueOn', jsonb_build_object('from', ${ymd('i.first_due_on')}, 'to', ${ymd('i.due_on')})) end),
           (5, case when i.status in ('in_progress', 'blocked', 'awaiting_verification', 'done') then i.t_start end,
             i.owner_user_id, 'ProgressReported',
             case when i.status in ('in_progress', 'blocked', 'awaiting_verification', 'done') then
               jsonb_build_object('from', 0,
                 'to', case when i.status in ('in_progress', 'blocked') then i.progress else i.reported end,
                 'note', null, 'status', jsonb_build_object('from', 'open', 'to', 'in_progress')) end),
           (6, case when i.status = 'blocked' then i.t_end end, i.owner_user_id, 'ActionItemStatusChanged',
             case when i.status = 'blocked' then jsonb_build_object('action', 'block', 'from', 'in_progress',
               'to', 'blocked', 'reason', ${pick(blockReasons, 'i.n', 176)}) end),
           (7, case when i.status in ('awaiting_verification', 'done') then i.t_evidence end, i.owner_user_id,
             'EvidenceSubmitted', case when i.status in ('awaiting_verification', 'done') then
               jsonb_build_object('evidenceId', ${uuidOf('bench-evidence', 'i.n')}, 'note', ${pick(evidenceNotes, 'i.n', 171)},
                 'link', case when ${mod('i.n', 172, 2)} = 0 then 'https://data.bench.go.id/dokumen/' || i.n end,
                 'fileId', null) end),
           (8, case when i.status = 'done' then i.t_end end, i.assigner_user_id, 'ActionItemVerified',
             case when i.status = 'done' then jsonb_build_object('outcome', 'accepted', 'reason', null,
               'status', jsonb_build_object('from', 'awaiting_verification', 'to', 'done')) end),
           (9, case when i.status = 'cancelled' then i.t_end end, i.assigner_user_id, 'ActionItemStatusChanged',
             case when i.status = 'cancelled' then jsonb_build_object('action', 'cancel', 'from', 'open',
               'to', 'cancelled', 'reason', ${pick(cancelReasons, 'i.n', 177)}) end),
           (10, case when i.pending_ext then i.t_pending end, i.owner_user_id, 'ExtensionRequested',
             case when i.pending_ext then jsonb_build_object('extensionId', ${uuidOf('bench-extension', `i.n || '-2'`)},
               'previousDueOn', ${ymd('i.due_on')}, 'requestedDueOn', ${ymd(`i.due_on + 14 + ${mod('i.n', 174, 47)}`)},
               'reason', ${pick(extensionReasons, 'i.n', 175)}) end)
         ) e(ord, t, actor, type, payload)
         where e.t is not null`,
      );
      step('action item events', itemEvents);

      await run(conn, 'analyze');
      await run(conn, 'select tindak_search_rebuild()');
      await run(conn, searchTriggers('enable'));
      step('search documents');

      await run(conn, 'commit');
      step('commit');
    } catch (error) {
      await run(conn, 'rollback').catch(() => {});
      throw error;
    }

    // Also merges the GIN indexes' pending lists, which the load let grow (gin_pending_list_limit).
    await run(conn, `set maintenance_work_mem = '1GB'`);
    await run(conn, 'vacuum (analyze)');
    await run(conn, 'reset maintenance_work_mem');
    step('vacuum analyze');

    const counts: Record<string, number> = {};
    for (const table of COUNTED_TABLES) {
      const [row] = await rows<{ n: number }>(conn, `select count(*)::int as n from ${table}`);
      counts[table] = row?.n ?? 0;
    }
    const [s] = await rows<Record<string, string>>(
      conn,
      `select
         (select id from users where email = ${lit(SUBJECT_EMAILS.head)}) as head,
         (select id from users where email = ${lit(SUBJECT_EMAILS.staff)}) as staff,
         (select id from users where email = ${lit(SUBJECT_EMAILS.secretariat)}) as secretariat,
         (select id from users where email = ${lit(SUBJECT_EMAILS.admin)}) as admin,
         (select id from meetings where title = ${lit(BIG_MEETING_TITLE)}) as meeting,
         (select id from organizations where short_name = 'Komdigi') as komdigi,
         (select id from organizations where region_code = '15' and kind = 'diskominfo') as jambi,
         (select id from organizations where region_code = '15.01' and kind = 'diskominfo') as kerinci`,
    );
    if (!s || Object.values(s).some((v) => !v)) throw new Error(`subjects missing: ${JSON.stringify(s)}`);
    log(`total: ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return {
      scale,
      password: BENCH_PASSWORD,
      provincialHeadUserId: s.head as string,
      provincialHeadEmail: SUBJECT_EMAILS.head,
      staffUserId: s.staff as string,
      staffEmail: SUBJECT_EMAILS.staff,
      secretariatUserId: s.secretariat as string,
      secretariatEmail: SUBJECT_EMAILS.secretariat,
      adminUserId: s.admin as string,
      adminEmail: SUBJECT_EMAILS.admin,
      jambiProvinceCode: '15',
      bigMeetingId: s.meeting as string,
      searchTerms: { common: COMMON_TERM, rare: RARE_TERM.toLowerCase() },
      actionItemFilter: { regionCode: '15', status: ['open'] },
      komdigiOrganizationId: s.komdigi as string,
      jambiProvincialOfficeId: s.jambi as string,
      createActionItem: { ownerOrganizationId: s.kerinci as string, meetingId: s.meeting as string },
      counts,
    };
  });
}

async function main() {
  const args = process.argv.slice(2);
  const at = args.indexOf('--scale');
  const scale = at >= 0 ? Number(args[at + 1]) : 1;
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is required');
  const db = createDb({ connectionString: url, max: 2 });
  try {
    await migrateToLatest(db);
    await installJobSchema(url);
    const subjects = await generateNationalDataset(db, {
      scale,
      log: (line) => process.stderr.write(`${line}\n`),
    });
    process.stdout.write(`${JSON.stringify(subjects, null, 2)}\n`);
  } finally {
    await db.destroy();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
