import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { officeReferences } from '../src/repositories/organization-merge.repo';
import { createUser, useTestApi } from './support';
import * as directory from './support/directory';
import { meetingInput } from './support/fixtures';
import { refusedWithoutEffect as expectRefused } from './support/refusal-check';

/**
 * The office directory (issue 17, `/instansi`): list with search and filters, edit, deactivate,
 * merge. Admins keep every office; the secretariat and heads those in their scope; staff and
 * viewers read. Every refusal is checked by its effect: the database is exactly as it was.
 */
const api = useTestApi();

let jambi: string;
let users: directory.DirectoryUsers;

async function office(name: string, regionCode: string | null, kind = 'diskominfo' as const) {
  return api.caller().organizations.create({ name, kind, regionCode });
}

/** Expects the call to be refused with `code` and the database to be exactly as it was. */
const refused = (call: () => Promise<unknown>, code: string) => expectRefused(api.database.db, call, code);

beforeAll(async () => {
  jambi = (await office('Diskominfo Provinsi Jambi', '15')).id;
  const kerinci = (await office('Diskominfo Kabupaten Kerinci', '15.01')).id;
  const komdigi = (await office('Kementerian Komunikasi dan Digital', null)).id;
  users = await directory.usersOfEveryRole(api, { province: jambi, kerinci });
  void komdigi;
});

