import { randomUUID } from 'node:crypto';
import { type CommitmentCreateInput, DEFAULT_TIME_ZONE, todayIn } from '@tindak/shared';
import { TRPCError } from '@trpc/server';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { DomainError } from '../src/errors';
import { useTestApi } from './support';
import { makeOffice, meetingInput } from './support/fixtures';

const api = useTestApi();
let provinceId: string;
let komdigiId: string;
let arnantoId: string;
let ownerPersonId: string;
let audiensiId: string;
let acceptedProposalId: string;
let draftProposalId: string;

beforeAll(async () => {
  const caller = api.caller();
  provinceId = (await makeOffice(api, 'Diskominfo Provinsi Jambi', '15')).id;
  komdigiId = (
    await caller.organizations.create({ name: 'Kementerian Komunikasi dan Digital', kind: 'ministry' })
  ).id;
  arnantoId = (
    await caller.people.create({
      fullName: 'Arnanto Nurprabowo',
      position: 'Staf Khusus Menteri',
      organizationId: komdigiId,
    })
  ).id;
  ownerPersonId = (
    await caller.people.create({
      fullName: 'Drs. Ariansyah, M.E.',
      position: 'Kepala Dinas',
      organizationId: provinceId,
    })
  ).id;
  audiensiId = (
    await caller.meetings.create(
      meetingInput(provinceId, {
        type: 'audiensi',
        title: 'Audiensi ke Komdigi',
        startsAt: '2026-02-09T10:00:00+07:00',
        endsAt: '2026-02-09T12:00:00+07:00',
      }),
    )
  ).id;
  const proposal = (submit: boolean) =>
    caller.proposals.create({
      title: 'ToT Talent Digital untuk ASN',
      proposerOrganizationIds: [provinceId],
      addressedToOrganizationId: komdigiId,
      letterNumber: '500/9/Diskominfo',
      letterDate: '2026-01-12',
      submit,
    });
  const accepted = await proposal(true);
  acceptedProposalId = accepted.id;
  await caller.proposals.transition({
    id: accepted.id,
    version: accepted.version,
    action: 'accept',
    decisionNote: 'Jambi menjadi daerah prioritas.',
  });
  draftProposalId = (await proposal(false)).id;
});

function commitmentInput(overrides: Partial<CommitmentCreateInput> = {}): CommitmentCreateInput {
  return {
    title: 'Jambi menjadi daerah prioritas akses internet',
    committedByOrganizationId: komdigiId,
    regionCodes: ['15'],
    ...overrides,
  };
}

