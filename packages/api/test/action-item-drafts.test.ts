import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../src/context';
import { createUser, useTestApi } from './support';
import { dbSnapshots } from './support/db-snapshot';
import { meetingInput } from './support/fixtures';

/**
 * Issue 21: the secretariat who writes the minutes drafts follow-ups from the meeting; only the
 * host office's secretariat and heads (and admins in scope) see a draft, and a head assigns it with
 * one action. Every refusal is checked by its effect: the whole database before and after.
 */
const api = useTestApi();

let offices: Record<'province' | 'kerinci' | 'tebo', string>;
let users: Record<
  | 'secretariat'
  | 'head'
  | 'admin'
  | 'kerinciHead'
  | 'kerinciStaff'
  | 'kerinciViewer'
  | 'teboSecretariat'
  | 'teboHead',
  SessionUser
>;
let meetingId: string;

async function office(name: string, regionCode: string) {
  return (await api.caller().organizations.create({ name, kind: 'diskominfo', regionCode })).id;
}

async function refusedWithoutEffect(call: () => Promise<unknown>, code: string) {
  const snapshots = dbSnapshots(api.database.db);
  const before = await snapshots.take();
  const error = await call().then(
    () => undefined,
    (e: unknown) => e as { code?: string },
  );
  expect(error, 'the call should have been refused').toBeDefined();
  expect(error?.code).toBe(code);
  expect(await snapshots.changesSince(before)).toEqual([]);
}

beforeAll(async () => {
  offices = {
    province: await office('Diskominfo Provinsi Jambi', '15'),
    kerinci: await office('Diskominfo Kabupaten Kerinci', '15.01'),
    tebo: await office('Diskominfo Kabupaten Tebo', '15.09'),
  };
  const headPerson = (
    await api.caller().people.create({ fullName: 'Drs. Ariansyah, M.E.', organizationId: offices.province })
  ).id;
  const staffPerson = (
    await api.caller().people.create({ fullName: 'Staf Kerinci', organizationId: offices.kerinci })
  ).id;
  users = {
    secretariat: await createUser(api, { role: 'secretariat', organizationId: offices.province }),
    head: await createUser(api, { role: 'head', organizationId: offices.province, personId: headPerson }),
    admin: await createUser(api, { role: 'admin', organizationId: offices.province }),
    kerinciHead: await createUser(api, { role: 'head', organizationId: offices.kerinci }),
    kerinciStaff: await createUser(api, {
      role: 'staff',
      organizationId: offices.kerinci,
      personId: staffPerson,
    }),
    kerinciViewer: await createUser(api, { role: 'viewer', organizationId: offices.kerinci }),
    teboSecretariat: await createUser(api, { role: 'secretariat', organizationId: offices.tebo }),
    teboHead: await createUser(api, { role: 'head', organizationId: offices.tebo }),
  };
  // The province's forum, attended by Tebo (who can read it, but did not host it).
  meetingId = (
    await api.callerAs(users.secretariat).meetings.create(
      meetingInput(offices.province, {
        participants: [{ kind: 'guest', guestName: 'Kadis Tebo', organizationId: offices.tebo }],
      }),
    )
  ).id;
});

const draftInput = (overrides: Record<string, unknown> = {}) => ({
  title: 'Inventarisasi aplikasi di hosting luar',
  meetingId,
  ownerOrganizationId: offices.kerinci,
  dueOn: '2030-06-30',
  ...overrides,
});

async function eventsOf(id: string) {
  const rows = await api.database.db
    .selectFrom('events')
    .select(['eventType', 'payload'])
    .where('aggregateId', '=', id)
    .orderBy('id')
    .execute();
  return rows;
}

