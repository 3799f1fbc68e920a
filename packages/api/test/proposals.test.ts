import { randomUUID } from 'node:crypto';
import { DEFAULT_TIME_ZONE, type ProposalCreateInput, todayIn } from '@tindak/shared';
import { TRPCError } from '@trpc/server';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { DomainError } from '../src/errors';
import { useTestApi } from './support';
import { makeOffice, meetingInput } from './support/fixtures';

const api = useTestApi();
let provinceId: string;
let kerinciId: string;
let banyuasinId: string;
let komdigiId: string;
let audiensiId: string;

beforeAll(async () => {
  provinceId = (await makeOffice(api, 'Diskominfo Provinsi Jambi', '15')).id;
  kerinciId = (await makeOffice(api, 'Diskominfo Kabupaten Kerinci', '15.01')).id;
  banyuasinId = (await makeOffice(api, 'Diskominfo Kabupaten Banyuasin', '16.07')).id;
  komdigiId = (
    await api.caller().organizations.create({
      name: 'Kementerian Komunikasi dan Digital',
      shortName: 'Komdigi',
      kind: 'ministry',
      regionCode: null,
    })
  ).id;
  audiensiId = (
    await api.caller().meetings.create(
      meetingInput(provinceId, {
        type: 'audiensi',
        title: 'Audiensi Diskominfo se-Provinsi Jambi ke Komdigi',
        startsAt: '2026-02-09T10:00:00+07:00',
        endsAt: '2026-02-09T12:00:00+07:00',
        place: 'Kantor Komdigi, Jakarta',
      }),
    )
  ).id;
});

