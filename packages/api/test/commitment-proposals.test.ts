import { randomUUID } from 'node:crypto';
import type { CommitmentCreateInput } from '@tindak/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import type { SessionUser } from '../src/context';
import { DomainError } from '../src/errors';
import { createUser, useTestApi } from './support';
import { makeOffice } from './support/fixtures';
import { refusedWithoutEffect } from './support/refusal-check';

/**
 * One promise can answer several proposals (issue 19): Komdigi's one reply to both the ToT and the
 * blank-spot proposals of Jambi.
 */
const api = useTestApi();
let jambiId: string;
let komdigiId: string;
let jambiHead: SessionUser;
let totId: string;
let blankSpotId: string;
let draftId: string;
/** Proposed by Banyuasin (Sumatera Selatan): outside a Jambi reader's region. */
let banyuasinId: string;

beforeAll(async () => {
  const caller = api.caller();
  jambiId = (await makeOffice(api, 'Diskominfo Provinsi Jambi', '15')).id;
  const banyuasinOffice = (await makeOffice(api, 'Diskominfo Kabupaten Banyuasin', '16.07')).id;
  komdigiId = (
    await caller.organizations.create({ name: 'Kementerian Komunikasi dan Digital', kind: 'ministry' })
  ).id;
  jambiHead = await createUser(api, { role: 'head', organizationId: jambiId });
  const proposal = async (title: string, proposer: string, action: 'accept' | 'acceptPartly' | null) => {
    const created = await caller.proposals.create({
      title,
      proposerOrganizationIds: [proposer],
      addressedToOrganizationId: komdigiId,
      letterNumber: '500/9/Diskominfo',
      letterDate: '2026-01-12',
      submit: true,
    });
    if (action) {
      await caller.proposals.transition({
        id: created.id,
        version: created.version,
        action,
        decisionNote: 'Jambi menjadi daerah prioritas.',
      });
    }
    return created.id;
  };
  totId = await proposal('ToT Talent Digital bagi ASN daerah', jambiId, 'acceptPartly');
  blankSpotId = await proposal('Penanganan blank spot di Kerinci, Merangin dan Bungo', jambiId, 'accept');
  draftId = await proposal('Pusat data bersama', jambiId, null);
  banyuasinId = await proposal('Desa digital mandiri Banyuasin', banyuasinOffice, 'accept');
});

function reply(overrides: Partial<CommitmentCreateInput> = {}): CommitmentCreateInput {
  return {
    title: 'Jambi menjadi daerah prioritas akses internet dan kapasitas digital ASN',
    committedByOrganizationId: komdigiId,
    ownerOrganizationId: jambiId,
    regionCodes: ['15'],
    ...overrides,
  };
}

async function storedLinks(commitmentId: string) {
  const [rows, column] = await Promise.all([
    api.database.db
      .selectFrom('commitmentProposals')
      .select(['proposalId', 'position'])
      .where('commitmentId', '=', commitmentId)
      .orderBy('position')
      .execute(),
    api.database.db
      .selectFrom('commitments')
      .select('proposalId')
      .where('id', '=', commitmentId)
      .executeTakeFirstOrThrow(),
  ]);
  return { ids: rows.map((r) => r.proposalId), first: column.proposalId };
}

async function lastEvent(commitmentId: string) {
  return api.database.db
    .selectFrom('events')
    .select(['eventType', 'payload'])
    .where('aggregateId', '=', commitmentId)
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
}

async function fieldOf(call: Promise<unknown>): Promise<{ code: string; field: string | undefined }> {
  const error = (await call.then(
    () => undefined,
    (e: unknown) => e,
  )) as { code: string; cause?: unknown } | undefined;
  if (!error) throw new Error('expected the call to be refused');
  const cause = error.cause;
  if (cause instanceof ZodError) return { code: error.code, field: cause.issues[0]?.path.join('.') };
  return { code: error.code, field: cause instanceof DomainError ? cause.field : undefined };
}

