import { execFile } from 'node:child_process';
import path from 'node:path';
import { createTestDatabase, type TestDatabase } from '@tindak/db/testing';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { dbSnapshots } from './support/db-snapshot';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase(inject('dbServerUrl'), inject('dbTemplate'));
});
afterAll(async () => {
  await database?.drop();
});

// Each run is a fresh Node process compiling the API with tsx: slow on a busy machine.
vi.setConfig({ testTimeout: 300_000 });

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** `pnpm admin:create …` as a deployment script runs it: its own process, its exit code. */
function adminCreate(args: string[], databaseUrl = database.url): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', path.resolve(import.meta.dirname, '../src/scripts/admin-create.ts'), ...args],
      {
        cwd: path.resolve(import.meta.dirname, '..'),
        env: { ...process.env, DATABASE_URL: databaseUrl, PUBLIC_URL: 'https://tindak.jambiprov.go.id' },
        timeout: 240_000,
      },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const jambiAdmin = [
  '--email',
  'admin@diskominfo.jambiprov.go.id',
  '--name',
  'Rina Marlina',
  '--office',
  'Dinas Komunikasi dan Informatika Provinsi Jambi',
  '--region',
  '15',
];

describe('pnpm admin:create', () => {
  it('creates the admin as a person in a new office, with events and an invitation link', async () => {
    const run = await adminCreate(jambiAdmin);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Admin Rina Marlina <admin@diskominfo.jambiprov.go.id> dibuat');
    expect(run.stdout).toMatch(/https:\/\/tindak\.jambiprov\.go\.id\/atur-kata-sandi\?token=\S+/);

    const admin = await database.db
      .selectFrom('users')
      .innerJoin('organizations', 'organizations.id', 'users.organizationId')
      .innerJoin('people', 'people.id', 'users.personId')
      .select(['users.id', 'users.role', 'organizations.kind', 'organizations.regionCode', 'people.fullName'])
      .where('users.email', '=', 'admin@diskominfo.jambiprov.go.id')
      .executeTakeFirstOrThrow();
    expect(admin).toMatchObject({
      role: 'admin',
      kind: 'diskominfo',
      regionCode: '15',
      fullName: 'Rina Marlina',
    });
    const events = await database.db.selectFrom('events').select('eventType').orderBy('id').execute();
    expect(events.map((e) => e.eventType)).toEqual(['OrganizationCreated', 'PersonCreated', 'UserCreated']);
    const mail = await database.db.selectFrom('emails').select(['kind', 'toAddress']).execute();
    expect(mail).toEqual([{ kind: 'invite', toAddress: 'admin@diskominfo.jambiprov.go.id' }]);
  });

  it('changes nothing when run again with the same email, and exits 0 saying so', async () => {
    const snapshots = dbSnapshots(database.db);
    const before = await snapshots.take();
    const run = await adminCreate(jambiAdmin.map((a) => (a.startsWith('admin@') ? a.toUpperCase() : a)));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('tidak ada yang diubah');
    expect(run.stdout).toContain('nothing changed');
    expect(await snapshots.changesSince(before)).toEqual([]);
  });

  it('adds a national admin to an existing office without a region', async () => {
    const args = ['--email', 'admin@komdigi.go.id', '--name', 'Admin Komdigi', '--office', 'Komdigi'];
    expect((await adminCreate(args)).code).toBe(0);
    const office = await database.db
      .selectFrom('organizations')
      .select(['kind', 'regionCode'])
      .where('name', '=', 'Komdigi')
      .executeTakeFirstOrThrow();
    expect(office).toEqual({ kind: 'ministry', regionCode: null });
  });

  it('refuses bad input with exit code 1, in Indonesian and English, and changes nothing', async () => {
    const snapshots = dbSnapshots(database.db);
    const before = await snapshots.take();
    const missing = await adminCreate(['--email', 'bukan-email', '--office', 'Diskominfo']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('--email: Alamat email tidak valid. / Not a valid email address.');
    expect(missing.stderr).toContain('--name: Wajib diisi. / This field is required.');
    const unknownRegion = await adminCreate([
      '--email',
      'a@b.go.id',
      '--name',
      'A',
      '--office',
      'X',
      '--region',
      '99.99',
    ]);
    expect(unknownRegion.code).toBe(1);
    expect(unknownRegion.stderr).toContain('kode wilayah 99.99 tidak ada');
    expect(unknownRegion.stderr).toContain('region code 99.99 is not in the region list');
    expect(await snapshots.changesSince(before)).toEqual([]);
  });

  it('exits 2 when the database cannot be reached', async () => {
    const run = await adminCreate(jambiAdmin, 'postgres://tindak:salah@127.0.0.1:9/tindak');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('cannot reach the database');
  });
});
