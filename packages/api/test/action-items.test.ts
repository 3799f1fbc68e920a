import { randomUUID } from 'node:crypto';
import { todayIn } from '@tindak/shared';
import type { TRPCError } from '@trpc/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApi } from './support';
import { countRows, makeOffice, meetingInput } from './support/fixtures';

const api = useTestApi();
let provinceId: string;
let kerinciId: string;
let meetingId: string;
let headId: string;
let staffId: string;

const inDays = (n: number) => {
  const [y, m, d] = todayIn().split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
};

beforeAll(async () => {
  provinceId = (await makeOffice(api, 'Diskominfo Provinsi Jambi', '15')).id;
  kerinciId = (await makeOffice(api, 'Diskominfo Kabupaten Kerinci', '15.01')).id;
  meetingId = (await api.caller().meetings.create(meetingInput(provinceId))).id;
  headId = (
    await api.caller().people.create({ fullName: 'Drs. Ariansyah, M.E.', organizationId: provinceId })
  ).id;
  staffId = (await api.caller().people.create({ fullName: 'Staf Kerinci', organizationId: kerinciId })).id;
});

function newItem(overrides: Record<string, unknown> = {}) {
  return api.caller().actionItems.create({
    title: 'Migrasi hosting ke Data Center Provinsi',
    description: 'Pindahkan aplikasi dari hosting berbayar di luar Jambi.',
    meetingId,
    ownerOrganizationId: provinceId,
    ownerPersonId: headId,
    assignedByPersonId: headId,
    dueOn: inDays(30),
    ...overrides,
  });
}

async function eventsOf(id: string) {
  const rows = await api.database.db
    .selectFrom('events')
    .select('eventType')
    .where('aggregateId', '=', id)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.eventType);
}

describe('an action item from assignment to verified', () => {
  it('passes down, gets an extension, is rejected once and then verified', async () => {
    let item = await newItem();
    expect(item).toMatchObject({ status: 'open', health: 'on_track', region: { code: '15' } });
    expect(item.chain).toHaveLength(1);

    item = await api.caller().actionItems.delegate({
      id: item.id,
      version: item.version,
      toOrganizationId: kerinciId,
      toPersonId: staffId,
      instruction: 'Mohon inventarisasi aplikasi yang masih di hosting luar.',
    });
    expect(item.ownerOrganization.id).toBe(kerinciId);
    expect(item.region?.code).toBe('15.01');
    expect(item.chain.map((s) => [s.step, s.to.organization.name, s.instruction])).toEqual([
      [1, 'Diskominfo Provinsi Jambi', 'Pindahkan aplikasi dari hosting berbayar di luar Jambi.'],
      [2, 'Diskominfo Kabupaten Kerinci', 'Mohon inventarisasi aplikasi yang masih di hosting luar.'],
    ]);

    const newDue = inDays(45);
    item = await api.caller().actionItems.requestExtension({
      id: item.id,
      version: item.version,
      requestedDueOn: newDue,
      reason: 'Menunggu anggaran perubahan.',
    });
    const request = item.extensions[0];
    expect(request).toMatchObject({ status: 'pending', requestedDueOn: newDue });
    item = await api.caller().actionItems.decideExtension({
      id: item.id,
      version: item.version,
      extensionId: request?.id as string,
      approve: true,
    });
    expect(item.dueOn).toBe(newDue);
    expect(item.extensions[0]?.status).toBe('approved');

    item = await api
      .caller()
      .actionItems.reportProgress({ id: item.id, version: item.version, progress: 40 });
    expect(item).toMatchObject({ status: 'in_progress', progress: 40 });

    item = await api.caller().actionItems.submitEvidence({
      id: item.id,
      version: item.version,
      note: 'Daftar aplikasi terlampir.',
      link: 'https://jambiprov.go.id/data-center',
    });
    expect(item.status).toBe('awaiting_verification');
    expect(item.allowedActions).toEqual(expect.arrayContaining(['acceptEvidence', 'rejectEvidence']));

    item = await api.caller().actionItems.verify({
      id: item.id,
      version: item.version,
      accept: false,
      reason: 'Belum ada berita acara migrasi.',
    });
    expect(item.status).toBe('in_progress');
    expect(item.evidence[0]).toMatchObject({
      verdict: 'rejected',
      verdictReason: 'Belum ada berita acara migrasi.',
    });

    item = await api.caller().actionItems.submitEvidence({
      id: item.id,
      version: item.version,
      note: 'Berita acara migrasi ditandatangani.',
    });
    item = await api.caller().actionItems.verify({ id: item.id, version: item.version, accept: true });
    expect(item).toMatchObject({ status: 'done', health: null, allowedActions: [] });
    expect(item.completedAt).not.toBeNull();

    expect(await eventsOf(item.id)).toEqual([
      'ActionItemAssigned',
      'ActionItemDelegated',
      'ExtensionRequested',
      'ExtensionDecided',
      'ProgressReported',
      'EvidenceSubmitted',
      'ActionItemVerified',
      'EvidenceSubmitted',
      'ActionItemVerified',
    ]);
    expect(item.history.map((h) => h.eventType)[0]).toBe('ActionItemVerified');
    // Who did it, by name, for the item's history.
    expect(item.history[0]?.actorName).toBe(api.head.displayName);
  });
});