describe('the directory list', () => {
  it('searches name and short name, filters by kind and region (with what lies beneath), in pages', async () => {
    const bps = await api.caller().organizations.create({
      name: 'Badan Pusat Statistik Kabupaten Merangin',
      shortName: 'BPS Merangin',
      kind: 'agency',
      regionCode: '15.02',
    });
    const apjii = await api.caller().organizations.create({
      name: 'Asosiasi Penyelenggara Jasa Internet Indonesia',
      shortName: 'APJII',
      kind: 'association',
      regionCode: null,
    });
    const viewer = api.callerAs(users.kerinciViewer);
    const byShortName = await viewer.organizations.directory({ q: 'apjii' });
    expect(byShortName.items.map((o) => o.id)).toEqual([apjii.id]);
    const agencies = await viewer.organizations.directory({ kind: 'agency', regionCode: '15' });
    expect(agencies.items.map((o) => o.id)).toEqual([bps.id]);
    expect(agencies.items[0]).toMatchObject({ active: true, mergedInto: null, version: 1 });

    const seen = await directory.everyPage((cursor) =>
      viewer.organizations.directory({ limit: 2, cursor, regionCode: '15' }),
    );
    const all = await viewer.organizations.directory({ limit: 100, regionCode: '15' });
    expect(seen).toEqual(all.items.map((o) => o.id));
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('answers a crafted cursor with BAD_REQUEST', async () => {
    await expect(api.caller().organizations.directory({ cursor: 'bukan-kursor' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });
});

describe('editing, deactivating and reactivating', () => {
  it('edits an office in scope, records only what changed, and refuses a stale version with the current state', async () => {
    const tebo = await office('Diskominfo Tebo', '15.09');
    const secretariat = api.callerAs(users.provinceSecretariat);
    const saved = await secretariat.organizations.update({
      id: tebo.id,
      version: 1,
      name: 'Dinas Komunikasi dan Informatika Kabupaten Tebo',
      shortName: 'Diskominfo Tebo',
      kind: 'diskominfo',
      regionCode: '15.09',
    });
    expect(saved).toMatchObject({ version: 2, shortName: 'Diskominfo Tebo' });
    const event = await api.database.db
      .selectFrom('events')
      .select(['eventType', 'payload'])
      .where('aggregateId', '=', tebo.id)
      .where('eventType', '=', 'OrganizationUpdated')
      .executeTakeFirstOrThrow();
    expect(event.payload).toEqual({
      name: { from: 'Diskominfo Tebo', to: 'Dinas Komunikasi dan Informatika Kabupaten Tebo' },
      shortName: { from: null, to: 'Diskominfo Tebo' },
    });

    const stale = await secretariat.organizations
      .update({ id: tebo.id, version: 1, name: 'Lama', kind: 'diskominfo', regionCode: '15.09' })
      .then(
        () => undefined,
        (e: unknown) => e as { code: string; cause?: { current?: { version: number } } },
      );
    expect(stale).toMatchObject({ code: 'CONFLICT' });
    expect(stale?.cause?.current?.version).toBe(2);
  });

  it('deactivates (hidden from pickers, kept in the directory) and reactivates, with an event each', async () => {
    const bappeda = await office('Bappeda Kabupaten Sarolangun', '15.03');
    const head = api.callerAs(users.provinceSecretariat);
    const off = await head.organizations.setActive({ id: bappeda.id, version: 1, active: false });
    expect(off).toMatchObject({ active: false, version: 2 });
    const picker = await head.organizations.list({ regionCode: '15.03' });
    expect(picker.map((o) => o.id)).not.toContain(bappeda.id);
    const inactive = await head.organizations.directory({ status: 'inactive', regionCode: '15.03' });
    expect(inactive.items.map((o) => o.id)).toEqual([bappeda.id]);
    const on = await head.organizations.setActive({ id: bappeda.id, version: 2, active: true });
    expect(on).toMatchObject({ active: true, version: 3 });
    const events = await api.database.db
      .selectFrom('events')
      .select('eventType')
      .where('aggregateId', '=', bappeda.id)
      .orderBy('id')
      .execute();
    expect(events.map((e) => e.eventType)).toEqual([
      'OrganizationCreated',
      'OrganizationDeactivated',
      'OrganizationReactivated',
    ]);
  });

  it('lets an admin keep any office, even one without a region or in another province', async () => {
    const jnt = await office('PT Jala Nusa Telematika', null);
    const palembang = await office('Diskominfo Kota Palembang', '16.71');
    const admin = api.callerAs(users.admin);
    await expect(
      admin.organizations.update({
        id: jnt.id,
        version: 1,
        name: 'PT Jala Nusa Telematika',
        kind: 'company',
      }),
    ).resolves.toMatchObject({ kind: 'company' });
    await expect(
      admin.organizations.setActive({ id: palembang.id, version: 1, active: false }),
    ).resolves.toMatchObject({ active: false });
  });
});

describe('refused calls change nothing', () => {
  it('refuses staff and viewers, offices outside the scope, national offices and moves out of scope', async () => {
    const merangin = await office('Diskominfo Merangin', '15.02');
    const bakti = await office('BAKTI Komdigi', null);
    const change = (id: string, regionCode: string | null = '15.02') => ({
      id,
      version: 1,
      name: 'Nama Baru',
      kind: 'diskominfo' as const,
      regionCode,
    });
    await refused(
      () => api.callerAs(users.kerinciStaff).organizations.update(change(merangin.id)),
      'FORBIDDEN',
    );
    await refused(
      () =>
        api
          .callerAs(users.kerinciViewer)
          .organizations.setActive({ id: merangin.id, version: 1, active: false }),
      'FORBIDDEN',
    );
    // Kerinci's head does not keep Merangin's office, nor a ministry shared by every province.
    await refused(
      () => api.callerAs(users.kerinciHead).organizations.update(change(merangin.id)),
      'FORBIDDEN',
    );
    await refused(
      () => api.callerAs(users.provinceSecretariat).organizations.update(change(bakti.id, null)),
      'FORBIDDEN',
    );
    // The province's secretariat keeps Merangin, but cannot move it to South Sumatra.
    await refused(
      () => api.callerAs(users.provinceSecretariat).organizations.update(change(merangin.id, '16.07')),
      'NOT_FOUND',
    );
    const other = await office('Diskominfo Merangin (ganda)', '15.02');
    await refused(
      () =>
        api.callerAs(users.kerinciHead).organizations.merge(directory.firstVersions(merangin.id, other.id)),
      'FORBIDDEN',
    );
    await refused(
      () =>
        api
          .callerAs(users.provinceSecretariat)
          .organizations.merge(directory.firstVersions(merangin.id, merangin.id)),
      'BAD_REQUEST',
    );
    await refused(
      () =>
        api.callerAs(users.provinceSecretariat).organizations.merge({
          keepId: merangin.id,
          keepVersion: 1,
          duplicateId: other.id,
          duplicateVersion: 7,
        }),
      'CONFLICT',
    );
  });
});

describe('merging two records of one office', () => {
  it('moves every column that points at an office (the catalog has no other)', async () => {
    await directory.expectMergeMovesEveryReference(api.database.db, 'organizations', officeReferences);
  });

  it('moves people, accounts, meetings, participations, proposals, commitments and items, losing nothing', async () => {
    const keep = await office('Dinas Kominfo Kabupaten Batang Hari', '15.04');
    const duplicate = await office('Diskominfo Batanghari', '15.04');
    const older = await office('Kominfo Batanghari', '15.04');
    const other = await office('Diskominfo Kabupaten Muaro Jambi', '15.05');
    const system = api.caller();

    // An earlier duplicate merged into the one about to be merged: it ends up pointing at `keep`.
    await system.organizations.merge(directory.firstVersions(duplicate.id, older.id));
    const person = await system.people.create({ fullName: 'Rudi Hartono', organizationId: duplicate.id });
    await createUser(api, { role: 'staff', organizationId: duplicate.id });
    const meeting = await system.meetings.create(
      meetingInput(duplicate.id, {
        participants: [
          { kind: 'person', personId: person.id },
          { kind: 'guest', guestName: 'Kabid TIK', organizationId: duplicate.id },
        ],
      }),
    );
    await system.proposals.create({
      title: 'Perluasan jaringan fiber',
      proposerOrganizationIds: [duplicate.id, keep.id],
      addressedToOrganizationId: duplicate.id,
      meetingIds: [meeting.id],
    });
    await system.proposals.create({
      title: 'Menara BTS desa',
      proposerOrganizationIds: [duplicate.id],
      addressedToOrganizationId: keep.id,
      meetingIds: [meeting.id],
    });
    await system.commitments.create({
      title: 'Pendampingan SPBE',
      committedByOrganizationId: duplicate.id,
      ownerOrganizationId: duplicate.id,
      regionCodes: ['15.04'],
      meetingId: meeting.id,
    });
    const owned = await system.actionItems.create({
      title: 'Data menara',
      meetingId: meeting.id,
      ownerOrganizationId: duplicate.id,
      dueOn: '2030-06-30',
    });
    const passedOn = await system.actionItems.create({
      title: 'Peta blank spot',
      meetingId: meeting.id,
      ownerOrganizationId: other.id,
      dueOn: '2030-06-30',
    });
    await system.actionItems.delegate({
      id: passedOn.id,
      version: passedOn.version,
      toOrganizationId: duplicate.id,
      instruction: 'Mohon ditindaklanjuti',
    });
    await system.actionItems.delegate({
      id: owned.id,
      version: owned.version,
      toOrganizationId: other.id,
      instruction: 'Diteruskan',
    });

    // The one proposal both proposed keeps one proposer row (its key is proposal + office), and
    // the duplicate itself now points at the office kept.
    const { merged, total, event } = await directory.expectMergeLosesNothing(
      api.database.db,
      'organizations',
      {
        keep: keep.id,
        duplicate: duplicate.id,
        adjust: { 'proposal_proposers.organization_id': -1, 'organizations.merged_into': 1 },
        merge: (pair) => api.callerAs(users.provinceSecretariat).organizations.merge(pair),
      },
    );
    expect(total).toBeGreaterThanOrEqual(13);
    expect(merged.kept).toMatchObject({ id: keep.id, active: true });

    const gone = (await api.caller().organizations.directory({ status: 'all', q: 'Diskominfo Batanghari' }))
      .items[0];
    expect(gone).toMatchObject({ active: false, mergedInto: { id: keep.id } });

    // One event, on the office kept, naming the duplicate.
    expect(event).toMatchObject({
      eventType: 'OrganizationsMerged',
      aggregateId: keep.id,
      payload: { duplicateId: duplicate.id, duplicateName: 'Diskominfo Batanghari' },
    });

    // A merged record cannot come back, nor be merged again.
    await refused(
      () =>
        api.caller().organizations.setActive({
          id: duplicate.id,
          version: gone?.version ?? 0,
          active: true,
        }),
      'BAD_REQUEST',
    );
  });

  it('lets one of two opposite merges at the same moment win, and the other answer CONFLICT', async () => {
    const a = await office('Diskominfo Tanjung Jabung Barat', '15.06');
    const b = await office('Dinas Kominfo Kabupaten Tanjung Jabung Barat', '15.06');
    await directory.expectOneOfOppositeMergesWins(
      (pair) => api.caller().organizations.merge(pair),
      a.id,
      b.id,
    );
    const rows = await api.database.db
      .selectFrom('organizations')
      .select(['active', 'mergedInto'])
      .where('id', 'in', [a.id, b.id])
      .execute();
    expect(rows.filter((r) => r.active)).toHaveLength(1);
    expect(rows.filter((r) => r.mergedInto !== null)).toHaveLength(1);
  });

  it('takes the items to the region of the office kept', async () => {
    const keep = await office('Diskominfo Kabupaten Bungo', '15.08');
    const duplicate = await office('Diskominfo Bungo (tanpa wilayah)', null);
    const host = await office(`Penyelenggara ${randomUUID()}`, '15.08');
    const meeting = await api.caller().meetings.create(meetingInput(host.id));
    const item = await api.caller().actionItems.create({
      title: 'Inventaris aset TIK',
      meetingId: meeting.id,
      ownerOrganizationId: duplicate.id,
      dueOn: '2030-06-30',
    });
    await api.callerAs(users.admin).organizations.merge(directory.firstVersions(keep.id, duplicate.id));
    const row = await api.database.db
      .selectFrom('actionItems')
      .select(['ownerOrganizationId', 'regionCode'])
      .where('id', '=', item.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ ownerOrganizationId: keep.id, regionCode: '15.08' });
  });
});
