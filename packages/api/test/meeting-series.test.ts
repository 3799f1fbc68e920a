import type { MeetingCreateInput } from '@tindak/shared';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApi } from './support';
import { dbSnapshots } from './support/db-snapshot';
import { type IndicatorWorld, makeIndicatorWorld } from './support/indicators';

/**
 * Meeting series (issue 19): a meeting follows an earlier one; the next meeting carries the open
 * records of the earlier ones on its agenda. The series never loops (every link points back in
 * time, on every reschedule too), and nobody learns another region's records through it.
 * Offices: the province of Jambi (15), Kerinci (15.01), Tebo (15.09).
 */
const api = useTestApi();
let world: IndicatorWorld;
const as = (user: keyof IndicatorWorld['users']) => api.callerAs(world.users[user]);

/** Refused with this code, message and field, and the database exactly as before. */
async function refused(call: () => Promise<unknown>, code: string, messageKey?: string, field?: string) {
  const snapshots = dbSnapshots(api.database.db);
  const before = await snapshots.take();
  await expect(call()).rejects.toMatchObject({
    code,
    ...(messageKey ? { message: messageKey } : {}),
    ...(field ? { cause: { field } } : {}),
  });
  expect(await snapshots.changesSince(before)).toEqual([]);
}

async function meetingEvents(meetingId: string) {
  return api.database.db
    .selectFrom('events')
    .select(['eventType', 'payload', 'actorId'])
    .where('aggregateType', '=', 'meeting')
    .where('aggregateId', '=', meetingId)
    .orderBy('id')
    .execute();
}

function meetingInput(overrides: Partial<MeetingCreateInput> & { startsAt: string }): MeetingCreateInput {
  const end = new Date(Date.parse(overrides.startsAt) + 3 * 60 * 60 * 1000).toISOString();
  return {
    type: 'rakornis',
    title: 'Rakornis',
    endsAt: end,
    place: 'Aula Diskominfo Provinsi Jambi',
    hostOrganizationId: world.offices.province,
    ...overrides,
  };
}

let forum: string;
let rakornis: string;
const records = {} as Record<
  'kerinciItem' | 'teboItem' | 'doneItem' | 'teboCommitment' | 'kerinciProposal' | 'rakornisItem',
  string
>;

beforeAll(async () => {
  world = await makeIndicatorWorld(api);
  const system = api.caller();
  forum = (
    await system.meetings.create(
      meetingInput({
        type: 'forum',
        title: 'Forum Perangkat Daerah 2024',
        startsAt: '2024-03-12T09:00:00+07:00',
        participants: [
          { kind: 'guest', guestName: 'Utusan Kerinci', organizationId: world.offices.kerinci },
          { kind: 'guest', guestName: 'Utusan Tebo', organizationId: world.offices.tebo },
        ],
      }),
    )
  ).id;
  const item = async (title: string, owner: string, meetingId: string) =>
    (await system.actionItems.create({ title, meetingId, ownerOrganizationId: owner, dueOn: '2030-06-30' }))
      .id;
  records.kerinciItem = await item('Peta jaringan Kerinci', world.offices.kerinci, forum);
  records.teboItem = await item('Peta jaringan Tebo', world.offices.tebo, forum);
  records.doneItem = await item('Surat edaran SPBE', world.offices.kerinci, forum);
  await sql`update action_items set status = 'done' where id = ${records.doneItem}::uuid`.execute(
    api.database.db,
  );
  records.teboCommitment = (
    await system.commitments.create({
      title: 'Tebo menyiapkan ruang server',
      committedByOrganizationId: world.offices.tebo,
      regionCodes: ['15.09'],
      meetingId: forum,
    })
  ).id;
  records.kerinciProposal = (
    await system.proposals.create({
      title: 'Bandwidth kecamatan Kerinci',
      proposerOrganizationIds: [world.offices.kerinci],
      addressedToOrganizationId: world.offices.province,
      meetingIds: [forum],
      submit: true,
    })
  ).id;
});

