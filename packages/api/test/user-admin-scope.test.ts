import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../src/context';
import { buildServer } from '../src/server';
import { createUser, useTestApi } from './support';
import { dbSnapshots } from './support/db-snapshot';
import { makeOffice } from './support/fixtures';
import { signInOverHttp } from './support/http';

/**
 * An admin's own account is another admin's to change, and an admin of a province office manages
 * accounts in that province only: never placing anyone in another province or in an office
 * without a region (which sees the whole country).
 */
const api = useTestApi();
let app: FastifyInstance;
let jambi: string;
let kerinci: string;
let banyuasin: string;
let national: string;
let provinceAdmin: SessionUser;

beforeAll(async () => {
  app = await buildServer({ db: api.database.db, logger: false });
  jambi = (await makeOffice(api, 'Diskominfo Provinsi Jambi', '15')).id;
  kerinci = (await makeOffice(api, 'Diskominfo Kabupaten Kerinci', '15.01')).id;
  banyuasin = (await makeOffice(api, 'Diskominfo Kabupaten Banyuasin', '16.07')).id;
  national = (await makeOffice(api, 'Kementerian Komunikasi dan Digital', null)).id;
  provinceAdmin = await createUser(api, { role: 'admin', organizationId: jambi });
});
afterAll(async () => {
  await app?.close();
});

const userRow = (id: string) =>
  api.database.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const eventsOf = async (id: string) =>
  (
    await api.database.db.selectFrom('events').select('eventType').where('aggregateId', '=', id).execute()
  ).map((e) => e.eventType);

/** users.update for `id` as it stands, with `changes`. */
async function updateInput(id: string, changes: { organizationId?: string; role?: SessionUser['role'] }) {
  const row = await userRow(id);
  return {
    id,
    version: row.version,
    displayName: row.displayName,
    role: changes.role ?? (row.role as SessionUser['role']),
    organizationId: changes.organizationId ?? row.organizationId,
    active: row.active,
  };
}

