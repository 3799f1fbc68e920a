import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../src/context';
import { createUser, useTestApi } from './support';
import { makeOffice, meetingInput } from './support/fixtures';
import { refusedWithoutEffect } from './support/refusal-check';

/**
 * Directives (arahan, issue 19): a head hands one instruction to many offices in one step; each
 * office gets its own item, which follows the usual chain; the directive shows how they all stand
 * and closes when every item is done or cancelled.
 */
const api = useTestApi();
const offices = {} as Record<'province' | 'kerinci' | 'merangin' | 'tebo' | 'otherProvince', string>;
const users = {} as Record<
  'provinceHead' | 'provinceSecretariat' | 'kerinciHead' | 'kerinciStaff' | 'otherProvinceHead',
  SessionUser
>;
let meetingId: string;

const as = (user: keyof typeof users) => api.callerAs(users[user]);
const refused = (call: () => Promise<unknown>, code: string) =>
  refusedWithoutEffect(api.database.db, call, code);

beforeAll(async () => {
  offices.province = (await makeOffice(api, 'Diskominfo Provinsi Jambi', '15')).id;
  offices.kerinci = (await makeOffice(api, 'Diskominfo Kabupaten Kerinci', '15.01')).id;
  offices.merangin = (await makeOffice(api, 'Diskominfo Kabupaten Merangin', '15.02')).id;
  offices.tebo = (await makeOffice(api, 'Diskominfo Kabupaten Tebo', '15.09')).id;
  offices.otherProvince = (await makeOffice(api, 'Diskominfo Provinsi Sumatera Selatan', '16')).id;
  users.provinceHead = await createUser(api, { role: 'head', organizationId: offices.province });
  users.provinceSecretariat = await createUser(api, {
    role: 'secretariat',
    organizationId: offices.province,
  });
  users.kerinciHead = await createUser(api, { role: 'head', organizationId: offices.kerinci });
  users.kerinciStaff = await createUser(api, { role: 'staff', organizationId: offices.kerinci });
  users.otherProvinceHead = await createUser(api, { role: 'head', organizationId: offices.otherProvince });
  meetingId = (await api.caller().meetings.create(meetingInput(offices.province))).id;
});

const base = (overrides: Record<string, unknown> = {}) => ({
  title: 'Pindahkan hosting ke Data Center Provinsi',
  instruction: 'Laporkan daftar aplikasi yang sudah dipindahkan.',
  meetingId,
  dueOn: '2030-03-31',
  priority: 'high' as const,
  ...overrides,
});

async function eventsOf(aggregateId: string) {
  return api.database.db
    .selectFrom('events')
    .select(['eventType', 'payload'])
    .where('aggregateId', '=', aggregateId)
    .orderBy('id')
    .execute();
}