describe('logging a meeting that follows another', () => {
  it('links it, carries the chosen records over, and records both in its events', async () => {
    const created = await as('provinceSecretariat').meetings.create(
      meetingInput({
        title: 'Rakornis 2025',
        startsAt: '2025-05-20T09:00:00+07:00',
        followsMeetingId: forum,
        carryOver: [
          { kind: 'actionItem', id: records.kerinciItem },
          { kind: 'commitment', id: records.teboCommitment, note: 'Dibahas ulang' },
          { kind: 'proposal', id: records.kerinciProposal },
        ],
        participants: [{ kind: 'guest', guestName: 'Utusan Kerinci', organizationId: world.offices.kerinci }],
      }),
    );
    rakornis = created.id;
    expect(created.followsMeetingId).toBe(forum);
    const events = await meetingEvents(rakornis);
    expect(events.map((e) => e.eventType)).toEqual([
      'MeetingLogged',
      'MeetingSeriesLinked',
      'MeetingCarryOverSet',
    ]);
    expect(events[1]?.payload).toEqual({ followsMeetingId: forum, previousFollowsMeetingId: null });
    expect(events[2]?.payload).toEqual({
      items: [
        { kind: 'actionItem', id: records.kerinciItem, note: null },
        { kind: 'commitment', id: records.teboCommitment, note: 'Dibahas ulang' },
        { kind: 'proposal', id: records.kerinciProposal, note: null },
      ],
    });
    expect(events[2]?.actorId).toBe(world.users.provinceSecretariat.id);
    records.rakornisItem = (
      await api.caller().actionItems.create({
        title: 'Laporan Rakornis 2025',
        meetingId: rakornis,
        ownerOrganizationId: world.offices.kerinci,
        dueOn: '2030-06-30',
      })
    ).id;
  });

  it('shows the series in order with each record at its current status', async () => {
    await sql`update action_items set status = 'in_progress' where id = ${records.kerinciItem}::uuid`.execute(
      api.database.db,
    );
    const series = await as('provinceHead').meetingSeries.get({ meetingId: rakornis });
    expect(series.meetings.map((m) => m.title)).toEqual(['Forum Perangkat Daerah 2024', 'Rakornis 2025']);
    expect(series.previous?.id).toBe(forum);
    expect(series.next).toEqual([]);
    // The forum: Kerinci's and Tebo's open items, Tebo's commitment, Kerinci's proposal.
    expect(series.meetings[0]?.openFollowUps).toBe(4);
    expect(series.carryOver.map((line) => [line.kind, line.title, line.status, line.note])).toEqual([
      ['actionItem', 'Peta jaringan Kerinci', 'in_progress', null],
      ['commitment', 'Tebo menyiapkan ruang server', 'open', 'Dibahas ulang'],
      ['proposal', 'Bandwidth kecamatan Kerinci', 'submitted', null],
    ]);
    expect(series.carryOver[0]).toMatchObject({
      owner: 'Diskominfo Kabupaten Kerinci',
      dueOn: '2030-06-30',
      fromMeeting: { id: forum, title: 'Forum Perangkat Daerah 2024' },
    });
    const forumSeries = await as('provinceHead').meetingSeries.get({ meetingId: forum });
    expect(forumSeries.next.map((m) => m.id)).toEqual([rakornis]);
  });

  it('offers the open records of the followed meeting and of those before it', async () => {
    const { items } = await as('provinceHead').meetingSeries.carryOverCandidates({
      followsMeetingId: rakornis,
    });
    expect(items.map((i) => i.title).sort()).toEqual([
      'Bandwidth kecamatan Kerinci',
      'Laporan Rakornis 2025',
      'Peta jaringan Kerinci',
      'Peta jaringan Tebo',
      'Tebo menyiapkan ruang server',
    ]);
    expect(items.every((i) => i.open)).toBe(true);
  });

  it('makes the same meeting once for a retried request', async () => {
    const input = meetingInput({
      title: 'Audiensi lanjutan',
      type: 'audiensi',
      startsAt: '2025-06-02T09:00:00+07:00',
      followsMeetingId: forum,
      carryOver: [{ kind: 'actionItem', id: records.teboItem }],
      idempotencyKey: crypto.randomUUID(),
    });
    const first = await api.caller().meetings.create(input);
    const again = await api.caller().meetings.create(input);
    expect(again.id).toBe(first.id);
    expect((await meetingEvents(first.id)).filter((e) => e.eventType === 'MeetingCarryOverSet')).toHaveLength(
      1,
    );
  });
});

