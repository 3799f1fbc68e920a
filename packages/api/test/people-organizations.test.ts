import { randomUUID } from 'node:crypto';
import { personNameKey } from '@tindak/shared';
import fc from 'fast-check';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { SessionUser } from '../src/context';
import { createUser, useTestApi } from './support';

const api = useTestApi();

describe('organizations', () => {
  it('creates an office with its region and lists it by region', async () => {
    const office = await api.caller().organizations.create({
      name: 'Dinas Kominfo Kabupaten Banyuasin',
      shortName: 'Diskominfo SP Banyuasin',
      kind: 'diskominfo',
      regionCode: '16.07',
    });
    expect(office).toMatchObject({ regionCode: '16.07', regionName: 'Kabupaten Banyuasin' });
    const listed = await api.caller().organizations.list({ regionCode: '16.07' });
    expect(listed.map((o) => o.id)).toEqual([office.id]);
    const searched = await api.caller().organizations.list({ search: 'banyuasin' });
    expect(searched.map((o) => o.id)).toContain(office.id);
  });

  it('refuses a second office with the same name in the same region', async () => {
    await api
      .caller()
      .organizations.create({ name: 'Diskominfo Kabupaten Tebo', kind: 'diskominfo', regionCode: '15.09' });
    await expect(
      api
        .caller()
        .organizations.create({ name: 'DISKOMINFO Kabupaten Tebo', kind: 'diskominfo', regionCode: '15.09' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('answers NOT_FOUND for an unknown region code', async () => {
    await expect(
      api.caller().organizations.create({ name: 'Diskominfo X', kind: 'diskominfo', regionCode: '99.01' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('people', () => {
  it('creates a person with titles as written and finds them by part of the name', async () => {
    const person = await api.caller().people.create({
      fullName: 'Ir. Erwin Ibrahim, ST., MM., MBA., IPU., ASEAN Eng',
      position: 'Sekretaris Daerah Kabupaten Banyuasin',
      nip: '197001011995031001',
    });
    const found = await api.caller().people.search({ query: 'erwin' });
    expect(found.map((p) => p.id)).toContain(person.id);
    const events = await api.database.db
      .selectFrom('events')
      .select('payload')
      .where('aggregateId', '=', person.id)
      .execute();
    expect(JSON.stringify(events)).not.toContain('197001011995031001');
  });

  it('rejects a 17-digit NIP with a message saying so, and writes nothing', async () => {
    const before = await api.caller().people.search({ query: 'Salni' });
    await expect(
      api.caller().people.create({ fullName: 'Dr. H. Salni Pajar', nip: '19700101199503100' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('17') });
    expect(await api.caller().people.search({ query: 'Salni' })).toEqual(before);
  });

  it('creates one person for a retried request', async () => {
    const idempotencyKey = randomUUID();
    const a = await api.caller().people.create({ fullName: 'Muhammad Yunus', idempotencyKey });
    const b = await api.caller().people.create({ fullName: 'Muhammad Yunus', idempotencyKey });
    expect(a.id).toBe(b.id);
    expect(await api.caller().people.search({ query: 'Yunus' })).toHaveLength(1);
  });
});

describe('personal data', () => {
  it('shows a NIP to the secretariat but not to a viewer', async () => {
    const office = await api
      .caller()
      .organizations.create({ name: 'Diskominfo Kabupaten Bungo', kind: 'diskominfo', regionCode: '15.08' });
    await api
      .caller()
      .people.create({ fullName: 'Pejabat Bungo', nip: '198001012005011002', organizationId: office.id });
    const { createUser } = await import('./support');
    const viewer = await createUser(api, { role: 'viewer', organizationId: office.id });
    const secretariat = await createUser(api, { role: 'secretariat', organizationId: office.id });
    const asViewer = await api.callerAs(viewer).people.search({ query: 'Pejabat Bungo' });
    const asSecretariat = await api.callerAs(secretariat).people.search({ query: 'Pejabat Bungo' });
    expect(asViewer[0]?.nip).toBeNull();
    expect(asSecretariat[0]?.nip).toBe('198001012005011002');
  });
});

describe('finding people by name', () => {
  it('ignores case, apostrophes, hyphens, spaces between parts and titles', async () => {
    const make = (fullName: string) => api.caller().people.create({ fullName });
    const nuraini = await make("Nur'aini Syafitri");
    const ariansyah = await make('Drs. Ariansyah, M.E.');
    const abdulrahman = await make('Abdulrahman Saleh');
    const budi = await make('Prof. Dr. Ir. H. Budi Santoso S.Kom. M.Si.');
    const found = async (query: string) =>
      (await api.caller().people.search({ query }))
        .map((p) => p.id)
        .filter((id) => [nuraini.id, ariansyah.id, abdulrahman.id, budi.id].includes(id));
    expect(await found('nuraini')).toEqual([nuraini.id]);
    expect(await found('NUR’AINI')).toEqual([nuraini.id]);
    expect(await found('nur-aini syafitri')).toEqual([nuraini.id]);
    expect(await found('ariansyah')).toEqual([ariansyah.id]);
    expect(await found('Ariansyah, M.E.')).toEqual([ariansyah.id]);
    expect(await found('abdul rahman')).toEqual([abdulrahman.id]);
    expect(await found('budi santoso')).toEqual([budi.id]);
    // A title alone finds no one for the title's sake.
    for (const title of ['Drs', 'Drs.', 'Prof.', 'M.E.', 'S.Kom', 'H.'])
      expect(await found(title)).toEqual([]);
  });

  it('keys names in the database exactly as the shared function does', async () => {
    const pieces = [
      ...'abdehijkmnorstuyADHMS19',
      ...['é', 'Ü', 'ñ', 'Ç', "'", '’', '`', '-', '.', ',', ' ', '  ', '\t'],
      ...['Drs.', 'Dra ', 'Dr.', 'H.', 'Hj ', 'Ir.', 'KH.', 'Prof.', 'S.Kom.', 'M.E.', 'S.T', ', M.Si.'],
    ];
    const names = [
      "Nur'aini",
      'Drs. Ariansyah, M.E.',
      'Prof.Dr.Ir.H. Abdul Rahman S.Kom. M.Si.',
      ...fc.sample(
        fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((p) => p.join('')),
        {
          numRuns: 400,
          seed: 20261210,
        },
      ),
    ];
    const rows = await sql<{ name: string; key: string }>`
      select name, tindak_person_name_key(name) as key from unnest(${names}::text[]) as name`.execute(
      api.database.db,
    );
    expect(rows.rows.map((r) => [r.name, r.key])).toEqual(names.map((name) => [name, personNameKey(name)]));
  });
});

describe('finding people by NIP', () => {
  const NIP_KERINCI = '197501012000031001';
  const NIP_TEBO = '198202022005012002';

  it('is for those who may see NIPs, by the whole number, within their scope', async () => {
    const kerinci = await api.caller().organizations.create({
      name: 'Diskominfo Kabupaten Kerinci',
      kind: 'diskominfo',
      regionCode: '15.01',
    });
    const tebo = await api.caller().organizations.create({
      name: 'Diskominfo Kabupaten Tebo (NIP)',
      kind: 'diskominfo',
      regionCode: '15.09',
    });
    const inKerinci = await api
      .caller()
      .people.create({ fullName: 'Pejabat Kerinci', nip: NIP_KERINCI, organizationId: kerinci.id });
    const inTebo = await api
      .caller()
      .people.create({ fullName: 'Pejabat Tebo', nip: NIP_TEBO, organizationId: tebo.id });
    const viewer = await createUser(api, { role: 'viewer', organizationId: kerinci.id });
    const head = await createUser(api, { role: 'head', organizationId: kerinci.id });
    const ids = async (user: SessionUser, query: string) =>
      (await api.callerAs(user).people.search({ query })).map((p) => p.id);

    // A viewer finds no one by a NIP, whole or in part.
    for (const query of [NIP_KERINCI, NIP_KERINCI.slice(0, 8), NIP_TEBO])
      expect(await ids(viewer, query)).toEqual([]);
    // A head finds someone in their scope by the whole NIP (spaces as typed are fine), not by part of it.
    expect(await ids(head, NIP_KERINCI)).toEqual([inKerinci.id]);
    expect(await ids(head, '19750101 200003 1 001')).toEqual([inKerinci.id]);
    for (const query of [NIP_KERINCI.slice(0, 8), NIP_KERINCI.slice(4), NIP_KERINCI.slice(0, 17)]) {
      expect(await ids(head, query)).toEqual([]);
    }
    // Nor anyone outside their scope; found by name, that person's NIP stays hidden.
    expect(await ids(head, NIP_TEBO)).toEqual([]);
    const byName = await api.callerAs(head).people.search({ query: 'Pejabat Tebo' });
    expect(byName.map((p) => [p.id, p.nip])).toEqual([[inTebo.id, null]]);
    // A head with national scope finds either.
    expect(await ids(api.head, NIP_TEBO)).toEqual([inTebo.id]);
  });
});