async function countOf(table: 'directives' | 'actionItems') {
  const row = await api.database.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Walks an item to done the way its owner and head would. */
async function finish(itemId: string) {
  const system = api.caller();
  let item = await system.actionItems.get({ id: itemId });
  item = await system.actionItems.submitEvidence({ id: itemId, version: item.version, note: 'Selesai.' });
  await system.actionItems.verify({ id: itemId, version: item.version, accept: true });
}

describe('issuing', () => {
  it('hands one directive to every regency/city in one step: one item each, owned by the office', async () => {
    const issued = await as('provinceHead').directives.issue(base({ allRegencyOfficesOf: '15' }));
    expect(issued.offices.map((o) => o.region?.code)).toEqual(['15.01', '15.02', '15.09']);
    expect(issued.counts).toMatchObject({ total: 3, done: 0, other: 3 });
    expect(issued.issuedBy.organization.id).toBe(offices.province);
    expect(issued.meeting).toMatchObject({ id: meetingId, outsideScope: false });
    expect(issued.canEdit && issued.canAddOffices && issued.canCancel).toBe(true);
    for (const row of issued.offices) {
      const item = await as('provinceHead').actionItems.get({ id: row.itemId });
      expect(item.ownerOrganization.id).toBe(row.office.id);
      expect(item.meeting).toMatchObject({ id: meetingId });
      expect(item.dueOn).toBe('2030-03-31');
      const events = await eventsOf(row.itemId);
      expect(events.map((e) => e.eventType)).toEqual(['ActionItemAssigned']);
      expect(events[0]?.payload).toMatchObject({ source: { directiveId: issued.id, meetingId } });
    }
    const events = await eventsOf(issued.id);
    expect(events.map((e) => e.eventType)).toEqual(['DirectiveIssued']);
    expect(events[0]?.payload).toMatchObject({ allRegencyOfficesOf: '15', offices: expect.any(Array) });
  });

  it('writes nothing when one office is unknown or no longer takes work (all or nothing)', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    await refused(
      () => as('provinceHead').directives.issue(base({ officeIds: [offices.kerinci, missing] })),
      'NOT_FOUND',
    );
    const closed = (await makeOffice(api, 'Diskominfo Lama', '15.03')).id;
    await api.database.db
      .updateTable('organizations')
      .set({ active: false })
      .where('id', '=', closed)
      .execute();
    await refused(
      () => as('provinceHead').directives.issue(base({ officeIds: [offices.kerinci, closed] })),
      'BAD_REQUEST',
    );
    await refused(() => as('provinceHead').directives.issue(base({ officeIds: [] })), 'BAD_REQUEST');
    // A province with no regency/city office in the app yet: nothing to hand out.
    await refused(
      () =>
        api
          .caller()
          .directives.issue(
            base({ allRegencyOfficesOf: '16', issuedByOrganizationId: offices.otherProvince }),
          ),
      'BAD_REQUEST',
    );
    // Another province's regencies are outside the province head's scope.
    await refused(
      () => as('provinceHead').directives.issue(base({ allRegencyOfficesOf: '16' })),
      'NOT_FOUND',
    );
  });

  it('is the job of heads whose scope covers the issuer and every office', async () => {
    // A regency head cannot hand work to another regency (not in scope: as if it did not exist).
    await refused(
      () => as('kerinciHead').directives.issue(base({ officeIds: [offices.kerinci, offices.merangin] })),
      'NOT_FOUND',
    );
    // Nor speak for the province.
    await refused(
      () =>
        as('kerinciHead').directives.issue(
          base({ officeIds: [offices.kerinci], issuedByOrganizationId: offices.province }),
        ),
      'NOT_FOUND',
    );
    // The secretariat and staff do not assign work.
    await refused(
      () => as('provinceSecretariat').directives.issue(base({ officeIds: [offices.kerinci] })),
      'FORBIDDEN',
    );
    await refused(
      () => as('kerinciStaff').directives.issue(base({ officeIds: [offices.kerinci] })),
      'FORBIDDEN',
    );
    // Within their own scope, a regency head may.
    const own = await as('kerinciHead').directives.issue(
      base({ officeIds: [offices.kerinci], meetingId: null }),
    );
    expect(own.offices).toHaveLength(1);
  });

  it('makes one directive for a retried request (same idempotency key)', async () => {
    const key = crypto.randomUUID();
    const before = { directives: await countOf('directives'), items: await countOf('actionItems') };
    const first = await as('provinceHead').directives.issue(
      base({ allRegencyOfficesOf: '15', idempotencyKey: key }),
    );
    const again = await as('provinceHead').directives.issue(
      base({ allRegencyOfficesOf: '15', idempotencyKey: key }),
    );
    expect(again.id).toBe(first.id);
    expect(await countOf('directives')).toBe(before.directives + 1);
    expect(await countOf('actionItems')).toBe(before.items + 3);
  });
});

describe('reading', () => {
  it('shows a regency the header and only its own office, never another regency’s progress', async () => {
    const issued = await as('provinceHead').directives.issue(base({ allRegencyOfficesOf: '15' }));
    const seen = await as('kerinciStaff').directives.get({ id: issued.id });
    expect(seen.title).toBe(issued.title);
    expect(seen.offices.map((o) => o.office.id)).toEqual([offices.kerinci]);
    expect(seen.officesOutsideScope).toBe(2);
    expect(seen.counts.total).toBe(1);
    expect(seen.canEdit || seen.canAddOffices || seen.canCancel).toBe(false);
    // A regency head sees it too, but may not change what the province gave.
    const kerinciHead = await as('kerinciHead').directives.get({ id: issued.id });
    expect(kerinciHead.canEdit).toBe(false);
    await refused(
      () =>
        as('kerinciHead').directives.update({
          id: issued.id,
          version: issued.version,
          title: 'Diubah',
          dueOn: '2030-03-31',
          priority: 'normal',
        }),
      'FORBIDDEN',
    );
    // Another province sees nothing of it.
    await refused(() => as('otherProvinceHead').directives.get({ id: issued.id }), 'NOT_FOUND');
    const listed = await as('otherProvinceHead').directives.list({});
    expect(listed.items.some((d) => d.id === issued.id)).toBe(false);
    const regencyList = await as('kerinciStaff').directives.list({});
    const row = regencyList.items.find((d) => d.id === issued.id);
    expect(row?.counts.total).toBe(1);
  });

  it('lists newest first in pages, filtered by status and meeting', async () => {
    const first = await as('provinceHead').directives.list({ limit: 2 });
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).not.toBeNull();
    const second = await as('provinceHead').directives.list({ limit: 2, cursor: first.nextCursor as string });
    expect(second.items.some((d) => first.items.some((f) => f.id === d.id))).toBe(false);
    const ofMeeting = await as('provinceHead').directives.list({ meetingId, limit: 100 });
    expect(
      ofMeeting.items.every((d) => d.meeting && !d.meeting.outsideScope && d.meeting.id === meetingId),
    ).toBe(true);
    const closed = await as('provinceHead').directives.list({ status: 'cancelled', limit: 100 });
    expect(closed.items.every((d) => d.status === 'cancelled')).toBe(true);
    await refused(() => as('provinceHead').directives.list({ cursor: 'bukan-kursor' }), 'BAD_REQUEST');
  });
});