describe('scope', () => {
  it('shows a regency only what it reads, in the section and among the candidates', async () => {
    // Tebo's commitment was made in a meeting Kerinci attended (Kerinci reads it); Tebo's own
    // action item is Tebo's alone.
    const series = await as('kerinciHead').meetingSeries.get({ meetingId: rakornis });
    expect(series.carryOver.map((line) => line.title)).toEqual([
      'Peta jaringan Kerinci',
      'Tebo menyiapkan ruang server',
      'Bandwidth kecamatan Kerinci',
    ]);
    const { items } = await as('kerinciHead').meetingSeries.carryOverCandidates({
      followsMeetingId: rakornis,
    });
    expect(items.map((i) => i.title).sort()).toEqual([
      'Bandwidth kecamatan Kerinci',
      'Laporan Rakornis 2025',
      'Peta jaringan Kerinci',
      'Tebo menyiapkan ruang server',
    ]);
    // Counts too: Tebo's item is not Kerinci's to count.
    expect(series.meetings[0]?.openFollowUps).toBe(3);
  });

  it('leaves out of a series the meetings the reader does not see', async () => {
    const teboMeeting = await api.caller().meetings.create(
      meetingInput({
        title: 'Audiensi Tebo',
        type: 'audiensi',
        hostOrganizationId: world.offices.tebo,
        startsAt: '2025-07-01T09:00:00+07:00',
        followsMeetingId: rakornis,
      }),
    );
    const asKerinci = await as('kerinciHead').meetingSeries.get({ meetingId: rakornis });
    expect(asKerinci.meetings.map((m) => m.id)).not.toContain(teboMeeting.id);
    expect(asKerinci.next).toEqual([]);
    const asProvince = await as('provinceHead').meetingSeries.get({ meetingId: rakornis });
    expect(asProvince.next.map((m) => m.id)).toEqual([teboMeeting.id]);
    await refused(
      () => as('kerinciHead').meetingSeries.get({ meetingId: teboMeeting.id }),
      'NOT_FOUND',
      'meetingNotFound',
    );
    await refused(
      () => as('kerinciHead').meetingSeries.carryOverCandidates({ followsMeetingId: teboMeeting.id }),
      'NOT_FOUND',
      'meetingNotFound',
      'followsMeetingId',
    );
  });

  it('refuses to follow, or carry over, what the caller does not see, writing nothing', async () => {
    const teboOnly = await api.caller().meetings.create(
      meetingInput({
        title: 'Rapat Tebo',
        hostOrganizationId: world.offices.tebo,
        startsAt: '2024-01-10T09:00:00+07:00',
      }),
    );
    await refused(
      () =>
        as('kerinciSecretariat').meetings.create(
          meetingInput({
            hostOrganizationId: world.offices.kerinci,
            startsAt: '2026-02-01T09:00:00+07:00',
            followsMeetingId: teboOnly.id,
          }),
        ),
      'NOT_FOUND',
      'followedMeetingNotFound',
      'followsMeetingId',
    );
    await refused(
      () =>
        as('kerinciSecretariat').meetings.create(
          meetingInput({
            hostOrganizationId: world.offices.kerinci,
            startsAt: '2026-02-01T09:00:00+07:00',
            followsMeetingId: rakornis,
            carryOver: [{ kind: 'actionItem', id: records.teboItem }],
          }),
        ),
      'NOT_FOUND',
      'carryOverRecordNotFound',
      'carryOver.0.id',
    );
  });
});

