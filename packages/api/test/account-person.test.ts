import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../src/context';
import { createUser, useTestApi } from './support';
import { dbSnapshots } from './support/db-snapshot';
import { makeOffice } from './support/fixtures';

/** Every account is a person in the directory: made or linked with the account, kept in step. */
const api = useTestApi();
let admin: SessionUser;
let kerinci: string;
let tebo: string;

beforeAll(async () => {
  const jambi = await makeOffice(api, 'Diskominfo Provinsi Jambi', '15');
  kerinci = (await makeOffice(api, 'Diskominfo Kabupaten Kerinci', '15.01')).id;
  tebo = (await makeOffice(api, 'Diskominfo Kabupaten Tebo', '15.09')).id;
  admin = await createUser(api, { role: 'admin', organizationId: jambi.id });
});

const invite = (
  email: string,
  displayName: string,
  extra: { personId?: string; organizationId?: string } = {},
) =>
  api.callerAs(admin).users.invite({
    email,
    displayName,
    role: 'staff',
    organizationId: extra.organizationId ?? kerinci,
    ...extra,
  });

function personEvents(personId: string) {
  return api.database.db
    .selectFrom('events')
    .select(['eventType', 'payload'])
    .where('aggregateType', '=', 'person')
    .where('aggregateId', '=', personId)
    .orderBy('id')
    .execute();
}

describe('an account and its person', () => {
  it('an invited account is a new person of its office, found by the person picker, linked both ways', async () => {
    const { user } = await invite('dewi@kerinci.uji', 'Dewi Lestari');
    expect(user.personId).toEqual(expect.any(String));
    const found = await api.callerAs(admin).people.search({ query: 'dewi lestari', organizationId: kerinci });
    expect(found).toEqual([
      expect.objectContaining({
        id: user.personId,
        fullName: 'Dewi Lestari',
        organization: { id: kerinci, name: 'Diskominfo Kabupaten Kerinci' },
        userId: user.id,
      }),
    ]);
    expect(await personEvents(user.personId as string)).toEqual([
      {
        eventType: 'PersonCreated',
        payload: {
          fullName: 'Dewi Lestari',
          position: null,
          organizationId: kerinci,
          hasNip: false,
          source: 'account',
          userId: user.id,
        },
      },
    ]);
  });

  it('links the one person of the office who has the same name (titles and spelling aside), not a new one', async () => {
    const known = await api
      .callerAs(admin)
      .people.create({ fullName: "Dra. Nur'aini, M.Si.", position: 'Kabid Aptika', organizationId: kerinci });
    const { user } = await invite('nuraini@kerinci.uji', 'Nuraini');
    expect(user.personId).toBe(known.id);
    expect((await personEvents(known.id)).map((e) => e.eventType)).toEqual([
      'PersonCreated',
      'PersonLinkedToAccount',
    ]);
    // A namesake in another office is someone else.
    const elsewhere = await api
      .callerAs(admin)
      .people.create({ fullName: 'Hendra Gunawan', position: null, organizationId: tebo });
    const { user: hendra } = await invite('hendra@kerinci.uji', 'Hendra Gunawan');
    expect(hendra.personId).not.toBe(elsewhere.id);
  });

  it('refuses a person who already has an account, changing nothing', async () => {
    const { user } = await invite('yusuf@kerinci.uji', 'Yusuf Hakim');
    const snapshots = dbSnapshots(api.database.db);
    const before = await snapshots.take();
    await expect(
      invite('yusuf.lagi@kerinci.uji', 'Yusuf Hakim', { personId: user.personId as string }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: 'personHasAccount' });
    expect(await snapshots.changesSince(before)).toEqual([]);
  });

  it('keeps the person in step when the account is renamed or moved, with the event', async () => {
    const { user } = await invite('andi@kerinci.uji', 'Andi Pratama');
    const updated = await api.callerAs(admin).users.update({
      id: user.id,
      version: user.version,
      displayName: 'Andi Pratama Putra',
      role: 'staff',
      organizationId: tebo,
      active: true,
    });
    expect(updated.personId).toBe(user.personId);
    const [person] = await api.callerAs(admin).people.search({ query: 'andi pratama putra' });
    expect(person).toMatchObject({
      id: user.personId,
      fullName: 'Andi Pratama Putra',
      organization: { id: tebo },
      userId: user.id,
    });
    expect((await personEvents(user.personId as string)).at(-1)).toEqual({
      eventType: 'PersonChangedWithAccount',
      payload: {
        userId: user.id,
        fullName: { from: 'Andi Pratama', to: 'Andi Pratama Putra' },
        organizationId: { from: kerinci, to: tebo },
      },
    });
  });

  it('makes every test and demo account a person too (the database allows no other)', async () => {
    const staff = await createUser(api, { role: 'staff', organizationId: kerinci });
    expect(staff.personId).toEqual(expect.any(String));
    await expect(
      api.database.db
        .insertInto('users')
        .values({
          email: 'tanpa.orang@uji',
          displayName: 'Tanpa Orang',
          role: 'staff',
          organizationId: kerinci,
        } as never)
        .execute(),
    ).rejects.toMatchObject({ code: '23502' });
  });
});