describe('closing, reopening, cancelling', () => {
  it('closes with the change that settles the last item, and opens again when offices are added', async () => {
    const issued = await as('provinceHead').directives.issue(
      base({ officeIds: [offices.kerinci, offices.merangin] }),
    );
    const [kerinci, merangin] = issued.offices;
    await finish(kerinci?.itemId as string);
    expect((await api.caller().directives.get({ id: issued.id })).status).toBe('open');
    const item = await api.caller().actionItems.get({ id: merangin?.itemId as string });
    await api.caller().actionItems.changeStatus({
      id: item.id,
      version: item.version,
      action: 'cancel',
      reason: 'Tidak ada aplikasi yang di-hosting di luar.',
    });
    const closed = await api.caller().directives.get({ id: issued.id });
    expect(closed.status).toBe('closed');
    expect(closed.closedAt).not.toBeNull();
    expect(closed.counts).toMatchObject({ total: 2, done: 1, cancelled: 1 });
    expect((await eventsOf(issued.id)).map((e) => e.eventType)).toEqual([
      'DirectiveIssued',
      'DirectiveClosed',
    ]);

    const reopened = await as('provinceHead').directives.addOffices({
      id: issued.id,
      version: closed.version,
      officeIds: [offices.tebo, offices.kerinci],
    });
    expect(reopened.status).toBe('open');
    expect(reopened.offices.map((o) => o.office.id)).toEqual([
      offices.kerinci,
      offices.merangin,
      offices.tebo,
    ]);
    expect((await eventsOf(issued.id)).map((e) => e.eventType)).toEqual([
      'DirectiveIssued',
      'DirectiveClosed',
      'DirectiveOfficesAdded',
      'DirectiveReopened',
    ]);
    await refused(
      () =>
        as('provinceHead').directives.addOffices({
          id: issued.id,
          version: reopened.version,
          officeIds: [offices.tebo],
        }),
      'BAD_REQUEST',
    );
  });

  it('cancels every open item with the reason, keeps what is done, and then refuses changes', async () => {
    const issued = await as('provinceHead').directives.issue(base({ allRegencyOfficesOf: '15' }));
    const [done, ...open] = issued.offices;
    await finish(done?.itemId as string);
    const current = await api.caller().directives.get({ id: issued.id });
    await refused(
      () => as('provinceHead').directives.cancel({ id: issued.id, version: current.version, reason: ' ' }),
      'BAD_REQUEST',
    );
    const cancelled = await as('provinceHead').directives.cancel({
      id: issued.id,
      version: current.version,
      reason: 'Digantikan arahan baru.',
    });
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.offices.map((o) => o.status)).toEqual(['done', 'cancelled', 'cancelled']);
    for (const row of open) {
      const events = await eventsOf(row.itemId);
      expect(events.at(-1)).toMatchObject({
        eventType: 'ActionItemStatusChanged',
        payload: { action: 'cancel', reason: 'Digantikan arahan baru.' },
      });
    }
    expect((await eventsOf(issued.id)).map((e) => e.eventType)).toEqual([
      'DirectiveIssued',
      'DirectiveCancelled',
    ]);
    await refused(
      () =>
        as('provinceHead').directives.update({
          id: issued.id,
          version: cancelled.version,
          title: 'Lagi',
          dueOn: '2030-05-01',
          priority: 'normal',
        }),
      'BAD_REQUEST',
    );
  });

  it('moves a new deadline to open items still at the old one; a stale version is a conflict', async () => {
    const issued = await as('provinceHead').directives.issue(base({ allRegencyOfficesOf: '15' }));
    const [extended, finished, plain] = issued.offices;
    const item = await api.caller().actionItems.get({ id: extended?.itemId as string });
    await api.caller().actionItems.update({
      id: item.id,
      version: item.version,
      title: item.title,
      dueOn: '2030-06-30',
      priority: item.priority,
    });
    await finish(finished?.itemId as string);
    const updated = await as('provinceHead').directives.update({
      id: issued.id,
      version: issued.version,
      title: 'Pindahkan semua hosting',
      instruction: issued.instruction,
      dueOn: '2030-04-30',
      priority: 'urgent',
    });
    expect(updated.dueOn).toBe('2030-04-30');
    const dueOf = (itemId: string | undefined) => updated.offices.find((o) => o.itemId === itemId)?.dueOn;
    expect([dueOf(extended?.itemId), dueOf(finished?.itemId), dueOf(plain?.itemId)]).toEqual([
      '2030-06-30',
      '2030-03-31',
      '2030-04-30',
    ]);
    const [event] = (await eventsOf(issued.id)).filter((e) => e.eventType === 'DirectiveUpdated');
    expect(event?.payload).toMatchObject({ itemsMoved: [plain?.itemId] });
    await refused(
      () =>
        as('provinceHead').directives.update({
          id: issued.id,
          version: issued.version,
          title: 'Basi',
          dueOn: '2030-04-30',
          priority: 'urgent',
        }),
      'CONFLICT',
    );
  });
});