describe('a series never loops', () => {
  it('refuses to follow a meeting that starts later, or itself', async () => {
    const forumRow = await api.caller().meetings.get({ id: forum });
    await refused(
      () =>
        api.caller().meetings.update({
          ...meetingInput({ title: forumRow.title, type: 'forum', startsAt: forumRow.startsAt }),
          id: forum,
          version: forumRow.version,
          followsMeetingId: rakornis,
        }),
      'BAD_REQUEST',
      'followsLaterMeeting',
      'followsMeetingId',
    );
    await refused(
      () =>
        api.caller().meetings.update({
          ...meetingInput({ title: forumRow.title, type: 'forum', startsAt: forumRow.startsAt }),
          id: forum,
          version: forumRow.version,
          followsMeetingId: forum,
        }),
      'BAD_REQUEST',
      'followsLaterMeeting',
      'followsMeetingId',
    );
  });

  it('refuses to move a meeting before the one it follows, or after one that follows it', async () => {
    const row = await api.caller().meetings.get({ id: rakornis });
    await refused(
      () =>
        api.caller().meetings.update({
          ...meetingInput({ title: row.title, startsAt: '2024-01-01T09:00:00+07:00' }),
          id: rakornis,
          version: row.version,
        }),
      'BAD_REQUEST',
      'followsLaterMeeting',
      'startsAt',
    );
    const forumRow = await api.caller().meetings.get({ id: forum });
    await refused(
      () =>
        api.caller().meetings.update({
          ...meetingInput({ title: forumRow.title, type: 'forum', startsAt: '2025-12-01T09:00:00+07:00' }),
          id: forum,
          version: forumRow.version,
        }),
      'BAD_REQUEST',
      'followerStartsEarlier',
      'startsAt',
    );
  });

  it('keeps the link and the section through an update that does not name them', async () => {
    const row = await api.caller().meetings.get({ id: rakornis });
    const updated = await api.caller().meetings.update({
      ...meetingInput({ title: 'Rakornis 2025', startsAt: '2025-05-21T09:00:00+07:00' }),
      participants: [{ kind: 'guest', guestName: 'Utusan Kerinci', organizationId: world.offices.kerinci }],
      id: rakornis,
      version: row.version,
    });
    expect(updated.followsMeetingId).toBe(forum);
    expect((await api.caller().meetingSeries.get({ meetingId: rakornis })).carryOver).toHaveLength(3);
  });
});

