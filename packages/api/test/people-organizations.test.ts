import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useTestApi } from './support';

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
      .organizations.create({ name: 'Diskominfo Kabupaten Tebo', kind: 'diskominfo', regionCode: '15.08' });
    await expect(
      api
        .caller()
        .organizations.create({ name: 'DISKOMINFO Kabupaten Tebo', kind: 'diskominfo', regionCode: '15.08' }),
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
      .organizations.create({ name: 'Diskominfo Kabupaten Bungo', kind: 'diskominfo', regionCode: '15.09' });
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