describe('merges', () => {
  it('keeps one row when two offices of one directive merge, and moves the issuer', async () => {
    const twin = (await makeOffice(api, 'Diskominfo Kerinci (ganda)', '15.01')).id;
    const issued = await as('provinceHead').directives.issue(base({ officeIds: [offices.kerinci, twin] }));
    const twinItem = issued.offices.find((o) => o.office.id === twin)?.itemId as string;
    const versions = await api.database.db
      .selectFrom('organizations')
      .select(['id', 'version'])
      .where('id', 'in', [offices.kerinci, twin])
      .execute();
    const versionOf = (id: string) => versions.find((v) => v.id === id)?.version as number;
    await api.caller().organizations.merge({
      keepId: offices.kerinci,
      keepVersion: versionOf(offices.kerinci),
      duplicateId: twin,
      duplicateVersion: versionOf(twin),
    });
    const after = await api.caller().directives.get({ id: issued.id });
    expect(after.offices.map((o) => o.office.id)).toEqual([offices.kerinci]);
    const left = await api.caller().actionItems.get({ id: twinItem });
    expect(left.status).toBe('cancelled');

    // The issuing office merges: its directives follow the office kept.
    const province2 = (await makeOffice(api, 'Diskominfo Prov. Jambi (ganda)', '15')).id;
    const fromTwin = await api
      .caller()
      .directives.issue(base({ officeIds: [offices.merangin], issuedByOrganizationId: province2 }));
    const provinceVersions = await api.database.db
      .selectFrom('organizations')
      .select(['id', 'version'])
      .where('id', 'in', [offices.province, province2])
      .execute();
    await api.caller().organizations.merge({
      keepId: offices.province,
      keepVersion: provinceVersions.find((v) => v.id === offices.province)?.version as number,
      duplicateId: province2,
      duplicateVersion: provinceVersions.find((v) => v.id === province2)?.version as number,
    });
    expect((await api.caller().directives.get({ id: fromTwin.id })).issuedBy.organization.id).toBe(
      offices.province,
    );
  });

  it('moves the issuing person when two people merge', async () => {
    const keep = await api
      .caller()
      .people.create({ fullName: 'Ariansyah', organizationId: offices.province });
    const duplicate = await api
      .caller()
      .people.create({ fullName: 'Drs. Ariansyah', organizationId: offices.province });
    const issued = await api.caller().directives.issue(
      base({
        officeIds: [offices.kerinci],
        issuedByOrganizationId: offices.province,
        issuedByPersonId: duplicate.id,
      }),
    );
    await api.caller().people.merge({
      keepId: keep.id,
      keepVersion: 1,
      duplicateId: duplicate.id,
      duplicateVersion: 1,
    });
    expect((await api.caller().directives.get({ id: issued.id })).issuedBy.person?.id).toBe(keep.id);
  });
});