describe('carry-over validation', () => {
  const next = (overrides: Partial<MeetingCreateInput>) =>
    meetingInput({ title: 'Rakornis 2026', startsAt: '2026-05-19T09:00:00+07:00', ...overrides });

  it('needs the earlier meeting, and only open records of the series', async () => {
    await refused(
      () =>
        api.caller().meetings.create(next({ carryOver: [{ kind: 'actionItem', id: records.kerinciItem }] })),
      'BAD_REQUEST',
      'carryOverNeedsSeries',
      'carryOver',
    );
    await refused(
      () =>
        api
          .caller()
          .meetings.create(
            next({ followsMeetingId: rakornis, carryOver: [{ kind: 'actionItem', id: records.doneItem }] }),
          ),
      'BAD_REQUEST',
      'carryOverNotCandidate',
      'carryOver.0.id',
    );
    const unrelated = await api
      .caller()
      .meetings.create(next({ title: 'Rapat lain', startsAt: '2025-01-05T09:00:00+07:00' }));
    const stray = await api.caller().actionItems.create({
      title: 'Di luar rangkaian',
      meetingId: unrelated.id,
      ownerOrganizationId: world.offices.province,
      dueOn: '2030-06-30',
    });
    await refused(
      () =>
        api
          .caller()
          .meetings.create(
            next({ followsMeetingId: rakornis, carryOver: [{ kind: 'actionItem', id: stray.id }] }),
          ),
      'BAD_REQUEST',
      'carryOverNotCandidate',
      'carryOver.0.id',
    );
    await refused(
      () =>
        api.caller().meetings.create(
          next({
            followsMeetingId: rakornis,
            carryOver: [
              { kind: 'actionItem', id: records.kerinciItem },
              { kind: 'actionItem', id: records.kerinciItem },
            ],
          }),
        ),
      'BAD_REQUEST',
    );
  });

  it('edits the section later at the current version, and refuses a stale one', async () => {
    const meeting = await api.caller().meetings.create(next({ followsMeetingId: rakornis }));
    const items = [
      { kind: 'actionItem' as const, id: records.rakornisItem },
      { kind: 'commitment' as const, id: records.teboCommitment, note: 'Masih terbuka' },
    ];
    const set = await as('provinceSecretariat').meetingSeries.setCarryOver({
      meetingId: meeting.id,
      version: meeting.version,
      items,
    });
    expect(set.carryOver.map((line) => line.title)).toEqual([
      'Laporan Rakornis 2025',
      'Tebo menyiapkan ruang server',
    ]);
    expect(set.version).toBe(meeting.version + 1);
    expect((await meetingEvents(meeting.id)).at(-1)?.payload).toEqual({
      items: [
        { kind: 'actionItem', id: records.rakornisItem, note: null },
        { kind: 'commitment', id: records.teboCommitment, note: 'Masih terbuka' },
      ],
    });
    await refused(
      () =>
        api
          .caller()
          .meetingSeries.setCarryOver({ meetingId: meeting.id, version: meeting.version, items: [] }),
      'CONFLICT',
      'staleVersion',
      'version',
    );
    // A record carried once may stay after it closed; the series' other closed records may not come in.
    await sql`update action_items set status = 'done' where id = ${records.rakornisItem}::uuid`.execute(
      api.database.db,
    );
    const kept = await api.caller().meetingSeries.setCarryOver({
      meetingId: meeting.id,
      version: set.version,
      items: [items[0] as (typeof items)[0]],
    });
    expect(kept.carryOver.map((line) => [line.title, line.status, line.open])).toEqual([
      ['Laporan Rakornis 2025', 'done', false],
    ]);
    // Kerinci neither attended nor hosts it: the meeting is not found for Kerinci.
    await refused(
      () =>
        as('kerinciSecretariat').meetingSeries.setCarryOver({
          meetingId: meeting.id,
          version: kept.version,
          items: [],
        }),
      'NOT_FOUND',
      'meetingNotFound',
    );
  });

  it('is changed only by those who keep the meeting: an office that attended reads it, nothing more', async () => {
    const before = await api.caller().meetingSeries.get({ meetingId: rakornis });
    // Kerinci attended the Rakornis (it reads the series) but the province hosts it.
    expect((await as('kerinciSecretariat').meetingSeries.get({ meetingId: rakornis })).meetingId).toBe(
      rakornis,
    );
    await refused(
      () =>
        as('kerinciSecretariat').meetingSeries.setCarryOver({
          meetingId: rakornis,
          version: before.version,
          items: [],
        }),
      'FORBIDDEN',
    );
  });

  it('clears the section when the meeting leaves the series', async () => {
    const meeting = await api.caller().meetings.create(
      next({
        title: 'Rakornis 2026 (batal)',
        followsMeetingId: rakornis,
        carryOver: [{ kind: 'actionItem', id: records.kerinciItem }],
      }),
    );
    const updated = await api.caller().meetings.update({
      ...next({ title: 'Rakornis 2026 (batal)' }),
      id: meeting.id,
      version: meeting.version,
      followsMeetingId: null,
    });
    expect(updated.followsMeetingId).toBeNull();
    expect((await api.caller().meetingSeries.get({ meetingId: meeting.id })).carryOver).toEqual([]);
    const types = (await meetingEvents(meeting.id)).map((e) => e.eventType);
    expect(types.slice(-3)).toEqual(['MeetingUpdated', 'MeetingSeriesLinked', 'MeetingCarryOverSet']);
  });
});

