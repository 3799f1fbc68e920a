import { createTestDatabase, type TestDatabase } from '@tindak/db/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { SessionUser } from '../src/context';
import { systemContext } from '../src/context';
import { createCaller } from '../src/root';
import { prepareFirstRun } from '../src/services/setup.service';
import { dbSnapshots } from './support/db-snapshot';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase(inject('dbServerUrl'), inject('dbTemplate'));
});
afterAll(async () => {
  await database?.drop();
});

/** An anonymous request from `ip`, keeping the session cookie it is given. */
function anonymous(ip = '203.0.113.7') {
  const cookies: string[] = [];
  const caller = createCaller({
    ...systemContext(database.db),
    client: { ip, userAgent: 'vitest' },
    cookie: { set: (token) => void cookies.push(token), clear: () => {} },
  });
  return { caller, cookies };
}

const tokenOf = (link: string) => new URL(link).searchParams.get('token') ?? '';

const form = (token: string, email = 'admin@diskominfo.jambiprov.go.id') => ({
  token,
  office: {
    kind: 'diskominfo' as const,
    name: 'Dinas Komunikasi dan Informatika Provinsi Jambi',
    regionCode: '15',
  },
  admin: { displayName: 'Rina Marlina', email, password: 'kata-sandi-panjang-1' },
});

describe('first run on a database with no account', () => {
  it('issues a one-time link whose token is stored only as its hash', async () => {
    const link = await prepareFirstRun(database.db, 'https://tindak.jambiprov.go.id/');
    expect(link).toMatch(/^https:\/\/tindak\.jambiprov\.go\.id\/persiapan\?token=[\w-]{43}$/);
    const stored = await database.db.selectFrom('setupTokens').select('tokenHash').execute();
    expect(stored).toHaveLength(1);
    expect(stored[0]?.tokenHash).not.toContain(tokenOf(link ?? ''));
    expect(await anonymous().caller.setup.status()).toEqual({ needed: true });
  });

  it('refuses a wrong token and changes nothing', async () => {
    await prepareFirstRun(database.db, 'http://localhost:3000');
    const snapshots = dbSnapshots(database.db);
    const before = await snapshots.take();
    await expect(anonymous().caller.setup.complete(form('not-the-token'))).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: 'setupTokenInvalid',
    });
    // The rate-limit counter is the only thing a refused attempt leaves behind.
    expect((await snapshots.changesSince(before)).filter((line) => !line.includes('rate_limits'))).toEqual(
      [],
    );
  });

  it('validates the form like sign-in: email, password length, region code', async () => {
    const link = (await prepareFirstRun(database.db, 'http://localhost:3000')) ?? '';
    const bad = {
      ...form(tokenOf(link), 'bukan-email'),
      admin: { displayName: 'Rina', email: 'bukan-email', password: 'pendek' },
    };
    await expect(anonymous().caller.setup.complete(bad)).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(
      anonymous().caller.setup.complete({
        ...form(tokenOf(link)),
        office: { ...form('').office, regionCode: '99.99' },
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await database.db.selectFrom('users').select('id').execute()).toEqual([]);
  });

  it('creates the office and the admin as a person, records the events, signs in, and is gone after', async () => {
    const link = (await prepareFirstRun(database.db, 'http://localhost:3000')) ?? '';
    const { caller, cookies } = anonymous();
    expect(await caller.setup.complete(form(tokenOf(link)))).toEqual({ ok: true });
    expect(cookies).toHaveLength(1);

    const admin = await database.db
      .selectFrom('users')
      .innerJoin('organizations', 'organizations.id', 'users.organizationId')
      .innerJoin('people', 'people.id', 'users.personId')
      .select(['users.id', 'users.role', 'users.email', 'organizations.regionCode', 'people.fullName'])
      .executeTakeFirstOrThrow();
    expect(admin).toMatchObject({
      role: 'admin',
      email: 'admin@diskominfo.jambiprov.go.id',
      regionCode: '15',
      fullName: 'Rina Marlina',
    });
    const events = await database.db.selectFrom('events').select('eventType').orderBy('id').execute();
    expect(events.map((e) => e.eventType)).toEqual(['OrganizationCreated', 'PersonCreated', 'UserCreated']);
    const session = await database.db.selectFrom('sessions').select('userId').executeTakeFirstOrThrow();
    expect(session.userId).toBe(admin.id);

    expect(await caller.setup.status()).toEqual({ needed: false });
    // The same token again: the setup is over.
    const snapshots = dbSnapshots(database.db);
    const before = await snapshots.take();
    await expect(
      anonymous().caller.setup.complete(form(tokenOf(link), 'lain@uji.demo')),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: 'setupDone',
    });
    expect((await snapshots.changesSince(before)).filter((line) => !line.includes('rate_limits'))).toEqual(
      [],
    );
    // A restart prints no new link once someone has an account.
    expect(await prepareFirstRun(database.db, 'http://localhost:3000')).toBeNull();
    expect(await database.db.selectFrom('setupTokens').selectAll().execute()).toEqual([]);
  });
});

