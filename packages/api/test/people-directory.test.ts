import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../src/context';
import { personReferences } from '../src/repositories/person-merge.repo';
import { createUser, useTestApi } from './support';
import * as directory from './support/directory';
import { meetingInput } from './support/fixtures';
import { refusedWithoutEffect as expectRefused } from './support/refusal-check';

/**
 * The people directory (issue 17, `/orang`): list with search and filters, a person's page, edit,
 * merge. Admins keep everyone; the secretariat and heads the people whose office is in their
 * scope; staff and viewers read. Every refusal is checked by its effect: nothing changed.
 */
const api = useTestApi();

let kerinci: string;
let merangin: string;
let palembang: string;
let users: directory.DirectoryUsers;

async function office(name: string, regionCode: string | null) {
  return (await api.caller().organizations.create({ name, kind: 'diskominfo', regionCode })).id;
}

async function person(fullName: string, organizationId: string | null, extra: { nip?: string } = {}) {
  return api.caller().people.create({ fullName, organizationId, ...extra });
}

const versionOf = (id: string) => directory.versionOf(api.database.db, 'people', id);

/** Expects the call to be refused with `code` and the database to be exactly as it was. */
const refused = (call: () => Promise<unknown>, code: string) => expectRefused(api.database.db, call, code);

beforeAll(async () => {
  const jambi = await office('Diskominfo Provinsi Jambi', '15');
  kerinci = await office('Diskominfo Kabupaten Kerinci', '15.01');
  merangin = await office('Diskominfo Kabupaten Merangin', '15.02');
  palembang = await office('Diskominfo Kota Palembang', '16.71');
  users = await directory.usersOfEveryRole(api, { province: jambi, kerinci });
});