describe("an admin's own account", () => {
  it('cannot be moved to another office by that admin, with a message saying so', async () => {
    const { cookie, userId } = await signInOverHttp(app, api, 'admin', jambi);
    const before = await userRow(userId);
    const eventsBefore = await eventsOf(userId);
    for (const [organizationId, lang, message] of [
      [
        national,
        'id',
        'Anda tidak dapat mengubah instansi, peran atau status aktif akun Anda sendiri. Minta admin lain.',
      ],
      [
        kerinci,
        'en',
        'You cannot change the office, role or active state of your own account. Ask another admin.',
      ],
    ] as const) {
      const response = await app.inject({
        method: 'POST',
        url: '/trpc/users.update',
        headers: { 'content-type': 'application/json', 'x-tindak-lang': lang, cookie },
        body: JSON.stringify(await updateInput(userId, { organizationId })),
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.message).toBe(message);
    }
    expect(await userRow(userId)).toEqual(before);
    expect(await eventsOf(userId)).toEqual(eventsBefore);
  });
});

describe('a province admin', () => {
  it('invites only into offices of their province', async () => {
    const invite = (organizationId: string, email: string) =>
      api
        .callerAs(provinceAdmin)
        .users.invite({ email, displayName: 'Calon Pengguna', role: 'viewer', organizationId });
    await expect(invite(banyuasin, 'lain.provinsi@uji.demo')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(invite(national, 'tanpa.wilayah@uji.demo')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const made = await api.database.db
      .selectFrom('users')
      .select('id')
      .where('email', 'in', ['lain.provinsi@uji.demo', 'tanpa.wilayah@uji.demo'])
      .execute();
    expect(made).toEqual([]);
    const invited = await invite(kerinci, 'kerinci.baru@uji.demo');
    expect(invited.user.organization.id).toBe(kerinci);
  });

  it('moves users only between offices of their province', async () => {
    const staff = await createUser(api, { role: 'staff', organizationId: kerinci });
    const before = await userRow(staff.id);
    for (const organizationId of [banyuasin, national]) {
      await expect(
        api.callerAs(provinceAdmin).users.update(await updateInput(staff.id, { organizationId })),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    expect(await userRow(staff.id)).toEqual(before);
    expect(await eventsOf(staff.id)).toEqual([]);
    const moved = await api
      .callerAs(provinceAdmin)
      .users.update(await updateInput(staff.id, { organizationId: jambi }));
    expect(moved.organization.id).toBe(jambi);
  });

  it('cannot change, or hand themselves a link for, an account outside their province', async () => {
    const nationalAdmin = await createUser(api, { role: 'admin', organizationId: national });
    const before = await userRow(nationalAdmin.id);
    await expect(
      api.callerAs(provinceAdmin).users.update(await updateInput(nationalAdmin.id, { role: 'viewer' })),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await userRow(nationalAdmin.id)).toEqual(before);

    // A pending account elsewhere: a fresh invitation link would let the province admin take it.
    const pending = await api.callerAs(nationalAdmin).users.invite({
      email: 'pending@banyuasin.demo',
      displayName: 'Tertunda',
      role: 'admin',
      organizationId: banyuasin,
    });
    const tokensBefore = await api.database.db
      .selectFrom('userTokens')
      .select(['tokenHash', 'usedAt'])
      .where('userId', '=', pending.user.id)
      .execute();
    await expect(
      api.callerAs(provinceAdmin).users.resendInvitation({ id: pending.user.id }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(
      await api.database.db
        .selectFrom('userTokens')
        .select(['tokenHash', 'usedAt'])
        .where('userId', '=', pending.user.id)
        .execute(),
    ).toEqual(tokensBefore);
  });
});

describe("a province admin's list of accounts", () => {
  it("holds the province's accounts only, not another province's or a ministry's", async () => {
    const inJambi = await createUser(api, { role: 'staff', organizationId: kerinci });
    const inBanyuasin = await createUser(api, { role: 'staff', organizationId: banyuasin });
    const atMinistry = await createUser(api, { role: 'viewer', organizationId: national });
    const listed = (await api.callerAs(provinceAdmin).users.list({ limit: 100 })).items.map((u) => u.id);
    expect(listed).toContain(inJambi.id);
    expect(listed).not.toContain(inBanyuasin.id);
    expect(listed).not.toContain(atMinistry.id);
    const all = (await api.callerAs({ ...provinceAdmin, scopeRegion: null }).users.list({ limit: 100 }))
      .items;
    expect(all.map((u) => u.id)).toEqual(expect.arrayContaining([inBanyuasin.id, atMinistry.id]));
  });
});

describe("a province admin's outbox and digests", () => {
  it("hold the province's accounts only: another province's mail and digest are not found, and a retry writes nothing", async () => {
    const nationalAdmin = await createUser(api, { role: 'admin', organizationId: national });
    const elsewhere = await api.callerAs(nationalAdmin).users.invite({
      email: 'staf@banyuasin.demo',
      displayName: 'Staf Banyuasin',
      role: 'staff',
      organizationId: banyuasin,
    });
    const inJambi = await api.callerAs(provinceAdmin).users.invite({
      email: 'staf2@kerinci.demo',
      displayName: 'Staf Kerinci',
      role: 'staff',
      organizationId: kerinci,
    });
    const mailOf = async (userId: string) =>
      api.database.db.selectFrom('emails').selectAll().where('userId', '=', userId).executeTakeFirstOrThrow();
    const theirs = await mailOf(elsewhere.user.id);
    const ours = await mailOf(inJambi.user.id);
    const admin = api.callerAs(provinceAdmin);
    const listed = (await admin.outbox.list({ limit: 100 })).items.map((e) => e.id);
    expect(listed).toContain(ours.id);
    expect(listed).not.toContain(theirs.id);
    await expect(admin.outbox.get({ id: theirs.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });

    await api.database.db
      .updateTable('emails')
      .set({ status: 'failed' })
      .where('id', '=', theirs.id)
      .execute();
    const snapshots = dbSnapshots(api.database.db);
    const before = await snapshots.take();
    await expect(admin.outbox.retry({ id: theirs.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await snapshots.changesSince(before)).toEqual([]);

    await expect(admin.digests.preview({ userId: elsewhere.user.id, week: 'current' })).rejects.toMatchObject(
      { code: 'NOT_FOUND' },
    );
    expect((await admin.digests.preview({ userId: inJambi.user.id, week: 'current' })).recipient.id).toBe(
      inJambi.user.id,
    );
    // The national admin still reaches everyone's.
    expect((await api.callerAs(nationalAdmin).outbox.list({ limit: 100 })).items.map((e) => e.id)).toEqual(
      expect.arrayContaining([ours.id, theirs.id]),
    );
  });
});