describe('a commitment answering several proposals', () => {
  it('links every proposal in order, keeps the first as `proposal`, and names them all in CommitmentMade', async () => {
    const made = await api.caller().commitments.create(reply({ proposalIds: [totId, blankSpotId] }));
    expect(made.proposals.map((p) => (p.outsideScope ? null : [p.id, p.status]))).toEqual([
      [totId, 'partly_accepted'],
      [blankSpotId, 'accepted'],
    ]);
    expect(made.proposal).toEqual(made.proposals[0]);
    expect(await storedLinks(made.id)).toEqual({ ids: [totId, blankSpotId], first: totId });
    const event = await lastEvent(made.id);
    expect(event.eventType).toBe('CommitmentMade');
    expect(event.payload).toMatchObject({ proposalId: totId, proposalIds: [totId, blankSpotId] });
  });

  it('reads `proposalId` alone as a list of one; refuses both forms when they disagree, and repeats', async () => {
    const made = await api.caller().commitments.create(reply({ proposalId: blankSpotId }));
    expect(made.proposals.map((p) => !p.outsideScope && p.id)).toEqual([blankSpotId]);
    const agreeing = await api
      .caller()
      .commitments.create(reply({ proposalId: totId, proposalIds: [totId, blankSpotId] }));
    expect(agreeing.proposals).toHaveLength(2);

    const { db } = api.database;
    const create = (input: Partial<CommitmentCreateInput>) => api.caller().commitments.create(reply(input));
    await refusedWithoutEffect(
      db,
      () => create({ proposalId: blankSpotId, proposalIds: [totId] }),
      'BAD_REQUEST',
    );
    expect(await fieldOf(create({ proposalId: blankSpotId, proposalIds: [totId] }))).toEqual({
      code: 'BAD_REQUEST',
      field: 'proposalId',
    });
    expect(await fieldOf(create({ proposalIds: [totId, totId] }))).toEqual({
      code: 'BAD_REQUEST',
      field: 'proposalIds.1',
    });
    const many = Array.from({ length: 21 }, () => randomUUID());
    expect((await fieldOf(create({ proposalIds: many }))).field).toBe('proposalIds');
  });

  it('refuses, without a trace, a proposal the caller may not read or one not accepted', async () => {
    const { db } = api.database;
    const asJambi = api.callerAs(jambiHead);
    const create = (proposalIds: string[]) => asJambi.commitments.create(reply({ proposalIds }));
    await refusedWithoutEffect(db, () => create([totId, banyuasinId]), 'NOT_FOUND');
    expect(await fieldOf(create([totId, banyuasinId]))).toEqual({
      code: 'NOT_FOUND',
      field: 'proposalIds.1',
    });
    await refusedWithoutEffect(db, () => create([totId, draftId]), 'BAD_REQUEST');
    expect(await fieldOf(create([totId, draftId]))).toEqual({ code: 'BAD_REQUEST', field: 'proposalIds.1' });
    // An unknown id reads as one outside the region: nothing is told about it.
    expect(await fieldOf(create([randomUUID()]))).toEqual({ code: 'NOT_FOUND', field: 'proposalIds.0' });

    const made = await asJambi.commitments.create(reply({ proposalIds: [totId] }));
    const update = (proposalIds: string[]) =>
      asJambi.commitments.update({ ...reply({ proposalIds }), id: made.id, version: made.version });
    await refusedWithoutEffect(db, () => update([totId, banyuasinId]), 'NOT_FOUND');
    await refusedWithoutEffect(db, () => update([draftId]), 'BAD_REQUEST');
    expect(await storedLinks(made.id)).toEqual({ ids: [totId], first: totId });
  });

  it('adds and removes proposals on update, in the same transaction as the event that names them', async () => {
    const caller = api.caller();
    const made = await caller.commitments.create(reply({ proposalIds: [totId] }));
    const added = await caller.commitments.update({
      ...reply({ proposalIds: [blankSpotId, totId] }),
      id: made.id,
      version: made.version,
    });
    expect(await storedLinks(made.id)).toEqual({ ids: [blankSpotId, totId], first: blankSpotId });
    expect((await lastEvent(made.id)).payload).toMatchObject({
      changes: {
        proposalIds: { added: [blankSpotId], removed: [] },
        proposalId: { from: totId, to: blankSpotId },
      },
    });
    const removed = await caller.commitments.update({
      ...reply({ proposalIds: [blankSpotId] }),
      id: made.id,
      version: added.version,
    });
    expect(removed.proposals.map((p) => !p.outsideScope && p.id)).toEqual([blankSpotId]);
    expect((await lastEvent(made.id)).payload).toMatchObject({
      changes: { proposalIds: { added: [], removed: [totId] } },
    });
    const cleared = await caller.commitments.update({
      ...reply({ proposalIds: [] }),
      id: made.id,
      version: removed.version,
    });
    expect(cleared.proposal).toBeNull();
    expect(await storedLinks(made.id)).toEqual({ ids: [], first: null });
  });

  it('keeps a proposal outside the editor’s region that their form could not show', async () => {
    const made = await api.caller().commitments.create(reply({ proposalIds: [banyuasinId, totId] }));
    const asJambi = api.callerAs(jambiHead);
    const seen = await asJambi.commitments.get({ id: made.id });
    expect(seen.proposals).toEqual([{ outsideScope: true }, expect.objectContaining({ id: totId })]);
    await asJambi.commitments.update({
      ...reply({ proposalIds: [blankSpotId] }),
      id: made.id,
      version: seen.version,
    });
    expect(await storedLinks(made.id)).toEqual({ ids: [blankSpotId, banyuasinId], first: blankSpotId });
    expect((await lastEvent(made.id)).payload).toMatchObject({
      changes: { proposalIds: { added: [blankSpotId], removed: [totId] } },
    });
  });

  it('finds a commitment through any proposal it answers: the list filter and the proposal page', async () => {
    const both = await api
      .caller()
      .commitments.create(
        reply({ title: 'Balasan Komdigi untuk dua usulan', proposalIds: [totId, blankSpotId] }),
      );
    const listed = await api.caller().commitments.list({ proposalId: blankSpotId, limit: 50 });
    expect(listed.items.map((c) => c.id)).toContain(both.id);
    const page = await api.caller().proposals.get({ id: blankSpotId });
    expect(page.commitments.map((c) => !c.outsideScope && c.id)).toContain(both.id);
    const other = await api.caller().commitments.list({ proposalId: draftId, limit: 50 });
    expect(other.items).toEqual([]);
  });
});
