import { TRPCError } from '@trpc/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { createUser, useTestApi } from './support';
import { makeOffice } from './support/fixtures';

/**
 * The transparency page: published commitments of one province, readable without a session, that
 * never carry a person's name, email or NIP.
 */
const api = useTestApi();
const anonymous = () => api.callerAs(null);

const NIP = '197001011990031001';
const personName = 'Drs. Ariansyah Rahasia, M.E.';
const partyPersonName = 'Arnanto Juru Bicara';
const userEmail = 'kadis.rahasia@kominfo.jambiprov.demo';

beforeAll(async () => {
  const caller = api.caller();
  const jambi = (await makeOffice(api, 'Diskominfo Provinsi Jambi', '15')).id;
  const kerinci = (await makeOffice(api, 'Diskominfo Kabupaten Kerinci', '15.01')).id;
  const banyuasin = (await makeOffice(api, 'Diskominfo Kabupaten Banyuasin', '16.07')).id;
  const komdigi = (
    await caller.organizations.create({ name: 'Kementerian Komunikasi dan Digital', kind: 'ministry' })
  ).id;
  const owner = await caller.people.create({
    fullName: personName,
    position: 'Kepala Dinas',
    nip: NIP,
    organizationId: jambi,
  });
  const spokesperson = await caller.people.create({ fullName: partyPersonName, organizationId: komdigi });
  await createUser(api, { role: 'head', organizationId: jambi, personId: owner.id, email: userEmail });

  const create = (title: string, extra: Record<string, unknown>) =>
    caller.commitments.create({
      title,
      committedByOrganizationId: komdigi,
      committedByPersonId: spokesperson.id,
      ownerPersonId: owner.id,
      ...extra,
    });
  // For a regency of Jambi: listed.
  const bts = await create('Jambi wilayah prioritas akses internet', {
    description: 'Percepatan pembangunan BTS di desa blankspot.',
    regionCodes: ['15.01'],
    dueOn: '2020-12-31',
    isPublic: true,
  });
  await caller.commitments.transition({
    id: bts.id,
    version: bts.version,
    action: 'start',
  });
  // No region, but followed up by an office in Jambi: listed; fulfilled, with evidence left out.
  const tot = await create('ToT Talent Digital untuk ASN', {
    ownerOrganizationId: kerinci,
    isPublic: true,
  });
  await caller.commitments.transition({
    id: tot.id,
    version: tot.version,
    action: 'fulfil',
    evidence: `Diserahkan oleh ${personName} (NIP ${NIP})`,
  });
  // Not published: never listed.
  await create('Komitmen internal Jambi', { regionCodes: ['15'], isPublic: false });
  // Another province: not listed for Jambi.
  await create('Komitmen Banyuasin', {
    ownerOrganizationId: banyuasin,
    regionCodes: ['16.07'],
    isPublic: true,
  });
});

describe('public.commitments', () => {
  it('lists only the published commitments concerning the province, for an anonymous visitor', async () => {
    const result = await anonymous().public.commitments({ provinceCode: '15' });
    expect(result.province).toEqual({ code: '15', name: 'Provinsi Jambi' });
    expect(result.truncated).toBe(false);
    expect(result.commitments.map((c) => c.title).sort()).toEqual([
      'Jambi wilayah prioritas akses internet',
      'ToT Talent Digital untuk ASN',
    ]);
    const bts = result.commitments.find((c) => c.title.startsWith('Jambi'));
    expect(bts).toMatchObject({
      description: 'Percepatan pembangunan BTS di desa blankspot.',
      committedBy: 'Kementerian Komunikasi dan Digital',
      followedUpBy: null,
      regions: [{ code: '15.01', name: 'Kabupaten Kerinci' }],
      status: 'in_progress',
      statusLabel: 'Sedang dikerjakan',
      dueOn: '2020-12-31',
      isOverdue: true,
    });
    expect(bts?.createdOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const tot = result.commitments.find((c) => c.title.startsWith('ToT'));
    expect(tot).toMatchObject({ followedUpBy: 'Diskominfo Kabupaten Kerinci', status: 'fulfilled' });
  });

  it('carries no person names, emails or NIP anywhere in what it returns', async () => {
    const json = JSON.stringify(await anonymous().public.commitments({ provinceCode: '15' }));
    for (const secret of [personName, 'Ariansyah', partyPersonName, 'Arnanto', NIP, userEmail, '@']) {
      expect(json).not.toContain(secret);
    }
    expect(json).not.toMatch(/evidence|person|email|nip/i);
  });

  it('lists the other province on its own page', async () => {
    const result = await anonymous().public.commitments({ provinceCode: '16' });
    expect(result.commitments.map((c) => c.title)).toEqual(['Komitmen Banyuasin']);
  });

  it('names the status in the caller’s language', async () => {
    const result = await api.callerAs(null, 'en').public.commitments({ provinceCode: '15' });
    expect(result.commitments.map((c) => c.statusLabel).sort()).toEqual(['Fulfilled', 'In progress']);
  });

  it('answers NOT_FOUND for an unknown province and BAD_REQUEST for a regency code', async () => {
    for (const provinceCode of ['99', '15.01']) {
      const error = await anonymous()
        .public.commitments({ provinceCode })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TRPCError);
      expect((error as TRPCError).code).toBe(provinceCode === '99' ? 'NOT_FOUND' : 'BAD_REQUEST');
    }
  });
});

describe('public.provinces', () => {
  it('lists the provinces with published commitments, with how many', async () => {
    expect(await anonymous().public.provinces()).toEqual([
      { code: '15', name: 'Provinsi Jambi', commitments: 2 },
      { code: '16', name: 'Provinsi Sumatera Selatan', commitments: 1 },
    ]);
  });
});