describe('a directive carried over', () => {
  // The Governor's Rakornis directive to many offices is one line on the next agenda, with its spread.
  let rakornisWithDirective: string;
  let directiveId: string;
  const after = (overrides: Partial<MeetingCreateInput>) =>
    meetingInput({ title: 'Rakornis 2026', startsAt: '2026-05-20T09:00:00+07:00', ...overrides });

  beforeAll(async () => {
    rakornisWithDirective = (
      await api.caller().meetings.create(
        meetingInput({
          title: 'Rakornis 2025 (arahan)',
          startsAt: '2025-05-21T09:00:00+07:00',
          participants: [
            { kind: 'guest', guestName: 'Utusan Kerinci', organizationId: world.offices.kerinci },
            { kind: 'guest', guestName: 'Utusan Tebo', organizationId: world.offices.tebo },
          ],
        }),
      )
    ).id;
    directiveId = (
      await as('provinceHead').directives.issue({
        title: 'Pindahkan hosting ke Data Center Provinsi',
        meetingId: rakornisWithDirective,
        dueOn: '2030-03-31',
        officeIds: [world.offices.kerinci, world.offices.tebo],
      })
    ).id;
    // Kerinci's share is done; Tebo's is past its deadline.
    await sql`update action_items set status = 'done' where directive_id = ${directiveId}::uuid
      and owner_organization_id = ${world.offices.kerinci}::uuid`.execute(api.database.db);
    await sql`update action_items set due_on = '2025-06-30' where directive_id = ${directiveId}::uuid
      and owner_organization_id = ${world.offices.tebo}::uuid`.execute(api.database.db);
  });

  it('is offered as one line with its spread, its items not offered apart', async () => {
    const { items } = await as('provinceHead').meetingSeries.carryOverCandidates({
      followsMeetingId: rakornisWithDirective,
    });
    const lines = items.filter((i) => i.title === 'Pindahkan hosting ke Data Center Provinsi');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      kind: 'directive',
      id: directiveId,
      open: true,
      dueOn: '2030-03-31',
      fromMeeting: { id: rakornisWithDirective },
      spread: { total: 2, done: 1, overdue: 1 },
    });
    expect(
      items.filter((i) => i.kind === 'actionItem' && i.fromMeeting?.id === rakornisWithDirective),
    ).toEqual([]);
  });

  it('counts only the share a regency reader sees', async () => {
    const { items } = await as('kerinciHead').meetingSeries.carryOverCandidates({
      followsMeetingId: rakornisWithDirective,
    });
    const line = items.find((i) => i.kind === 'directive' && i.id === directiveId);
    expect(line?.spread).toMatchObject({ total: 1, done: 1, overdue: 0 });
  });

  it('is carried in as one line, read live, and recorded in the event', async () => {
    const meeting = await api.caller().meetings.create(
      after({
        followsMeetingId: rakornisWithDirective,
        carryOver: [{ kind: 'directive', id: directiveId }],
        participants: [{ kind: 'guest', guestName: 'Utusan Tebo', organizationId: world.offices.tebo }],
      }),
    );
    const series = await as('provinceHead').meetingSeries.get({ meetingId: meeting.id });
    expect(series.carryOver).toHaveLength(1);
    expect(series.carryOver[0]).toMatchObject({
      kind: 'directive',
      title: 'Pindahkan hosting ke Data Center Provinsi',
      spread: { total: 2, done: 1, overdue: 1 },
    });
    const tebo = await as('teboHead').meetingSeries.get({ meetingId: meeting.id });
    expect(tebo.carryOver[0]?.spread).toMatchObject({ total: 1, done: 0, overdue: 1 });
    const events = await meetingEvents(meeting.id);
    expect(events.find((e) => e.eventType === 'MeetingCarryOverSet')?.payload).toEqual({
      items: [{ kind: 'directive', id: directiveId, note: null }],
    });
  });

  it('refuses a directive out of sight, from outside the series, or no longer open, writing nothing', async () => {
    const teboOnly = await as('provinceHead').directives.issue({
      title: 'Arahan untuk Tebo',
      meetingId: rakornisWithDirective,
      dueOn: '2030-03-31',
      officeIds: [world.offices.tebo],
    });
    await refused(
      () =>
        as('kerinciSecretariat').meetings.create(
          after({
            hostOrganizationId: world.offices.kerinci,
            followsMeetingId: rakornisWithDirective,
            carryOver: [{ kind: 'directive', id: teboOnly.id }],
          }),
        ),
      'NOT_FOUND',
      'carryOverRecordNotFound',
      'carryOver.0.id',
    );
    const outside = await as('provinceHead').directives.issue({
      title: 'Arahan tanpa rapat',
      dueOn: '2030-03-31',
      officeIds: [world.offices.kerinci],
    });
    await refused(
      () =>
        api.caller().meetings.create(
          after({
            followsMeetingId: rakornisWithDirective,
            carryOver: [{ kind: 'directive', id: outside.id }],
          }),
        ),
      'BAD_REQUEST',
      'carryOverNotCandidate',
      'carryOver.0.id',
    );
    await sql`update directives set status = 'closed', closed_at = now() where id = ${teboOnly.id}::uuid`.execute(
      api.database.db,
    );
    await refused(
      () =>
        api.caller().meetings.create(
          after({
            followsMeetingId: rakornisWithDirective,
            carryOver: [{ kind: 'directive', id: teboOnly.id }],
          }),
        ),
      'BAD_REQUEST',
      'carryOverNotCandidate',
      'carryOver.0.id',
    );
  });
});
