import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../src/context';
import { createAccount } from '../src/services/account-person';
import { createUser, useTestApi } from './support';
import { makeOffice } from './support/fixtures';

const api = useTestApi();
let admin: SessionUser;
/** Ids of the five namesakes in one office, which page boundaries must not split wrongly. */
const namesakes: string[] = [];

type ListInput = Parameters<ReturnType<typeof api.caller>['users']['list']>[0];
type ListOutput = Awaited<ReturnType<ReturnType<typeof api.caller>['users']['list']>>;

async function addUser(organizationId: string, displayName: string, email: string) {
  const account = await api.database.db
    .transaction()
    .execute((trx) =>
      createAccount(trx, { id: null }, { email, displayName, role: 'viewer', organizationId }),
    );
  return account.userId;
}

/** Every page of the list, following the cursor to the end. */
async function walk(input: { limit: number; q?: string }) {
  const pages: ListOutput[] = [];
  let cursor: string | null = null;
  do {
    const page: ListOutput = await api.callerAs(admin).users.list({ ...input, cursor } satisfies ListInput);
    pages.push(page);
    cursor = page.nextCursor;
  } while (cursor && pages.length < 100);
  return { pages, items: pages.flatMap((page) => page.items) };
}

beforeAll(async () => {
  const jambi = await makeOffice(api, 'Diskominfo Provinsi Jambi', '15');
  const kerinci = await makeOffice(api, 'Diskominfo Kabupaten Kerinci', '15.01');
  admin = await createUser(api, { role: 'admin', organizationId: jambi.id });
  await addUser(jambi.id, 'Rina Marlina', 'rina@jambiprov.demo');
  await addUser(jambi.id, 'René Siregar', 'rene.s@jambiprov.demo');
  await addUser(jambi.id, 'Budi Santoso', 'budi@jambiprov.demo');
  await addUser(kerinci.id, 'Andi Pratama', 'andi_p@kerincikab.demo');
  await addUser(kerinci.id, 'Yusuf Hakim', 'yusuf@kerincikab.demo');
  for (let n = 1; n <= 5; n++) {
    namesakes.push(await addUser(kerinci.id, 'Siti Aminah', `siti.aminah${n}@kerincikab.demo`));
  }
});

describe('users.list', () => {
  it('walks every user exactly once across pages, by office, then name, then id', async () => {
    const { pages, items } = await walk({ limit: 3 });
    const all = await api.database.db
      .selectFrom('users as u')
      .innerJoin('organizations as o', 'o.id', 'u.organizationId')
      .select(['u.id', 'o.name', 'u.displayName'])
      // The province admin's scope: not the suite's national office.
      .where('o.regionCode', 'is not', null)
      .orderBy('o.name')
      .orderBy('u.displayName')
      .orderBy('u.id')
      .execute();
    expect(all.length).toBeGreaterThan(10);
    expect(pages.length).toBe(Math.ceil(all.length / 3));
    expect(pages.at(-1)?.nextCursor).toBeNull();
    expect(pages.slice(0, -1).every((page) => page.items.length === 3)).toBe(true);
    expect(items.map((u) => u.id)).toEqual(all.map((u) => u.id));
    expect(new Set(items.map((u) => u.id)).size).toBe(items.length);

    // Kabupaten Kerinci sorts before Provinsi Jambi; within an office, by name.
    const kerinci = items.filter((u) => u.organization.name === 'Diskominfo Kabupaten Kerinci');
    expect(kerinci.map((u) => u.displayName)).toEqual([
      'Andi Pratama',
      ...Array(5).fill('Siti Aminah'),
      'Yusuf Hakim',
    ]);
    const firstJambi = items.findIndex((u) => u.organization.name === 'Diskominfo Provinsi Jambi');
    const lastKerinci = items.findLastIndex((u) => u.organization.name === 'Diskominfo Kabupaten Kerinci');
    expect(lastKerinci).toBeLessThan(firstJambi);
  });

  it('keeps its place among namesakes: the id breaks the tie at every page boundary', async () => {
    // Two per page: the five Siti Aminah rows straddle at least two boundaries.
    const { items } = await walk({ limit: 2, q: 'siti aminah' });
    expect(items).toHaveLength(5);
    expect(items.map((u) => u.id)).toEqual([...namesakes].sort());
    expect(new Set(items.map((u) => u.id)).size).toBe(5);
  });

  it('filters by part of the name or email, ignoring case and accents', async () => {
    const names = async (q: string) => (await walk({ limit: 100, q })).items.map((u) => u.displayName);
    expect(await names('RINA')).toEqual(['Rina Marlina']);
    // "rene" finds René, and "René" finds him too; both by name and by the address rene.s@.
    expect(await names('rene')).toEqual(['René Siregar']);
    expect(await names('René')).toEqual(['René Siregar']);
    expect(await names('@kerincikab.demo')).toHaveLength(7);
    expect(await names('yusuf@')).toEqual(['Yusuf Hakim']);
    // LIKE wildcards are taken literally: "_" only finds the address that has one.
    expect(await names('_')).toEqual(['Andi Pratama']);
    expect(await names('%')).toEqual([]);
    expect(await names('tidak ada orang ini')).toEqual([]);
    // A blank filter is no filter.
    expect((await walk({ limit: 100, q: '   ' })).items.length).toBe(
      (await walk({ limit: 100 })).items.length,
    );
  });

  it('pages through a filtered list with the same cursor rules', async () => {
    const { pages, items } = await walk({ limit: 3, q: 'kerincikab' });
    expect(pages.map((page) => page.items.length)).toEqual([3, 3, 1]);
    expect(items.map((u) => u.displayName)).toEqual([
      'Andi Pratama',
      ...Array(5).fill('Siti Aminah'),
      'Yusuf Hakim',
    ]);
  });

  it('answers with defaults when called without input', async () => {
    const page = await api.callerAs(admin).users.list();
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.length).toBeLessThanOrEqual(20);
    expect(page.items[0]).toMatchObject({ organization: { name: expect.any(String) }, pending: true });
  });

  it('refuses a cursor it did not hand out', async () => {
    for (const cursor of ['bukan-kursor', Buffer.from('["a","b","c"]').toString('base64url')]) {
      await expect(api.callerAs(admin).users.list({ limit: 5, cursor })).rejects.toMatchObject({
        code: 'BAD_REQUEST',
      });
    }
  });

  it('refuses a page larger than 100', async () => {
    await expect(api.callerAs(admin).users.list({ limit: 101 })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });
});