function proposalInput(overrides: Partial<ProposalCreateInput> = {}): ProposalCreateInput {
  return {
    title: 'ToT Talent Digital untuk ASN',
    description: 'Pelatihan untuk pelatih agar ASN siap mendukung Satu Data Indonesia.',
    proposerOrganizationIds: [provinceId, kerinciId],
    addressedToOrganizationId: komdigiId,
    meetingIds: [audiensiId],
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

async function count(table: 'proposals' | 'events') {
  const { n } = await api.database.db
    .selectFrom(table)
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

describe('proposals.create', () => {
  it('stores a draft with its proposers, addressee and meetings, and one ProposalDrafted event', async () => {
    const proposal = await api.caller().proposals.create(proposalInput());
    expect(proposal).toMatchObject({
      title: 'ToT Talent Digital untuk ASN',
      status: 'draft',
      version: 1,
      addressedTo: { id: komdigiId, name: 'Kementerian Komunikasi dan Digital' },
      decision: null,
      commitments: [],
      allowedActions: ['submit', 'withdraw'],
    });
    expect(proposal.proposers.map((p) => p.name)).toEqual([
      'Diskominfo Kabupaten Kerinci',
      'Diskominfo Provinsi Jambi',
    ]);
    expect(proposal.meetings).toEqual([
      {
        id: audiensiId,
        title: 'Audiensi Diskominfo se-Provinsi Jambi ke Komdigi',
        startsAt: '2026-02-09T03:00:00.000Z',
        outsideScope: false,
      },
    ]);
    expect(proposal.history.map((h) => h.eventType)).toEqual(['ProposalDrafted']);
    const events = await eventsOf(proposal.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      aggregateType: 'proposal',
      eventType: 'ProposalDrafted',
      payload: {
        status: 'draft',
        proposerOrganizationIds: [provinceId, kerinciId],
        meetingIds: [audiensiId],
      },
    });
  });

  it('creates it as submitted when asked, with a ProposalSubmitted event', async () => {
    const proposal = await api.caller().proposals.create(
      proposalInput({
        submit: true,
        meetingIds: [],
        letterNumber: '500/17/Diskominfo',
        letterDate: '2026-01-20',
      }),
    );
    expect(proposal.status).toBe('submitted');
    expect(proposal.meetings).toEqual([]);
    expect(proposal.allowedActions).toEqual(['startReview', 'accept', 'acceptPartly', 'reject', 'withdraw']);
    expect((await eventsOf(proposal.id)).map((e) => e.eventType)).toEqual(['ProposalSubmitted']);
  });

  it('stores a proposer named twice once', async () => {
    const proposal = await api
      .caller()
      .proposals.create(proposalInput({ proposerOrganizationIds: [kerinciId, kerinciId] }));
    expect(proposal.proposers.map((p) => p.id)).toEqual([kerinciId]);
  });

  it('creates one proposal and one event when the same request is retried, even concurrently', async () => {
    const input = proposalInput({ title: 'Prioritas akses internet', idempotencyKey: randomUUID() });
    const before = await count('proposals');
    const results = await Promise.all([
      api.caller().proposals.create(input),
      api.caller().proposals.create(input),
      api.caller().proposals.create(input),
    ]);
    const again = await api.caller().proposals.create(input);
    expect(new Set([...results, again].map((p) => p.id)).size).toBe(1);
    expect(await count('proposals')).toBe(before + 1);
    expect(await eventsOf(again.id)).toHaveLength(1);
  });

  it.each([
    ['addressee', () => ({ addressedToOrganizationId: randomUUID() }), 'addressedToOrganizationId'],
    [
      'second proposer',
      () => ({ proposerOrganizationIds: [provinceId, randomUUID()] }),
      'proposerOrganizationIds.1',
    ],
    ['meeting', () => ({ meetingIds: [audiensiId, randomUUID()] }), 'meetingIds.1'],
  ])(
    'answers NOT_FOUND on the field for an unknown %s and writes nothing',
    async (_label, overrides, field) => {
      const [proposalsBefore, eventsBefore] = [await count('proposals'), await count('events')];
      // The ids made in beforeAll exist only once the test runs, hence the thunk.
      const error = await failureOf(api.caller().proposals.create(proposalInput(overrides())));
      expect(error.code).toBe('NOT_FOUND');
      expect(fieldsOf(error)).toEqual([field]);
      expect(await count('proposals')).toBe(proposalsBefore);
      expect(await count('events')).toBe(eventsBefore);
    },
  );

  it.each([
    ['no proposer', { proposerOrganizationIds: [] }, 'proposerOrganizationIds'],
    ['a blank title', { title: '   ' }, 'title'],
    ['a malformed addressee id', { addressedToOrganizationId: 'komdigi' }, 'addressedToOrganizationId'],
    ['a malformed meeting id', { meetingIds: ['rapat-1'] }, 'meetingIds.0'],
  ])('rejects %s with BAD_REQUEST on that field and writes nothing', async (_label, overrides, field) => {
    const before = await count('proposals');
    const error = await failureOf(api.caller().proposals.create(proposalInput(overrides)));
    expect(error.code).toBe('BAD_REQUEST');
    expect(fieldsOf(error)).toEqual([field]);
    expect(await count('proposals')).toBe(before);
  });
});

describe('proposals: the day a proposal was raised', () => {
  it("takes the meeting's day when created from a meeting, the letter's without one, and the day given when given", async () => {
    const fromMeeting = await api.caller().proposals.create(proposalInput());
    expect(fromMeeting.raisedOn).toBe('2026-02-09');
    const [made] = await eventsOf(fromMeeting.id);
    expect(made?.payload).toMatchObject({ raisedOn: '2026-02-09' });

    const byLetter = await api
      .caller()
      .proposals.create(
        proposalInput({ meetingIds: [], letterNumber: '500/18/Diskominfo', letterDate: '2026-01-21' }),
      );
    expect(byLetter.raisedOn).toBe('2026-01-21');

    const given = await api.caller().proposals.create(proposalInput({ raisedOn: '2024-11-26' }));
    expect(given.raisedOn).toBe('2024-11-26');
    const row = await api.database.db
      .selectFrom('proposals')
      .select(sql<string>`to_char(raised_on, 'YYYY-MM-DD')`.as('raisedOn'))
      .where('id', '=', given.id)
      .executeTakeFirstOrThrow();
    expect(row.raisedOn).toBe('2024-11-26');
    const listed = await api.caller().proposals.list({ meetingId: audiensiId, limit: 100 });
    expect(listed.items.find((p) => p.id === given.id)?.raisedOn).toBe('2024-11-26');
  });

  it('keeps the stored day when an edit leaves it out, records a changed day, and refuses a day that is no date', async () => {
    const created = await api.caller().proposals.create(proposalInput({ raisedOn: '2024-11-26' }));
    const kept = await api.caller().proposals.update({
      ...proposalInput({ title: 'ToT Talent Digital untuk ASN 2025', raisedOn: undefined }),
      id: created.id,
      version: created.version,
    });
    expect(kept.raisedOn).toBe('2024-11-26');

    const moved = await api.caller().proposals.update({
      ...proposalInput({ title: 'ToT Talent Digital untuk ASN 2025', raisedOn: '2024-11-27' }),
      id: created.id,
      version: kept.version,
    });
    expect(moved.raisedOn).toBe('2024-11-27');
    expect(moved.history[0]?.payload).toEqual({
      version: 3,
      changes: { raisedOn: { from: '2024-11-26', to: '2024-11-27' } },
    });

    const eventsBefore = await count('events');
    const error = await failureOf(
      api.caller().proposals.update({
        ...proposalInput({ raisedOn: '26/11/2024' }),
        id: created.id,
        version: moved.version,
      }),
    );
    expect(error.code).toBe('BAD_REQUEST');
    expect(fieldsOf(error)).toEqual(['raisedOn']);
    expect(await count('events')).toBe(eventsBefore);
    expect((await api.caller().proposals.get({ id: created.id })).raisedOn).toBe('2024-11-27');
  });
});

describe('proposals.update', () => {
  it('applies the change, bumps the version and records what changed', async () => {
    const created = await api.caller().proposals.create(proposalInput({ title: 'Usulan BTS' }));
    const updated = await api.caller().proposals.update({
      ...proposalInput({
        title: 'Usulan BTS di desa blank spot',
        proposerOrganizationIds: [kerinciId, banyuasinId],
        // Taken out of the meeting, it says where it came from instead: a letter.
        meetingIds: [],
        letterNumber: '500/31/Diskominfo',
        letterDate: '2026-02-20',
      }),
      id: created.id,
      version: created.version,
    });
    expect(updated.version).toBe(2);
    expect(updated.title).toBe('Usulan BTS di desa blank spot');
    expect(updated.proposers.map((p) => p.id).sort()).toEqual([banyuasinId, kerinciId].sort());
    expect(updated.meetings).toEqual([]);
    const [latest] = updated.history;
    expect(latest?.eventType).toBe('ProposalUpdated');
    expect(latest?.payload).toEqual({
      version: 2,
      changes: {
        title: { from: 'Usulan BTS', to: 'Usulan BTS di desa blank spot' },
        letterNumber: { from: null, to: '500/31/Diskominfo' },
        letterDate: { from: null, to: '2026-02-20' },
        proposerOrganizationIds: { added: [banyuasinId], removed: [provinceId] },
        meetingIds: { added: [], removed: [audiensiId] },
      },
    });
  });

  it('lets one of two edits from the same version win; the other gets CONFLICT with the current state', async () => {
    const created = await api.caller().proposals.create(proposalInput({ title: 'Usulan Data Center' }));
    const edit = (title: string) =>
      api
        .caller()
        .proposals.update({ ...proposalInput({ title }), id: created.id, version: created.version });
    const outcomes = await Promise.allSettled([edit('Versi A'), edit('Versi B')]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(lost).toHaveLength(1);
    const error = lost[0]?.reason as TRPCError;
    expect(error.code).toBe('CONFLICT');
    expect(fieldsOf(error)).toEqual(['version']);
    const current = (error.cause as DomainError).current as { title: string; version: number };
    expect(current.version).toBe(2);
    const stored = await api.caller().proposals.get({ id: created.id });
    expect(stored.title).toBe(current.title);
    expect(stored.history.filter((h) => h.eventType === 'ProposalUpdated')).toHaveLength(1);
  });

  it('refuses to edit a decided proposal and writes nothing', async () => {
    const created = await api.caller().proposals.create(proposalInput({ submit: true }));
    const rejected = await api.caller().proposals.transition({
      id: created.id,
      version: created.version,
      action: 'reject',
      decisionNote: 'Belum ada anggaran tahun ini.',
    });
    const error = await failureOf(
      api.caller().proposals.update({ ...proposalInput({ title: 'Diubah' }), id: created.id, version: 2 }),
    );
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.cause).toMatchObject({ messageKey: 'illegalTransition', param: 'rejected' });
    const stored = await api.caller().proposals.get({ id: created.id });
    expect(stored).toMatchObject({ title: rejected.title, version: 2 });
    expect(stored.history).toHaveLength(2);
  });

  it('answers NOT_FOUND for an unknown proposal or a newly named unknown meeting, and writes nothing', async () => {
    const missing = await failureOf(
      api.caller().proposals.update({ ...proposalInput(), id: randomUUID(), version: 1 }),
    );
    expect(missing.code).toBe('NOT_FOUND');
    expect(fieldsOf(missing)).toEqual(['id']);

    const created = await api.caller().proposals.create(proposalInput({ title: 'Usulan QRIS' }));
    const error = await failureOf(
      api.caller().proposals.update({
        ...proposalInput({ title: 'Usulan QRIS daerah', meetingIds: [audiensiId, randomUUID()] }),
        id: created.id,
        version: 1,
      }),
    );
    expect(error.code).toBe('NOT_FOUND');
    expect(fieldsOf(error)).toEqual(['meetingIds.1']);
    const stored = await api.caller().proposals.get({ id: created.id });
    expect(stored).toMatchObject({ title: 'Usulan QRIS', version: 1 });
    expect(stored.history).toHaveLength(1);
  });

  it('rolls the whole edit back when writing its event fails', async () => {
    const created = await api.caller().proposals.create(proposalInput({ title: 'Usulan literasi digital' }));
    await withFailingEvent('ProposalUpdated', async () => {
      const error = await failureOf(
        api.caller().proposals.update({
          ...proposalInput({ title: 'Tidak tersimpan', proposerOrganizationIds: [banyuasinId] }),
          id: created.id,
          version: 1,
        }),
      );
      expect(error.code).toBe('INTERNAL_SERVER_ERROR');
    });
    const stored = await api.caller().proposals.get({ id: created.id });
    expect(stored).toMatchObject({ title: 'Usulan literasi digital', version: 1 });
    expect(stored.proposers.map((p) => p.id).sort()).toEqual([kerinciId, provinceId].sort());
    expect(stored.history.map((h) => h.eventType)).toEqual(['ProposalDrafted']);
  });
});

describe('proposals.transition', () => {
  it('walks submit, review and a partial acceptance, recording each step', async () => {
    let proposal = await api.caller().proposals.create(proposalInput());
    proposal = await api
      .caller()
      .proposals.transition({ id: proposal.id, version: proposal.version, action: 'submit' });
    proposal = await api
      .caller()
      .proposals.transition({ id: proposal.id, version: proposal.version, action: 'startReview' });
    expect(proposal.status).toBe('under_review');
    proposal = await api.caller().proposals.transition({
      id: proposal.id,
      version: proposal.version,
      action: 'acceptPartly',
      decisionNote: 'ToT disetujui untuk 30 ASN pada tahap pertama.',
    });
    expect(proposal).toMatchObject({
      status: 'partly_accepted',
      version: 4,
      decidedOn: todayIn(DEFAULT_TIME_ZONE),
      decision: {
        note: 'ToT disetujui untuk 30 ASN pada tahap pertama.',
        decidedOn: todayIn(DEFAULT_TIME_ZONE),
      },
      allowedActions: [],
    });
    const events = await eventsOf(proposal.id);
    expect(events.map((e) => e.eventType)).toEqual([
      'ProposalDrafted',
      'ProposalSubmitted',
      'ProposalReviewStarted',
      'ProposalDecided',
    ]);
    expect(events[3]?.payload).toMatchObject({
      outcome: 'partly_accepted',
      from: 'under_review',
      to: 'partly_accepted',
      note: 'ToT disetujui untuk 30 ASN pada tahap pertama.',
    });
  });

  it('keeps the decision date given and records a withdrawal', async () => {
    const accepted = await api.caller().proposals.create(proposalInput({ submit: true }));
    const decided = await api.caller().proposals.transition({
      id: accepted.id,
      version: 1,
      action: 'accept',
      decisionNote: 'Disetujui dalam audiensi.',
      decidedOn: '2026-02-09',
    });
    expect(decided.decision).toEqual({ note: 'Disetujui dalam audiensi.', decidedOn: '2026-02-09' });

    const draft = await api.caller().proposals.create(proposalInput());
    const withdrawn = await api
      .caller()
      .proposals.transition({ id: draft.id, version: 1, action: 'withdraw' });
    expect(withdrawn).toMatchObject({ status: 'withdrawn', decision: null });
    expect(withdrawn.history[0]?.eventType).toBe('ProposalWithdrawn');
  });

  it.each(['accept', 'acceptPartly', 'reject'] as const)(
    'refuses %s without a decision note, on decisionNote, and writes nothing',
    async (action) => {
      const proposal = await api.caller().proposals.create(proposalInput({ submit: true }));
      const eventsBefore = await count('events');
      const error = await failureOf(
        api.caller().proposals.transition({ id: proposal.id, version: 1, action, decisionNote: '  ' }),
      );
      expect(error.code).toBe('BAD_REQUEST');
      expect(fieldsOf(error)).toEqual(['decisionNote']);
      expect((error.cause as ZodError).issues[0]?.message).toBe('reasonRequired');
      expect(await count('events')).toBe(eventsBefore);
      expect(await api.caller().proposals.get({ id: proposal.id })).toMatchObject({
        status: 'submitted',
        version: 1,
      });
    },
  );

  it('refuses an action the status does not allow, naming the status, and writes nothing', async () => {
    const draft = await api.caller().proposals.create(proposalInput());
    const eventsBefore = await count('events');
    const error = await failureOf(
      api
        .caller()
        .proposals.transition({ id: draft.id, version: 1, action: 'accept', decisionNote: 'Setuju.' }),
    );
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.cause).toMatchObject({ messageKey: 'illegalTransition', field: 'action', param: 'draft' });
    expect(await count('events')).toBe(eventsBefore);
    expect(await api.caller().proposals.get({ id: draft.id })).toMatchObject({
      status: 'draft',
      version: 1,
      decision: null,
    });
  });

  it('answers CONFLICT with the current state for a stale version, NOT_FOUND for an unknown id', async () => {
    const proposal = await api.caller().proposals.create(proposalInput());
    await api.caller().proposals.transition({ id: proposal.id, version: 1, action: 'submit' });
    const stale = await failureOf(
      api.caller().proposals.transition({ id: proposal.id, version: 1, action: 'withdraw' }),
    );
    expect(stale.code).toBe('CONFLICT');
    expect((stale.cause as DomainError).current).toMatchObject({ status: 'submitted', version: 2 });

    const missing = await failureOf(
      api.caller().proposals.transition({ id: randomUUID(), version: 1, action: 'submit' }),
    );
    expect(missing.code).toBe('NOT_FOUND');
    expect(fieldsOf(missing)).toEqual(['id']);
  });

  it('leaves neither the decision nor an event when writing the event fails', async () => {
    const proposal = await api.caller().proposals.create(proposalInput({ submit: true }));
    await withFailingEvent('ProposalDecided', async () => {
      const error = await failureOf(
        api.caller().proposals.transition({
          id: proposal.id,
          version: 1,
          action: 'accept',
          decisionNote: 'Disetujui.',
        }),
      );
      expect(error.code).toBe('INTERNAL_SERVER_ERROR');
    });
    const stored = await api.caller().proposals.get({ id: proposal.id });
    expect(stored).toMatchObject({ status: 'submitted', version: 1, decision: null });
    expect(stored.history.map((h) => h.eventType)).toEqual(['ProposalSubmitted']);
  });
});

describe('proposals.get', () => {
  it('answers NOT_FOUND for an unknown id and BAD_REQUEST for a malformed one', async () => {
    expect((await failureOf(api.caller().proposals.get({ id: randomUUID() }))).code).toBe('NOT_FOUND');
    expect((await failureOf(api.caller().proposals.get({ id: 'usulan-1' }))).code).toBe('BAD_REQUEST');
  });
});

describe('proposals.list', () => {
  let addresseeId: string;
  let forumId: string;
  const titles: string[] = [];

  beforeAll(async () => {
    // Everything here goes to one addressee so the assertions ignore proposals made by other tests.
    addresseeId = (await makeOffice(api, 'Bappeda Provinsi Jambi', '15')).id;
    forumId = (
      await api.caller().meetings.create(meetingInput(provinceId, { title: 'Forum Perangkat Daerah 2024' }))
    ).id;
    for (let n = 1; n <= 12; n++) {
      const title = `Usulan ${n}`;
      titles.push(title);
      await api.caller().proposals.create(
        proposalInput({
          title,
          addressedToOrganizationId: addresseeId,
          proposerOrganizationIds: n % 4 === 0 ? [banyuasinId] : n % 2 === 0 ? [kerinciId] : [provinceId],
          meetingIds: n % 3 === 0 ? [forumId] : [],
          // Outside the forum, sent by letter.
          ...(n % 3 === 0 ? {} : { letterNumber: `500/${n}/Diskominfo`, letterDate: '2026-01-05' }),
          submit: n % 2 === 1,
        }),
      );
    }
    // Usulan 5 to 8 share one creation instant (ordered by id), and Usulan 9 is one microsecond later:
    // the cursor must keep PostgreSQL's full precision to page through them.
    const { db } = api.database;
    await db
      .updateTable('proposals')
      .set({ createdAt: sql`'2020-01-05 10:00:00.123456+00'::timestamptz` })
      .where('title', 'in', ['Usulan 5', 'Usulan 6', 'Usulan 7', 'Usulan 8'])
      .where('addressedToOrganizationId', '=', addresseeId)
      .execute();
    await db
      .updateTable('proposals')
      .set({ createdAt: sql`'2020-01-05 10:00:00.123457+00'::timestamptz` })
      .where('title', '=', 'Usulan 9')
      .where('addressedToOrganizationId', '=', addresseeId)
      .execute();
  });

  async function listAll(filter: { limit?: number } & Record<string, unknown>) {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: Awaited<ReturnType<ReturnType<typeof api.caller>['proposals']['list']>> = await api
        .caller()
        .proposals.list({ addressedToOrganizationId: addresseeId, limit: 100, ...filter, cursor });
      seen.push(...page.items.map((p) => p.title));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    return { seen, pages };
  }

  it('walks every proposal exactly once, newest first, across keyset pages', async () => {
    const { seen, pages } = await listAll({ limit: 3 });
    expect(pages).toBe(4);
    expect(seen).toHaveLength(12);
    expect(new Set(seen)).toEqual(new Set(titles));
    expect(seen.slice(0, 7)).toEqual([12, 11, 10, 4, 3, 2, 1].map((n) => `Usulan ${n}`));
    expect(seen[7]).toBe('Usulan 9');
    // Usulan 5 to 8 share one instant: the id breaks the tie, the same way on every page.
    const tied = await api.database.db
      .selectFrom('proposals')
      .select('title')
      .where('addressedToOrganizationId', '=', addresseeId)
      .where('title', 'in', ['Usulan 5', 'Usulan 6', 'Usulan 7', 'Usulan 8'])
      .orderBy('id', 'desc')
      .execute();
    expect(seen.slice(8)).toEqual(tied.map((p) => p.title));
  });

  it('filters by status, proposer, meeting and the proposers’ region', async () => {
    const titlesOf = async (filter: Record<string, unknown>) =>
      (await listAll(filter)).seen.map((t) => Number(t.replace('Usulan ', ''))).sort((a, b) => a - b);
    expect(await titlesOf({ status: 'submitted' })).toEqual([1, 3, 5, 7, 9, 11]);
    expect(await titlesOf({ status: 'draft', proposerOrganizationId: kerinciId })).toEqual([2, 6, 10]);
    expect(await titlesOf({ meetingId: forumId })).toEqual([3, 6, 9, 12]);
    expect(await titlesOf({ regionCode: '16' })).toEqual([4, 8, 12]);
    expect(await titlesOf({ regionCode: '15.01' })).toEqual([2, 6, 10]);
    // A province code matches offices of the province itself and of its regencies and cities.
    expect(await titlesOf({ regionCode: '15' })).toEqual([1, 2, 3, 5, 6, 7, 9, 10, 11]);
  });

  it('shows proposers, addressee and status in each row', async () => {
    const page = await api.caller().proposals.list({ addressedToOrganizationId: addresseeId, limit: 1 });
    expect(page.items).toEqual([
      {
        id: expect.any(String),
        title: 'Usulan 12',
        status: 'draft',
        proposers: [{ id: banyuasinId, name: 'Diskominfo Kabupaten Banyuasin' }],
        addressedTo: { id: addresseeId, name: 'Bappeda Provinsi Jambi' },
        decidedOn: null,
        // Usulan 12 was raised in the forum (every third one is): the forum's day.
        raisedOn: '2025-11-03',
        letter: null,
        createdAt: expect.any(String),
      },
    ]);
    expect(page.nextCursor).not.toBeNull();
  });

  it('answers with defaults when called without input, and BAD_REQUEST for a forged cursor', async () => {
    const page = await api.caller().proposals.list();
    expect(page.items.length).toBeGreaterThan(12);
    const forged = Buffer.from(JSON.stringify(['2026-02-30T00:00:00.000000Z', randomUUID()])).toString(
      'base64url',
    );
    for (const cursor of ['bukan-penanda', forged]) {
      const error = await failureOf(api.caller().proposals.list({ cursor }));
      expect(error.code).toBe('BAD_REQUEST');
      expect(fieldsOf(error)).toEqual(['cursor']);
    }
  });
});