describe('two setup submissions at once', () => {
  let race: TestDatabase;
  beforeAll(async () => {
    race = await createTestDatabase(inject('dbServerUrl'), inject('dbTemplate'));
  });
  afterAll(async () => {
    await race?.drop();
  });

  it('lets exactly one succeed; the other changes nothing', async () => {
    const token = tokenOf((await prepareFirstRun(race.db, 'http://localhost:3000')) ?? '');
    const call = (email: string, ip: string) =>
      createCaller({ ...systemContext(race.db), client: { ip, userAgent: null } }).setup.complete(
        form(token, email),
      );
    const results = await Promise.allSettled([
      call('satu@uji.demo', '198.51.100.1'),
      call('dua@uji.demo', '198.51.100.2'),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r) => r.status === 'rejected');
    expect(refused?.status === 'rejected' && refused.reason).toMatchObject({ code: 'BAD_REQUEST' });
    const users = await race.db.selectFrom('users').select('email').execute();
    expect(users).toHaveLength(1);
    expect(await race.db.selectFrom('organizations').select('id').execute()).toHaveLength(1);
    expect(await race.db.selectFrom('people').select('id').execute()).toHaveLength(1);
    const events = await race.db.selectFrom('events').select('eventType').execute();
    expect(events).toHaveLength(3);
  });
});

describe("the admin's checklist", () => {
  let admin: SessionUser;
  const adminCaller = (smtp: string | null = null) =>
    createCaller({
      ...systemContext(database.db),
      user: admin,
      actor: { id: admin.id },
      mailServer: smtp,
    });

  beforeAll(async () => {
    const row = await database.db
      .selectFrom('users')
      .innerJoin('organizations', 'organizations.id', 'users.organizationId')
      .select([
        'users.id',
        'users.email',
        'users.displayName',
        'users.organizationId',
        'users.personId',
        'regionCode',
      ])
      .where('role', '=', 'admin')
      .executeTakeFirstOrThrow();
    admin = {
      id: row.id,
      email: row.email,
      displayName: row.displayName,
      role: 'admin',
      organizationId: row.organizationId,
      personId: row.personId,
      scopeRegion: row.regionCode,
      language: 'id',
      timeZone: 'Asia/Jakarta',
      notifyMode: 'immediate',
    };
  });

  it('starts with every step open, and SMTP shown as not configured', async () => {
    expect(await adminCaller().setup.checklist()).toEqual({
      offices: { done: false, count: 1 },
      people: { done: false, count: 1 },
      directory: { done: false, count: 0 },
      mail: { configured: false, server: null, tested: false },
    });
  });

  it('marks steps done from the data: an office, an invited account, a person in the directory', async () => {
    const api = adminCaller();
    const office = await api.organizations.create({
      name: 'Diskominfo Kabupaten Tebo',
      kind: 'diskominfo',
      regionCode: '15.09',
    });
    await api.users.invite({
      email: 'staf@tebo.go.id',
      displayName: 'Budi Santoso',
      role: 'staff',
      organizationId: office.id,
    });
    await api.people.create({ fullName: 'Siti Rahayu', organizationId: office.id });
    const list = await api.setup.checklist();
    expect([list.offices.done, list.people.done, list.directory.done]).toEqual([true, true, true]);
  });

  it('sends a test mail to the admin through the outbox, with its event, and shows the server without its password', async () => {
    const api = adminCaller('smtps://mail.jambiprov.go.id:465');
    const { emailId } = await api.setup.sendTestMail();
    const email = await database.db
      .selectFrom('emails')
      .select(['kind', 'toAddress', 'subject'])
      .where('id', '=', emailId)
      .executeTakeFirstOrThrow();
    expect(email).toMatchObject({ kind: 'test', toAddress: admin.email, subject: 'Surat uji dari Tindak' });
    const event = await database.db
      .selectFrom('events')
      .select(['eventType', 'payload'])
      .where('aggregateId', '=', admin.id)
      .where('eventType', '=', 'TestMailSent')
      .executeTakeFirstOrThrow();
    expect(event.payload).toEqual({ emailId });
    expect((await api.setup.checklist()).mail).toEqual({
      configured: true,
      server: 'smtps://mail.jambiprov.go.id:465',
      tested: true,
    });
  });

  it('limits test mails per admin', async () => {
    const api = adminCaller();
    // One was sent above; four more are allowed within the hour.
    for (let i = 0; i < 4; i++) await api.setup.sendTestMail();
    await expect(api.setup.sendTestMail()).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS' });
  });

  it('is for admins only', async () => {
    const staff = { ...admin, role: 'staff' as const };
    const api = createCaller({ ...systemContext(database.db), user: staff, actor: { id: staff.id } });
    await expect(api.setup.checklist()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(api.setup.sendTestMail()).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