describe('the directory list', () => {
  it('finds "Dra. Nur\'aini, M.Si." by "nuraini" and by "Nur Aini", without its titles', async () => {
    const nuraini = await person("Dra. Nur'aini, M.Si.", kerinci);
    await person('Nurhadi Saputra', kerinci);
    const viewer = api.callerAs(users.kerinciViewer);
    for (const q of ['nuraini', 'Nur Aini', "nur'aini", 'NURAINI, S.Kom']) {
      const page = await viewer.people.directory({ q });
      expect(
        page.items.map((p) => p.id),
        q,
      ).toEqual([nuraini.id]);
    }
    // A title alone finds no one by name.
    expect((await viewer.people.directory({ q: 'Dra.' })).items).toEqual([]);
  });

  it('filters by office and by region (with what lies beneath), in pages, and shows office, region and account', async () => {
    const rina = await person('Rina Marlina', merangin);
    const account = await createUser(api, { role: 'staff', organizationId: merangin });
    const viewer = api.callerAs(users.kerinciViewer);
    const byOffice = await viewer.people.directory({ organizationId: merangin, limit: 100 });
    expect(byOffice.items.map((p) => p.id).sort()).toEqual([rina.id, account.personId].sort());
    expect(byOffice.items.find((p) => p.id === rina.id)).toMatchObject({
      organization: { id: merangin, name: 'Diskominfo Kabupaten Merangin' },
      region: { code: '15.02' },
      userId: null,
      mergedInto: null,
      version: 1,
    });
    expect(byOffice.items.find((p) => p.id === account.personId)?.userId).toBe(account.id);
    const inSouthSumatra = await viewer.people.directory({ regionCode: '16' });
    expect(inSouthSumatra.items).toEqual([]);

    const seen = await directory.everyPage((cursor) =>
      viewer.people.directory({ limit: 2, cursor, regionCode: '15' }),
    );
    const all = await viewer.people.directory({ limit: 100, regionCode: '15' });
    expect(seen).toEqual(all.items.map((p) => p.id));
    expect(seen.length).toBeGreaterThan(2);
  });

  it('shows a NIP only to those who keep the directory and only for people in their scope', async () => {
    const nip = '198703152010011004';
    const budi = await person('Budi Santoso', kerinci, { nip });
    const tono = await person('Tono Wijaya', palembang, { nip: '198001012005011001' });
    const nipOf = async (user: SessionUser, id: string) =>
      (await api.callerAs(user).people.get({ id })).person.nip;
    expect(await nipOf(users.kerinciHead, budi.id)).toBe(nip);
    expect(await nipOf(users.kerinciStaff, budi.id)).toBeNull();
    expect(await nipOf(users.kerinciViewer, budi.id)).toBeNull();
    expect(await nipOf(users.provinceSecretariat, tono.id)).toBeNull();
    const listed = await api.callerAs(users.kerinciViewer).people.directory({ q: 'Budi Santoso' });
    expect(listed.items[0]?.nip).toBeNull();
  });

  it('answers a crafted cursor with BAD_REQUEST', async () => {
    await expect(api.caller().people.directory({ cursor: 'bukan-kursor' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });
});

describe("a person's page", () => {
  it('lists their meetings newest first and their items with status, only those the caller reads', async () => {
    const sari = await person('Sari Dewi', kerinci);
    const system = api.caller();
    const older = await system.meetings.create(
      meetingInput(kerinci, {
        title: 'Rakor Januari',
        startsAt: '2026-01-05T09:00:00+07:00',
        endsAt: '2026-01-05T11:00:00+07:00',
        participants: [{ kind: 'person', personId: sari.id }],
      }),
    );
    const newer = await system.meetings.create(
      meetingInput(kerinci, {
        title: 'Rakor Februari',
        startsAt: '2026-02-05T09:00:00+07:00',
        endsAt: '2026-02-05T11:00:00+07:00',
        participants: [{ kind: 'person', personId: sari.id, role: 'speaker' }],
      }),
    );
    // A Palembang meeting she attended lies outside Kerinci's scope.
    const elsewhere = await system.meetings.create(
      meetingInput(palembang, {
        title: 'Forum Palembang',
        participants: [{ kind: 'guest', guestName: 'Tamu', organizationId: palembang }],
      }),
    );
    await api.database.db
      .insertInto('meetingParticipants')
      .values({ meetingId: elsewhere.id, personId: sari.id, organizationId: palembang, regionCode: '16.71' })
      .execute();
    const item = await system.actionItems.create({
      title: 'Data jaringan desa',
      meetingId: newer.id,
      ownerOrganizationId: kerinci,
      ownerPersonId: sari.id,
      dueOn: '2030-06-30',
    });

    const page = await api.callerAs(users.kerinciViewer).people.get({ id: sari.id });
    expect(page.meetings.map((m) => [m.meetingId, m.role])).toEqual([
      [newer.id, 'speaker'],
      [older.id, 'participant'],
    ]);
    expect(page.items).toEqual([
      { id: item.id, title: 'Data jaringan desa', status: 'open', dueOn: '2030-06-30' },
    ]);
    // The system (no user) reads every meeting.
    const all = await api.caller().people.get({ id: sari.id });
    expect(all.meetings.map((m) => m.meetingId)).toContain(elsewhere.id);
  });

  it('answers NOT_FOUND for a person who is not there', async () => {
    await expect(
      api.callerAs(users.kerinciViewer).people.get({ id: '00000000-0000-4000-8000-000000000000' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('editing a person', () => {
  it('edits position, office and NIP in scope, records only what changed, and refuses a stale version', async () => {
    const andi = await person('Andi Pratama', merangin);
    const secretariat = api.callerAs(users.provinceSecretariat);
    const saved = await secretariat.people.update({
      id: andi.id,
      version: 1,
      fullName: 'Andi Pratama',
      position: 'Kepala Bidang Aptika',
      organizationId: kerinci,
      nip: '199001012015031002',
    });
    expect(saved).toMatchObject({
      version: 2,
      position: 'Kepala Bidang Aptika',
      organization: { id: kerinci },
      nip: '199001012015031002',
    });
    const event = await api.database.db
      .selectFrom('events')
      .select('payload')
      .where('aggregateId', '=', andi.id)
      .where('eventType', '=', 'PersonUpdated')
      .executeTakeFirstOrThrow();
    // The NIP is personal data: the event says it changed, never its digits.
    expect(event.payload).toEqual({
      position: { from: null, to: 'Kepala Bidang Aptika' },
      organizationId: { from: merangin, to: kerinci },
      nipChanged: true,
    });

    const stale = await secretariat.people
      .update({ id: andi.id, version: 1, fullName: 'Andi Lama', organizationId: kerinci })
      .then(
        () => undefined,
        (e: unknown) => e as { code: string; cause?: { current?: { version: number } } },
      );
    expect(stale).toMatchObject({ code: 'CONFLICT' });
    expect(stale?.cause?.current?.version).toBe(2);
    await refused(
      () =>
        secretariat.people.update({
          id: andi.id,
          version: 1,
          fullName: 'Andi Lama',
          organizationId: kerinci,
        }),
      'CONFLICT',
    );
  });

  it('keeps a NIP the caller may not see when they leave it out, and refuses a NIP someone else has', async () => {
    const nip = '198505052009021003';
    const eko = await person('Eko Susilo', palembang, { nip });
    // Kerinci's admin keeps Palembang's people too, but is not shown their NIPs.
    const admin = api.callerAs(users.admin);
    const saved = await admin.people.update({
      id: eko.id,
      version: 1,
      fullName: 'Eko Susilo',
      position: 'Pranata Komputer',
      organizationId: palembang,
      nip: null,
    });
    expect(saved.nip).toBeNull();
    const row = await api.database.db
      .selectFrom('people')
      .select('nip')
      .where('id', '=', eko.id)
      .executeTakeFirstOrThrow();
    expect(row.nip).toBe(nip);

    const taken = await person('Dedi Kurniawan', kerinci);
    await refused(
      () =>
        api.caller().people.update({
          id: taken.id,
          version: 1,
          fullName: 'Dedi Kurniawan',
          organizationId: kerinci,
          nip,
        }),
      'CONFLICT',
    );
  });

  it('leaves the name and office of a person with an account to the account', async () => {
    const account = await createUser(api, { role: 'staff', organizationId: kerinci });
    const personId = account.personId as string;
    const head = api.callerAs(users.kerinciHead);
    const version = await versionOf(personId);
    const current = await head.people.get({ id: personId });
    await refused(
      () => head.people.update({ id: personId, version, fullName: 'Nama Lain', organizationId: kerinci }),
      'BAD_REQUEST',
    );
    await refused(
      () =>
        head.people.update({
          id: personId,
          version,
          fullName: current.person.fullName,
          organizationId: null,
        }),
      'BAD_REQUEST',
    );
    const saved = await head.people.update({
      id: personId,
      version,
      fullName: current.person.fullName,
      position: 'Staf Teknis',
      organizationId: kerinci,
    });
    expect(saved).toMatchObject({ position: 'Staf Teknis', userId: account.id });
  });
});

describe('refused calls change nothing', () => {
  it('refuses staff and viewers, people outside the scope, and moves to an office outside it', async () => {
    const inMerangin = await person('Yusuf Hamdani', merangin);
    const inKerinci = await person('Wati Lestari', kerinci);
    const national = await person('Tanpa Instansi', null);
    const change = (id: string, organizationId: string | null) => ({
      id,
      version: 1,
      fullName: 'Nama Baru',
      organizationId,
    });
    await refused(
      () => api.callerAs(users.kerinciStaff).people.update(change(inKerinci.id, kerinci)),
      'FORBIDDEN',
    );
    await refused(
      () => api.callerAs(users.kerinciViewer).people.update(change(inKerinci.id, kerinci)),
      'FORBIDDEN',
    );
    // Kerinci's head does not keep Merangin's people, nor people without an office.
    await refused(
      () => api.callerAs(users.kerinciHead).people.update(change(inMerangin.id, merangin)),
      'FORBIDDEN',
    );
    await refused(
      () => api.callerAs(users.kerinciHead).people.update(change(national.id, null)),
      'FORBIDDEN',
    );
    // Kerinci's head keeps Wati, but cannot move her to Merangin's office.
    await refused(
      () => api.callerAs(users.kerinciHead).people.update(change(inKerinci.id, merangin)),
      'NOT_FOUND',
    );
    await refused(
      () => api.callerAs(users.provinceSecretariat).people.update(change(inKerinci.id, palembang)),
      'NOT_FOUND',
    );
    const twin = await person('Wati Lestari', merangin);
    const merge = (user: SessionUser, keepId: string, duplicateId: string, duplicateVersion = 1) =>
      api.callerAs(user).people.merge({ keepId, keepVersion: 1, duplicateId, duplicateVersion });
    await refused(() => merge(users.kerinciHead, inKerinci.id, twin.id), 'FORBIDDEN');
    await refused(() => merge(users.kerinciStaff, inKerinci.id, twin.id), 'FORBIDDEN');
    await refused(() => merge(users.provinceSecretariat, inKerinci.id, inKerinci.id), 'BAD_REQUEST');
    await refused(() => merge(users.provinceSecretariat, inKerinci.id, twin.id, 7), 'CONFLICT');
  });

  it('refuses to merge two people who both have an account', async () => {
    const first = await createUser(api, { role: 'staff', organizationId: kerinci });
    const second = await createUser(api, { role: 'viewer', organizationId: kerinci });
    await refused(
      () =>
        api
          .callerAs(users.kerinciHead)
          .people.merge(directory.firstVersions(first.personId as string, second.personId as string)),
      'BAD_REQUEST',
    );
  });
});

describe('merging two records of one person', () => {
  it('moves every column that points at a person (the catalog has no other)', async () => {
    await directory.expectMergeMovesEveryReference(api.database.db, 'people', personReferences);
  });

  it('moves participations, items, hand-offs, commitments and the account, losing nothing', async () => {
    const system = api.caller();
    const keep = await person('Hj. Siti Aminah, S.Kom.', kerinci);
    const duplicate = await person('Siti Aminah', kerinci);
    const older = await person('Siti Aminah (lama)', kerinci);
    // An earlier duplicate merged into the one about to be merged: it ends up pointing at `keep`.
    await system.people.merge(directory.firstVersions(duplicate.id, older.id));
    // The duplicate is the person of an account; the one kept has none.
    const account = await createUser(api, { role: 'staff', organizationId: kerinci, personId: duplicate.id });

    const both = await system.meetings.create(
      meetingInput(kerinci, {
        title: 'Rakor bersama',
        participants: [
          { kind: 'person', personId: keep.id, attendance: 'present' },
          { kind: 'person', personId: duplicate.id },
        ],
      }),
    );
    const onlyDuplicate = await system.meetings.create(
      meetingInput(kerinci, {
        title: 'Bimtek SPBE',
        startsAt: '2026-03-02T09:00:00+07:00',
        endsAt: '2026-03-02T11:00:00+07:00',
        participants: [{ kind: 'person', personId: duplicate.id, role: 'speaker' }],
      }),
    );
    await system.commitments.create({
      title: 'Pendampingan SPBE',
      committedByOrganizationId: kerinci,
      committedByPersonId: duplicate.id,
      ownerOrganizationId: kerinci,
      ownerPersonId: duplicate.id,
      regionCodes: ['15.01'],
      meetingId: both.id,
    });
    const owned = await system.actionItems.create({
      title: 'Inventaris aset TIK',
      meetingId: both.id,
      ownerOrganizationId: kerinci,
      ownerPersonId: duplicate.id,
      assignedByPersonId: duplicate.id,
      dueOn: '2030-06-30',
    });
    await system.actionItems.delegate({
      id: owned.id,
      version: owned.version,
      toOrganizationId: kerinci,
      toPersonId: keep.id,
      instruction: 'Mohon dilengkapi',
    });
    const passed = await system.actionItems.create({
      title: 'Peta blank spot',
      meetingId: onlyDuplicate.id,
      ownerOrganizationId: kerinci,
      ownerPersonId: keep.id,
      dueOn: '2030-06-30',
    });
    await system.actionItems.delegate({
      id: passed.id,
      version: passed.version,
      toOrganizationId: kerinci,
      toPersonId: duplicate.id,
      instruction: 'Diteruskan',
    });

    // The meeting both attended keeps one participation (the kept person's), and the duplicate
    // itself now points at the person kept.
    const { merged, total, event } = await directory.expectMergeLosesNothing(api.database.db, 'people', {
      keep: keep.id,
      duplicate: duplicate.id,
      adjust: { 'meeting_participants.person_id': -1, 'people.merged_into': 1 },
      merge: (pair) => api.callerAs(users.kerinciHead).people.merge(pair),
    });
    expect(total).toBeGreaterThanOrEqual(10);
    expect(merged.kept).toMatchObject({ id: keep.id, userId: account.id, mergedInto: null });

    // The kept person's page has both meetings; the shared one keeps the kept record's attendance.
    const page = await api.caller().people.get({ id: keep.id });
    expect(page.meetings.map((m) => [m.meetingId, m.attendance])).toEqual([
      [onlyDuplicate.id, 'invited'],
      [both.id, 'present'],
    ]);
    expect(page.items.map((i) => i.id).sort()).toEqual([owned.id, passed.id].sort());

    // The duplicate is still there, pointing at the person kept, and offered nowhere new.
    const gone = await api.caller().people.directory({ status: 'inactive', q: 'Siti Aminah' });
    expect(gone.items.map((p) => [p.id, p.mergedInto?.id])).toEqual(
      expect.arrayContaining([
        [duplicate.id, keep.id],
        [older.id, keep.id],
      ]),
    );
    const active = await api.caller().people.directory({ q: 'Siti Aminah' });
    expect(active.items.map((p) => p.id)).toEqual([keep.id]);
    const picker = await api.caller().people.search({ query: 'Siti Aminah' });
    expect(picker.map((p) => p.id)).toEqual([keep.id]);

    // One event, on the person kept, naming the duplicate.
    expect(event).toMatchObject({
      eventType: 'PeopleMerged',
      aggregateId: keep.id,
      payload: { duplicateId: duplicate.id, duplicateName: 'Siti Aminah' },
    });

    // A merged record is not edited again, nor merged again.
    await refused(
      () =>
        api.caller().people.update({
          id: duplicate.id,
          version: gone.items.find((p) => p.id === duplicate.id)?.version ?? 0,
          fullName: 'Siti Aminah',
          organizationId: kerinci,
        }),
      'BAD_REQUEST',
    );
  });

  it("keeps the duplicate's NIP and position when the person kept has none, and refuses two different NIPs", async () => {
    const nip = '197912312006041005';
    const keep = await person('Ahmad Fauzi', merangin);
    const duplicate = await api.caller().people.create({
      fullName: 'Drs. Ahmad Fauzi',
      position: 'Kepala Seksi Persandian',
      organizationId: merangin,
      nip,
    });
    await api
      .callerAs(users.provinceSecretariat)
      .people.merge(directory.firstVersions(keep.id, duplicate.id));
    const kept = await api.caller().people.get({ id: keep.id });
    expect(kept.person).toMatchObject({ nip, position: 'Kepala Seksi Persandian' });
    const byNip = await api.caller().people.search({ query: nip });
    expect(byNip.map((p) => p.id)).toEqual([keep.id]);
    const event = await api.database.db
      .selectFrom('events')
      .select('payload')
      .where('aggregateId', '=', keep.id)
      .where('eventType', '=', 'PeopleMerged')
      .executeTakeFirstOrThrow();
    expect(event.payload).toMatchObject({ tookOver: ['nip', 'position'] });

    const other = await person('Ahmad Fauzi', merangin, { nip: '198202022008011002' });
    const keepVersion = await versionOf(keep.id);
    await refused(
      () =>
        api.caller().people.merge({
          keepId: keep.id,
          keepVersion,
          duplicateId: other.id,
          duplicateVersion: 1,
        }),
      'BAD_REQUEST',
    );
  });

  it('takes the office of the account when the duplicate with the account worked elsewhere', async () => {
    const keep = await person('Fajar Ramadhan', merangin);
    const account = await createUser(api, { role: 'staff', organizationId: kerinci });
    const duplicateId = account.personId as string;
    await api.callerAs(users.provinceSecretariat).people.merge({
      keepId: keep.id,
      keepVersion: 1,
      duplicateId,
      duplicateVersion: await versionOf(duplicateId),
    });
    const kept = await api.caller().people.get({ id: keep.id });
    expect(kept.person).toMatchObject({ userId: account.id, organization: { id: kerinci } });
    const user = await api.database.db
      .selectFrom('users')
      .select('personId')
      .where('id', '=', account.id)
      .executeTakeFirstOrThrow();
    expect(user.personId).toBe(keep.id);
  });

  it('lets one of two opposite merges at the same moment win, and the other answer CONFLICT', async () => {
    const a = await person('Hendra Gunawan', merangin);
    const b = await person('Hendra Gunawan, S.T.', merangin);
    await directory.expectOneOfOppositeMergesWins((pair) => api.caller().people.merge(pair), a.id, b.id);
    const rows = await api.database.db
      .selectFrom('people')
      .select('mergedInto')
      .where('id', 'in', [a.id, b.id])
      .execute();
    expect(rows.filter((r) => r.mergedInto !== null)).toHaveLength(1);
  });
});