async function failureOf(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(error)}`);
  return error;
}

/** The fields an error points at: zod's paths for bad input, the domain error's field otherwise. */
function fieldsOf(error: TRPCError): string[] {
  if (error.cause instanceof ZodError) return error.cause.issues.map((i) => i.path.join('.'));
  if (error.cause instanceof DomainError && error.cause.field) return [error.cause.field];
  return [];
}

async function count(table: 'commitments' | 'commitment_regions' | 'events') {
  const { n } = await api.database.db
    .selectFrom(table as 'commitments')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(n);
}

async function eventsOf(aggregateId: string) {
  return api.database.db
    .selectFrom('events')
    .select(['aggregateType', 'eventType', 'payload'])
    .where('aggregateId', '=', aggregateId)
    .orderBy('id')
    .execute();
}

/** Makes inserting a `eventType` event fail inside PostgreSQL, to prove the state change rolls back with it. */
async function withFailingEvent(eventType: string, run: () => Promise<void>) {
  const { db } = api.database;
  await sql`create or replace function tindak_test_fail() returns trigger language plpgsql
    as $$ begin raise exception 'injected failure'; end $$`.execute(db);
  await sql`create trigger tindak_test_fail before insert on events for each row
    when (new.event_type = ${sql.lit(eventType)}) execute function tindak_test_fail()`.execute(db);
  try {
    await run();
  } finally {
    await sql`drop trigger tindak_test_fail on events`.execute(db);
  }
}

describe('commitments.create', () => {
  it('stores the promise with its party, regions, owner and sources, and one CommitmentMade event', async () => {
    const commitment = await api.caller().commitments.create(
      commitmentInput({
        description: 'Termasuk program peningkatan kapasitas digital ASN.',
        committedByPersonId: arnantoId,
        regionCodes: ['15.02', '15.01', '15.01'],
        dueOn: '2026-12-31',
        ownerOrganizationId: provinceId,
        ownerPersonId,
        meetingId: audiensiId,
        proposalId: acceptedProposalId,
        isPublic: true,
      }),
    );
    expect(commitment).toMatchObject({
      title: 'Jambi menjadi daerah prioritas akses internet',
      status: 'open',
      version: 1,
      committedBy: { id: komdigiId, name: 'Kementerian Komunikasi dan Digital' },
      committedByPerson: { id: arnantoId, name: 'Arnanto Nurprabowo' },
      regions: [
        { code: '15.01', name: expect.stringContaining('Kerinci') },
        { code: '15.02', name: expect.stringContaining('Merangin') },
      ],
      dueOn: '2026-12-31',
      isOverdue: false,
      owner: {
        organization: { id: provinceId, name: 'Diskominfo Provinsi Jambi' },
        person: { id: ownerPersonId, name: 'Drs. Ariansyah, M.E.' },
      },
      meeting: {
        id: audiensiId,
        title: 'Audiensi ke Komdigi',
        startsAt: '2026-02-09T03:00:00.000Z',
        outsideScope: false,
      },
      proposal: {
        id: acceptedProposalId,
        title: 'ToT Talent Digital untuk ASN',
        status: 'accepted',
        outsideScope: false,
      },
      isPublic: true,
      evidence: null,
      allowedActions: ['start', 'fulfil', 'markNotFulfilled', 'cancel'],
    });
    const events = await eventsOf(commitment.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      aggregateType: 'commitment',
      eventType: 'CommitmentMade',
      payload: { regionCodes: ['15.02', '15.01'], proposalId: acceptedProposalId, dueOn: '2026-12-31' },
    });
    expect(commitment.history.map((h) => h.eventType)).toEqual(['CommitmentMade']);

    const proposal = await api.caller().proposals.get({ id: acceptedProposalId });
    expect(proposal.commitments).toContainEqual({
      id: commitment.id,
      title: commitment.title,
      status: 'open',
      outsideScope: false,
    });
  });

  it('takes only the party and the title as required; regions may be empty', async () => {
    const commitment = await api.caller().commitments.create(commitmentInput({ regionCodes: [] }));
    expect(commitment).toMatchObject({
      regions: [],
      dueOn: null,
      isPublic: false,
      committedByPerson: null,
      owner: { organization: null, person: null },
      meeting: null,
      proposal: null,
    });
  });

  it('refuses a commitment from a proposal that was not accepted, and writes nothing', async () => {
    const [before, eventsBefore] = [await count('commitments'), await count('events')];
    const error = await failureOf(
      api.caller().commitments.create(commitmentInput({ proposalId: draftProposalId })),
    );
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.cause).toMatchObject({
      messageKey: 'proposalNotAccepted',
      field: 'proposalId',
      param: 'draft',
    });
    expect(await count('commitments')).toBe(before);
    expect(await count('events')).toBe(eventsBefore);
  });

  it.each([
    ['party', () => ({ committedByOrganizationId: randomUUID() }), 'committedByOrganizationId'],
    ['party person', () => ({ committedByPersonId: randomUUID() }), 'committedByPersonId'],
    ['owner office', () => ({ ownerOrganizationId: randomUUID() }), 'ownerOrganizationId'],
    ['owner person', () => ({ ownerPersonId: randomUUID() }), 'ownerPersonId'],
    ['region', () => ({ regionCodes: ['15', '15.99'] }), 'regionCodes.1'],
    ['meeting', () => ({ meetingId: randomUUID() }), 'meetingId'],
    ['proposal', () => ({ proposalId: randomUUID() }), 'proposalId'],
  ])(
    'answers NOT_FOUND on the field for an unknown %s and writes nothing',
    async (_label, overrides, field) => {
      const counts = async () => [
        await count('commitments'),
        await count('commitment_regions'),
        await count('events'),
      ];
      const before = await counts();
      const error = await failureOf(api.caller().commitments.create(commitmentInput(overrides())));
      expect(error.code).toBe('NOT_FOUND');
      expect(fieldsOf(error)).toEqual([field]);
      expect(await counts()).toEqual(before);
    },
  );

  it.each([
    ['a blank title', { title: ' ' }, 'title'],
    ['an impossible due date', { dueOn: '2026-02-30' }, 'dueOn'],
    ['a malformed region code', { regionCodes: ['Jambi'] }, 'regionCodes.0'],
    ['a malformed party id', { committedByOrganizationId: 'komdigi' }, 'committedByOrganizationId'],
  ])('rejects %s with BAD_REQUEST on that field', async (_label, overrides, field) => {
    const error = await failureOf(api.caller().commitments.create(commitmentInput(overrides)));
    expect(error.code).toBe('BAD_REQUEST');
    expect(fieldsOf(error)).toEqual([field]);
  });

  it('creates one commitment and one event when the same request is retried, even concurrently', async () => {
    const input = commitmentInput({ title: 'Pelatihan DTS untuk ASN', idempotencyKey: randomUUID() });
    const before = await count('commitments');
    const results = await Promise.all([
      api.caller().commitments.create(input),
      api.caller().commitments.create(input),
      api.caller().commitments.create(input),
    ]);
    const again = await api.caller().commitments.create(input);
    expect(new Set([...results, again].map((c) => c.id)).size).toBe(1);
    expect(await count('commitments')).toBe(before + 1);
    expect(await eventsOf(again.id)).toHaveLength(1);
  });
});

describe('commitments: the day a promise was made', () => {
  it("takes the meeting's day when made in a meeting, today without one, and the day given when given", async () => {
    const fromMeeting = await api.caller().commitments.create(commitmentInput({ meetingId: audiensiId }));
    expect(fromMeeting.madeOn).toBe('2026-02-09');
    const [made] = await eventsOf(fromMeeting.id);
    expect(made?.payload).toMatchObject({ madeOn: '2026-02-09' });

    const unlinked = await api.caller().commitments.create(commitmentInput());
    expect(unlinked.madeOn).toBe(todayIn(DEFAULT_TIME_ZONE));

    const given = await api
      .caller()
      .commitments.create(commitmentInput({ meetingId: audiensiId, madeOn: '2024-11-26' }));
    expect(given.madeOn).toBe('2024-11-26');
    const row = await api.database.db
      .selectFrom('commitments')
      .select(sql<string>`to_char(made_on, 'YYYY-MM-DD')`.as('madeOn'))
      .where('id', '=', given.id)
      .executeTakeFirstOrThrow();
    expect(row.madeOn).toBe('2024-11-26');
    const listed = await api.caller().commitments.list({ meetingId: audiensiId, limit: 100 });
    expect(listed.items.find((c) => c.id === given.id)?.madeOn).toBe('2024-11-26');
  });

  it('keeps the stored day when an edit leaves it out, records a changed day, and refuses a day that is no date', async () => {
    const created = await api.caller().commitments.create(commitmentInput({ madeOn: '2024-11-26' }));
    const kept = await api.caller().commitments.update({
      ...commitmentInput({ title: 'Jambi daerah prioritas 2025' }),
      id: created.id,
      version: created.version,
    });
    expect(kept.madeOn).toBe('2024-11-26');

    const moved = await api.caller().commitments.update({
      ...commitmentInput({ title: 'Jambi daerah prioritas 2025', madeOn: '2024-11-27' }),
      id: created.id,
      version: kept.version,
    });
    expect(moved.madeOn).toBe('2024-11-27');
    expect(moved.history[0]?.payload).toEqual({
      version: 3,
      changes: { madeOn: { from: '2024-11-26', to: '2024-11-27' } },
    });

    const eventsBefore = await count('events');
    const error = await failureOf(
      api.caller().commitments.update({
        ...commitmentInput({ madeOn: '2024-13-40' }),
        id: created.id,
        version: moved.version,
      }),
    );
    expect(error.code).toBe('BAD_REQUEST');
    expect(fieldsOf(error)).toEqual(['madeOn']);
    expect(await count('events')).toBe(eventsBefore);
    expect((await api.caller().commitments.get({ id: created.id })).madeOn).toBe('2024-11-27');
  });
});

describe('commitments.update', () => {
  it('applies the change, bumps the version and records what changed', async () => {
    const created = await api
      .caller()
      .commitments.create(commitmentInput({ regionCodes: ['15.01', '15.02'] }));
    const updated = await api.caller().commitments.update({
      ...commitmentInput({
        regionCodes: ['15.02', '15.08'],
        dueOn: '2026-06-30',
        ownerOrganizationId: provinceId,
      }),
      id: created.id,
      version: created.version,
    });
    expect(updated.version).toBe(2);
    expect(updated.regions.map((r) => r.code)).toEqual(['15.02', '15.08']);
    expect(updated.history[0]).toMatchObject({
      eventType: 'CommitmentUpdated',
      payload: {
        version: 2,
        changes: {
          dueOn: { from: null, to: '2026-06-30' },
          ownerOrganizationId: { from: null, to: provinceId },
          regionCodes: { added: ['15.08'], removed: ['15.01'] },
        },
      },
    });
    const changes = (updated.history[0]?.payload as { changes?: object } | undefined)?.changes ?? {};
    expect(Object.keys(changes).sort()).toEqual(['dueOn', 'ownerOrganizationId', 'regionCodes']);
  });

  it('lets one of two edits from the same version win; the other gets CONFLICT with the current state', async () => {
    const created = await api.caller().commitments.create(commitmentInput());
    const edit = (title: string) =>
      api.caller().commitments.update({ ...commitmentInput({ title }), id: created.id, version: 1 });
    const outcomes = await Promise.allSettled([edit('Versi A'), edit('Versi B')]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(lost).toHaveLength(1);
    const error = lost[0]?.reason as TRPCError;
    expect(error.code).toBe('CONFLICT');
    const current = (error.cause as DomainError).current as { title: string; version: number };
    expect(current.version).toBe(2);
    const stored = await api.caller().commitments.get({ id: created.id });
    expect(stored.title).toBe(current.title);
    expect(stored.history.filter((h) => h.eventType === 'CommitmentUpdated')).toHaveLength(1);
  });

  it('refuses to link a proposal that was not accepted, or to edit a closed commitment', async () => {
    const created = await api.caller().commitments.create(commitmentInput());
    const notAccepted = await failureOf(
      api.caller().commitments.update({
        ...commitmentInput({ proposalId: draftProposalId }),
        id: created.id,
        version: 1,
      }),
    );
    expect(notAccepted.code).toBe('BAD_REQUEST');
    expect(fieldsOf(notAccepted)).toEqual(['proposalId']);

    await api
      .caller()
      .commitments.transition({ id: created.id, version: 1, action: 'cancel', reason: 'Diganti.' });
    const eventsBefore = await count('events');
    const closed = await failureOf(
      api
        .caller()
        .commitments.update({ ...commitmentInput({ title: 'Diubah' }), id: created.id, version: 2 }),
    );
    expect(closed.code).toBe('BAD_REQUEST');
    expect(closed.cause).toMatchObject({ messageKey: 'illegalTransition', param: 'cancelled' });
    expect(await count('events')).toBe(eventsBefore);
    expect(await api.caller().commitments.get({ id: created.id })).toMatchObject({
      title: created.title,
      version: 2,
    });
  });

  it('answers NOT_FOUND for an unknown commitment', async () => {
    const error = await failureOf(
      api.caller().commitments.update({ ...commitmentInput(), id: randomUUID(), version: 1 }),
    );
    expect(error.code).toBe('NOT_FOUND');
    expect(fieldsOf(error)).toEqual(['id']);
  });

  it('rolls the whole edit back when writing its event fails', async () => {
    const created = await api.caller().commitments.create(commitmentInput({ regionCodes: ['15.01'] }));
    await withFailingEvent('CommitmentUpdated', async () => {
      const error = await failureOf(
        api.caller().commitments.update({
          ...commitmentInput({ title: 'Tidak tersimpan', regionCodes: ['16.07'] }),
          id: created.id,
          version: 1,
        }),
      );
      expect(error.code).toBe('INTERNAL_SERVER_ERROR');
    });
    const stored = await api.caller().commitments.get({ id: created.id });
    expect(stored).toMatchObject({ title: created.title, version: 1 });
    expect(stored.regions.map((r) => r.code)).toEqual(['15.01']);
    expect(stored.history.map((h) => h.eventType)).toEqual(['CommitmentMade']);
  });
});

describe('commitments.transition', () => {
  it('starts and fulfils a commitment, keeping the evidence and recording each step', async () => {
    const created = await api.caller().commitments.create(commitmentInput());
    const started = await api
      .caller()
      .commitments.transition({ id: created.id, version: 1, action: 'start' });
    expect(started).toMatchObject({
      status: 'in_progress',
      allowedActions: ['fulfil', 'markNotFulfilled', 'cancel'],
    });
    const fulfilled = await api.caller().commitments.transition({
      id: created.id,
      version: 2,
      action: 'fulfil',
      evidence: 'BTS 4G aktif di 12 desa Kerinci; surat Komdigi nomor 123/2026.',
    });
    expect(fulfilled).toMatchObject({
      status: 'fulfilled',
      version: 3,
      evidence: 'BTS 4G aktif di 12 desa Kerinci; surat Komdigi nomor 123/2026.',
      allowedActions: [],
    });
    const events = await eventsOf(created.id);
    expect(events.map((e) => e.eventType)).toEqual([
      'CommitmentMade',
      'CommitmentStatusChanged',
      'CommitmentStatusChanged',
    ]);
    expect(events[1]?.payload).toMatchObject({ from: 'open', to: 'in_progress' });
    expect(events[2]?.payload).toMatchObject({
      from: 'in_progress',
      to: 'fulfilled',
      evidence: 'BTS 4G aktif di 12 desa Kerinci; surat Komdigi nomor 123/2026.',
    });
  });

  it('records the reason a commitment was not kept', async () => {
    const created = await api.caller().commitments.create(commitmentInput());
    const broken = await api.caller().commitments.transition({
      id: created.id,
      version: 1,
      action: 'markNotFulfilled',
      reason: 'Anggaran BAKTI dialihkan.',
    });
    expect(broken.status).toBe('not_fulfilled');
    expect(broken.history[0]).toMatchObject({
      eventType: 'CommitmentStatusChanged',
      payload: { from: 'open', to: 'not_fulfilled', reason: 'Anggaran BAKTI dialihkan.' },
    });
  });

  it.each([
    ['fulfil', 'evidence', 'evidenceRequired'],
    ['markNotFulfilled', 'reason', 'reasonRequired'],
    ['cancel', 'reason', 'reasonRequired'],
  ] as const)('refuses %s without %s and writes nothing', async (action, field, message) => {
    const created = await api.caller().commitments.create(commitmentInput());
    const eventsBefore = await count('events');
    const error = await failureOf(
      api.caller().commitments.transition({ id: created.id, version: 1, action }),
    );
    expect(error.code).toBe('BAD_REQUEST');
    expect(fieldsOf(error)).toEqual([field]);
    expect((error.cause as ZodError).issues[0]?.message).toBe(message);
    expect(await count('events')).toBe(eventsBefore);
    expect(await api.caller().commitments.get({ id: created.id })).toMatchObject({
      status: 'open',
      version: 1,
    });
  });

  it('refuses an action the status does not allow and writes nothing', async () => {
    const created = await api.caller().commitments.create(commitmentInput());
    await api
      .caller()
      .commitments.transition({ id: created.id, version: 1, action: 'fulfil', evidence: 'Laporan.' });
    const eventsBefore = await count('events');
    const error = await failureOf(
      api.caller().commitments.transition({ id: created.id, version: 2, action: 'start' }),
    );
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.cause).toMatchObject({
      messageKey: 'illegalTransition',
      field: 'action',
      param: 'fulfilled',
    });
    expect(await count('events')).toBe(eventsBefore);
    expect(await api.caller().commitments.get({ id: created.id })).toMatchObject({
      status: 'fulfilled',
      version: 2,
    });
  });

  it('answers CONFLICT for a stale version and NOT_FOUND for an unknown id', async () => {
    const created = await api.caller().commitments.create(commitmentInput());
    await api.caller().commitments.transition({ id: created.id, version: 1, action: 'start' });
    const stale = await failureOf(
      api.caller().commitments.transition({ id: created.id, version: 1, action: 'cancel', reason: 'Batal.' }),
    );
    expect(stale.code).toBe('CONFLICT');
    expect((stale.cause as DomainError).current).toMatchObject({ status: 'in_progress', version: 2 });
    const missing = await failureOf(
      api.caller().commitments.transition({ id: randomUUID(), version: 1, action: 'start' }),
    );
    expect(missing.code).toBe('NOT_FOUND');
  });

  it('leaves neither the new status nor the evidence when writing the event fails', async () => {
    const created = await api.caller().commitments.create(commitmentInput());
    await withFailingEvent('CommitmentStatusChanged', async () => {
      const error = await failureOf(
        api
          .caller()
          .commitments.transition({ id: created.id, version: 1, action: 'fulfil', evidence: 'Foto.' }),
      );
      expect(error.code).toBe('INTERNAL_SERVER_ERROR');
    });
    const stored = await api.caller().commitments.get({ id: created.id });
    expect(stored).toMatchObject({ status: 'open', version: 1, evidence: null });
    expect(stored.history.map((h) => h.eventType)).toEqual(['CommitmentMade']);
  });
});

describe('commitments.get', () => {
  it('answers NOT_FOUND for an unknown id and BAD_REQUEST for a malformed one', async () => {
    expect((await failureOf(api.caller().commitments.get({ id: randomUUID() }))).code).toBe('NOT_FOUND');
    expect((await failureOf(api.caller().commitments.get({ id: 'komitmen-1' }))).code).toBe('BAD_REQUEST');
  });
});

describe('commitments.list', () => {
  // Every commitment here is made by one party, so the assertions ignore those made by other tests.
  let partyId: string;
  let forumId: string;

  beforeAll(async () => {
    partyId = (await api.caller().organizations.create({ name: 'BAKTI Komdigi', kind: 'agency' })).id;
    forumId = (await api.caller().meetings.create(meetingInput(provinceId, { title: 'Rakornis 2025' }))).id;
    const plans: [string, Partial<CommitmentCreateInput>, ('start' | 'fulfil')?][] = [
      ['K1 BTS Kerinci', { regionCodes: ['15.01'], dueOn: '2020-03-01' }],
      ['K2 BTS Merangin', { regionCodes: ['15.02'], dueOn: '2020-03-01' }, 'start'],
      ['K3 Internet desa Banyuasin', { regionCodes: ['16.07'], dueOn: '2020-03-01' }, 'fulfil'],
      ['K4 Data Center Provinsi', { regionCodes: ['15'], dueOn: '2099-12-31', meetingId: forumId }],
      ['K5 Literasi digital', { regionCodes: [], meetingId: forumId }],
      ['K6 ToT ASN', { regionCodes: ['15.01', '16.07'], proposalId: acceptedProposalId }],
      ['K7 QRIS', { regionCodes: ['15.71'] }],
    ];
    for (const [title, overrides, action] of plans) {
      const created = await api
        .caller()
        .commitments.create(commitmentInput({ title, committedByOrganizationId: partyId, ...overrides }));
      if (action === 'start') {
        await api.caller().commitments.transition({ id: created.id, version: 1, action: 'start' });
      }
      if (action === 'fulfil') {
        await api
          .caller()
          .commitments.transition({ id: created.id, version: 1, action: 'fulfil', evidence: 'Ada.' });
      }
    }
  });

  async function titles(filter: Record<string, unknown> = {}, limit = 100) {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<ReturnType<typeof api.caller>['commitments']['list']>> = await api
        .caller()
        .commitments.list({ committedByOrganizationId: partyId, limit, ...filter, cursor });
      seen.push(...page.items.map((c) => c.title.split(' ')[0] ?? ''));
      cursor = page.nextCursor;
    } while (cursor);
    return seen;
  }

  it('lists every promise of one party exactly once, newest first, across keyset pages', async () => {
    expect(await titles({}, 2)).toEqual(['K7', 'K6', 'K5', 'K4', 'K3', 'K2', 'K1']);
  });

  it('filters by status, meeting, proposal and region (a province matches its regencies and cities)', async () => {
    expect(await titles({ status: 'open' })).toEqual(['K7', 'K6', 'K5', 'K4', 'K1']);
    expect(await titles({ meetingId: forumId })).toEqual(['K5', 'K4']);
    expect(await titles({ proposalId: acceptedProposalId })).toEqual(['K6']);
    expect(await titles({ regionCode: '15.01' })).toEqual(['K6', 'K1']);
    expect(await titles({ regionCode: '16' })).toEqual(['K6', 'K3']);
    expect(await titles({ regionCode: '15' })).toEqual(['K7', 'K6', 'K4', 'K2', 'K1']);
  });

  it('finds overdue promises: past due and still open or in progress', async () => {
    expect(await titles({ overdueOnly: true })).toEqual(['K2', 'K1']);
    const page = await api.caller().commitments.list({ committedByOrganizationId: partyId, limit: 100 });
    const overdue = Object.fromEntries(page.items.map((c) => [c.title.split(' ')[0], c.isOverdue]));
    expect(overdue).toEqual({ K1: true, K2: true, K3: false, K4: false, K5: false, K6: false, K7: false });
  });

  it('answers with defaults when called without input, and BAD_REQUEST for a forged cursor', async () => {
    const page = await api.caller().commitments.list();
    expect(page.items.length).toBeGreaterThan(7);
    const error = await failureOf(api.caller().commitments.list({ cursor: 'bukan-penanda' }));
    expect(error.code).toBe('BAD_REQUEST');
    expect(fieldsOf(error)).toEqual(['cursor']);
  });
});