describe('rules', () => {
  it('refuses verification of an item nobody submitted evidence for, and writes nothing', async () => {
    const item = await newItem();
    const before = await countRows(api, 'events');
    await expect(
      api.caller().actionItems.verify({ id: item.id, version: item.version, accept: true }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      cause: { messageKey: 'illegalTransition', param: 'open' },
    });
    expect(await countRows(api, 'events')).toBe(before);
    expect((await api.caller().actionItems.get({ id: item.id })).version).toBe(item.version);
  });

  it('needs a reason to reject evidence, to block and to turn down an extension', async () => {
    const item = await newItem();
    await expect(
      api.caller().actionItems.changeStatus({ id: item.id, version: item.version, action: 'block' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(
      api.caller().actionItems.verify({ id: item.id, version: item.version, accept: false }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('refuses an extension that is not later, and a second one while the first is pending', async () => {
    let item = await newItem({ dueOn: inDays(10) });
    await expect(
      api.caller().actionItems.requestExtension({
        id: item.id,
        version: item.version,
        requestedDueOn: inDays(5),
        reason: 'x',
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    item = await api.caller().actionItems.requestExtension({
      id: item.id,
      version: item.version,
      requestedDueOn: inDays(20),
      reason: 'Menunggu data BPS.',
    });
    await expect(
      api.caller().actionItems.requestExtension({
        id: item.id,
        version: item.version,
        requestedDueOn: inDays(25),
        reason: 'y',
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    item = await api.caller().actionItems.decideExtension({
      id: item.id,
      version: item.version,
      extensionId: item.extensions[0]?.id as string,
      approve: false,
      note: 'Data BPS sudah tersedia.',
    });
    expect(item.dueOn).toBe(inDays(10));
    expect(item.extensions[0]).toMatchObject({
      status: 'rejected',
      decisionNote: 'Data BPS sudah tersedia.',
    });
  });

  it('lets one of two edits from the same version win; the other gets CONFLICT with the current item', async () => {
    const item = await newItem();
    const edit = (title: string) =>
      api.caller().actionItems.update({
        id: item.id,
        version: item.version,
        title,
        description: null,
        ownerPersonId: headId,
        dueOn: item.dueOn,
        priority: 'high',
      });
    const outcomes = await Promise.allSettled([edit('Versi A'), edit('Versi B')]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const lost = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
    const error = lost?.reason as TRPCError;
    expect(error.code).toBe('CONFLICT');
    expect((error.cause as { current?: { version: number } }).current?.version).toBe(item.version + 1);
  });

  it('creates one item for a retried request', async () => {
    const idempotencyKey = randomUUID();
    const [a, b] = await Promise.all([newItem({ idempotencyKey }), newItem({ idempotencyKey })]);
    expect(a.id).toBe(b.id);
    expect(await eventsOf(a.id)).toEqual(['ActionItemAssigned']);
  });

  it.each([
    ['a blank title', { title: ' ' }, 'BAD_REQUEST'],
    ['no source', { meetingId: null }, 'BAD_REQUEST'],
    ['an impossible date', { dueOn: '2025-02-30' }, 'BAD_REQUEST'],
    ['an oversized description', { description: 'x'.repeat(10_001) }, 'BAD_REQUEST'],
    ['an unknown owner office', { ownerOrganizationId: randomUUID() }, 'NOT_FOUND'],
    ['an unknown meeting', { meetingId: randomUUID() }, 'NOT_FOUND'],
  ])('rejects %s and writes nothing', async (_label, overrides, code) => {
    const before = [await countRows(api, 'events'), await countRows(api, 'meetings')];
    await expect(newItem(overrides)).rejects.toMatchObject({ code });
    expect([await countRows(api, 'events'), await countRows(api, 'meetings')]).toEqual(before);
  });

  it('records comments as events', async () => {
    const item = await newItem();
    const commented = await api.caller().actionItems.comment({ id: item.id, body: 'Sudah dikoordinasikan.' });
    expect(commented.comments.map((c) => c.body)).toEqual(['Sudah dikoordinasikan.']);
    expect(await eventsOf(item.id)).toEqual(['ActionItemAssigned', 'CommentAdded']);
  });
});