describe('drafting follow-ups from a meeting', () => {
  it('lets the host secretariat draft, seen only by the host and admins in scope', async () => {
    const draft = await api.callerAs(users.secretariat).actionItems.createDraft(draftInput());
    expect(draft).toMatchObject({ status: 'draft', allowedActions: ['assign', 'cancel'], chain: [] });
    expect((await eventsOf(draft.id)).map((e) => e.eventType)).toEqual(['ActionItemDrafted']);

    for (const reader of [users.secretariat, users.head, users.admin]) {
      expect((await api.callerAs(reader).actionItems.get({ id: draft.id })).status).toBe('draft');
      const onMeeting = await api.callerAs(reader).actionItems.list({ meetingId });
      expect(onMeeting.items.map((i) => i.id)).toContain(draft.id);
    }
    for (const outsider of [users.kerinciHead, users.kerinciStaff, users.kerinciViewer, users.teboHead]) {
      await expect(api.callerAs(outsider).actionItems.get({ id: draft.id })).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      const onMeeting = await api
        .callerAs(outsider)
        .actionItems.list({ meetingId })
        .catch(() => ({ items: [] }));
      expect(onMeeting.items.map((i) => i.id)).not.toContain(draft.id);
    }
  });

  it('keeps drafts out of every other list and count, even for the host', async () => {
    const draft = await api
      .callerAs(users.secretariat)
      .actionItems.createDraft(draftInput({ title: 'Draf yang sudah lewat tenggat', dueOn: '2020-01-31' }));
    for (const reader of [users.head, users.kerinciHead]) {
      const caller = api.callerAs(reader);
      expect((await caller.actionItems.list({})).items.map((i) => i.id)).not.toContain(draft.id);
      expect((await caller.actionItems.list({ overdueOnly: true })).items.map((i) => i.id)).not.toContain(
        draft.id,
      );
      expect((await caller.actionItems.list({ status: ['draft'] })).items).toEqual([]);
      const summary = await caller.actionItems.summary({ groupBy: 'office' });
      expect(summary.every((group) => group.byStatus.draft === 0)).toBe(true);
      expect(JSON.stringify(await caller.search.query({ q: 'Draf yang sudah lewat' }))).not.toContain(
        draft.id,
      );
    }
    // The national head (no region) searches everything, and still does not find a draft.
    expect(JSON.stringify(await api.caller().search.query({ q: 'Draf yang sudah lewat' }))).not.toContain(
      draft.id,
    );
  });

  it('lets a head of the host assign a draft with one action, which assigns it like a new item', async () => {
    const draft = await api.callerAs(users.secretariat).actionItems.createDraft(draftInput());
    const assigned = await api
      .callerAs(users.head)
      .actionItems.assignDraft({ id: draft.id, version: draft.version });
    expect(assigned).toMatchObject({ status: 'open', assignedBy: { name: 'Drs. Ariansyah, M.E.' } });
    expect(assigned.chain).toHaveLength(1);
    const events = await eventsOf(draft.id);
    expect(events.map((e) => e.eventType)).toEqual(['ActionItemDrafted', 'ActionItemAssigned']);
    expect(events[1]?.payload).toMatchObject({ fromDraft: true, ownerOrganizationId: offices.kerinci });
    // Now it is Kerinci's work like any other.
    expect((await api.callerAs(users.kerinciHead).actionItems.get({ id: draft.id })).status).toBe('open');
  });

  it('lets a head cancel a draft', async () => {
    const draft = await api.callerAs(users.secretariat).actionItems.createDraft(draftInput());
    const cancelled = await api.callerAs(users.head).actionItems.changeStatus({
      id: draft.id,
      version: draft.version,
      action: 'cancel',
      reason: 'Sudah tercakup tindak lanjut lain.',
    });
    expect(cancelled.status).toBe('cancelled');
  });

  it('lets the secretariat who drafted it withdraw (cancel) a draft, with its reason in the history', async () => {
    const draft = await api.callerAs(users.secretariat).actionItems.createDraft(draftInput());
    const cancelled = await api.callerAs(users.secretariat).actionItems.cancelDraft({
      id: draft.id,
      version: draft.version,
      reason: 'Salah tulis, sudah ada draf lain.',
    });
    expect(cancelled.status).toBe('cancelled');
    const events = await eventsOf(draft.id);
    expect(events.map((e) => e.eventType)).toEqual(['ActionItemDrafted', 'ActionItemStatusChanged']);
    expect(events[1]?.payload).toMatchObject({ action: 'cancel', from: 'draft', to: 'cancelled' });
  });

  it('still creates a head’s own items open', async () => {
    const item = await api.callerAs(users.head).actionItems.create(draftInput());
    expect(item.status).toBe('open');
  });
});

describe('refused draft calls change nothing', () => {
  let draft: { id: string; version: number };
  beforeAll(async () => {
    draft = await api.callerAs(users.secretariat).actionItems.createDraft(draftInput({ title: 'Draf uji' }));
  });

  it.each([
    ['staff drafting', 'kerinciStaff', 'FORBIDDEN'],
    ['a viewer drafting', 'kerinciViewer', 'FORBIDDEN'],
    ['a secretariat of an attending (not hosting) office drafting', 'teboSecretariat', 'FORBIDDEN'],
    ['a head of an office that neither hosted nor attended drafting', 'kerinciHead', 'NOT_FOUND'],
  ] as const)('%s', async (_label, who, code) => {
    await refusedWithoutEffect(() => api.callerAs(users[who]).actionItems.createDraft(draftInput()), code);
  });

  it.each([
    ['the secretariat assigning', 'secretariat', 'FORBIDDEN'],
    ["the owner office's head assigning a draft they cannot see", 'kerinciHead', 'NOT_FOUND'],
    ['an attending head assigning', 'teboHead', 'NOT_FOUND'],
  ] as const)('%s', async (_label, who, code) => {
    await refusedWithoutEffect(
      () => api.callerAs(users[who]).actionItems.assignDraft({ id: draft.id, version: draft.version }),
      code,
    );
  });

  it.each([
    ['an admin in scope cancelling', 'admin', 'FORBIDDEN'],
    ['a head of the owner office (not the host) cancelling', 'kerinciHead', 'NOT_FOUND'],
    ['an attending secretariat cancelling', 'teboSecretariat', 'NOT_FOUND'],
    ["the owner office's staff cancelling (their role may not)", 'kerinciStaff', 'FORBIDDEN'],
  ] as const)('%s', async (_label, who, code) => {
    await refusedWithoutEffect(
      () =>
        api.callerAs(users[who]).actionItems.cancelDraft({
          id: draft.id,
          version: draft.version,
          reason: 'Tidak perlu.',
        }),
      code,
    );
  });

  it('the secretariat cancelling an item that is not a draft, or a draft through changeStatus', async () => {
    const open = await api.callerAs(users.head).actionItems.create(draftInput());
    await refusedWithoutEffect(
      () =>
        api
          .callerAs(users.secretariat)
          .actionItems.cancelDraft({ id: open.id, version: open.version, reason: 'Tidak perlu.' }),
      'FORBIDDEN',
    );
    await refusedWithoutEffect(
      () =>
        api.callerAs(users.secretariat).actionItems.changeStatus({
          id: draft.id,
          version: draft.version,
          action: 'cancel',
          reason: 'Tidak perlu.',
        }),
      'FORBIDDEN',
    );
  });

  it('the secretariat correcting a draft (only cancelling is theirs)', async () => {
    await refusedWithoutEffect(
      () =>
        api.callerAs(users.secretariat).actionItems.update({
          id: draft.id,
          version: draft.version,
          title: 'Draf uji (diubah)',
          description: '',
          dueOn: '2030-06-30',
          priority: 'normal',
          ownerPersonId: null,
        }),
      'FORBIDDEN',
    );
  });

  it('the owner office working on or commenting on a draft', async () => {
    await refusedWithoutEffect(
      () => api.callerAs(users.kerinciStaff).actionItems.comment({ id: draft.id, body: 'Siap.' }),
      'NOT_FOUND',
    );
    await refusedWithoutEffect(
      () =>
        api
          .callerAs(users.kerinciHead)
          .actionItems.reportProgress({ id: draft.id, version: draft.version, progress: 10 }),
      'NOT_FOUND',
    );
  });

  it('a head of the host assigning an item that is not a draft', async () => {
    const open = await api.callerAs(users.head).actionItems.create(draftInput());
    await refusedWithoutEffect(
      () => api.callerAs(users.head).actionItems.assignDraft({ id: open.id, version: open.version }),
      'BAD_REQUEST',
    );
  });
});
