import { todayIn } from '@tindak/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApi } from './support';
import { makeOffice, meetingInput } from './support/fixtures';

/**
 * Issue 21: progress says what happened (evidence implies 100% as an event of its own, a rejection
 * returns to what a person reported), a head may approve another date than the one asked for, and
 * the last decision stays at the top of the item until its owner acts.
 */
const api = useTestApi();
let officeId: string;
let meetingId: string;

const inDays = (n: number) => {
  const [y, m, d] = todayIn().split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
};

beforeAll(async () => {
  officeId = (await makeOffice(api, 'Diskominfo Kabupaten Kerinci', '15.01')).id;
  meetingId = (await api.caller().meetings.create(meetingInput(officeId))).id;
});

function newItem() {
  return api.caller().actionItems.create({
    title: 'Migrasi hosting ke Data Center',
    meetingId,
    ownerOrganizationId: officeId,
    dueOn: inDays(30),
  });
}

async function storedProgress(id: string) {
  const row = await api.database.db
    .selectFrom('actionItems')
    .select('progress')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return row.progress;
}

async function payloadsOf(id: string, eventType: string) {
  const rows = await api.database.db
    .selectFrom('events')
    .select('payload')
    .where('aggregateId', '=', id)
    .where('eventType', '=', eventType)
    .orderBy('id')
    .execute();
  return rows.map((r) => r.payload as Record<string, unknown>);
}

describe('progress says what happened', () => {
  it('records the 100% evidence implies, and a rejection returns to the last reported value', async () => {
    let item = await newItem();
    item = await api
      .caller()
      .actionItems.reportProgress({ id: item.id, version: item.version, progress: 40 });
    item = await api.caller().actionItems.submitEvidence({
      id: item.id,
      version: item.version,
      note: 'Daftar aplikasi terlampir.',
    });
    expect(item.progress).toBe(100);
    expect(await storedProgress(item.id)).toBe(100);
    expect((await payloadsOf(item.id, 'EvidenceSubmitted'))[0]).toMatchObject({
      progress: { from: 40, to: 100 },
    });

    item = await api.caller().actionItems.verify({
      id: item.id,
      version: item.version,
      accept: false,
      reason: 'Belum ada berita acara.',
    });
    expect(item).toMatchObject({ status: 'in_progress', progress: 40 });
    expect(await storedProgress(item.id)).toBe(40);
    expect((await payloadsOf(item.id, 'ActionItemVerified'))[0]).toMatchObject({
      outcome: 'rejected',
      progress: { from: 100, to: 40 },
    });
  });

  it('returns to 0 when nobody reported progress before the evidence', async () => {
    let item = await newItem();
    item = await api
      .caller()
      .actionItems.submitEvidence({ id: item.id, version: item.version, note: 'Selesai.' });
    item = await api.caller().actionItems.verify({
      id: item.id,
      version: item.version,
      accept: false,
      reason: 'Tidak lengkap.',
    });
    expect(item.progress).toBe(0);
    expect((await payloadsOf(item.id, 'ActionItemVerified'))[0]).toMatchObject({
      progress: { from: 100, to: 0 },
    });
  });

  it('keeps 100% and records no progress change when an accepted item was already at 100%', async () => {
    let item = await newItem();
    item = await api
      .caller()
      .actionItems.reportProgress({ id: item.id, version: item.version, progress: 100 });
    item = await api
      .caller()
      .actionItems.submitEvidence({ id: item.id, version: item.version, note: 'Selesai.' });
    item = await api.caller().actionItems.verify({ id: item.id, version: item.version, accept: true });
    expect(item).toMatchObject({ status: 'done', progress: 100 });
    expect((await payloadsOf(item.id, 'EvidenceSubmitted'))[0]).not.toHaveProperty('progress');
    expect((await payloadsOf(item.id, 'ActionItemVerified'))[0]).not.toHaveProperty('progress');
  });
});

async function withPendingExtension(requested: string) {
  const item = await newItem();
  return api.caller().actionItems.requestExtension({
    id: item.id,
    version: item.version,
    requestedDueOn: requested,
    reason: 'Menunggu anggaran perubahan.',
  });
}

describe('approving an extension with another date', () => {
  it('sets the date the head chose, with the reason, in the row, the event and the extension', async () => {
    const item = await withPendingExtension(inDays(60));
    const extensionId = item.extensions[0]?.id as string;
    const decided = await api.caller().actionItems.decideExtension({
      id: item.id,
      version: item.version,
      extensionId,
      approve: true,
      approvedDueOn: inDays(45),
      note: 'Cukup dua minggu tambahan.',
    });
    expect(decided.dueOn).toBe(inDays(45));
    expect(decided.extensions[0]).toMatchObject({ status: 'approved', approvedDueOn: inDays(45) });
    expect((await payloadsOf(item.id, 'ExtensionDecided'))[0]).toEqual({
      extensionId,
      approved: true,
      note: 'Cukup dua minggu tambahan.',
      dueOn: { from: inDays(30), to: inDays(45) },
      requestedDueOn: inDays(60),
    });
  });

  it('needs a reason for another date, and a date later than the current deadline; refusals write nothing', async () => {
    const item = await withPendingExtension(inDays(60));
    const extensionId = item.extensions[0]?.id as string;
    const decide = (approvedDueOn: string, note: string | null) =>
      api.caller().actionItems.decideExtension({
        id: item.id,
        version: item.version,
        extensionId,
        approve: true,
        approvedDueOn,
        note,
      });
    await expect(decide(inDays(45), null)).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      cause: { messageKey: 'reasonRequired' },
    });
    await expect(decide(inDays(20), 'Lebih cepat.')).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      cause: { messageKey: 'extensionMustBeLater' },
    });
    const after = await api.caller().actionItems.get({ id: item.id });
    expect(after).toMatchObject({ version: item.version, dueOn: inDays(30) });
    expect(after.extensions[0]?.status).toBe('pending');
    // The requested date itself needs no reason.
    const approved = await decide(inDays(60), null);
    expect(approved.dueOn).toBe(inDays(60));
    expect(approved.extensions[0]?.approvedDueOn).toBe(inDays(60));
  });
});

describe('the latest decision, until the owner acts', () => {
  it('shows a rejection of evidence until the owner reports progress', async () => {
    let item = await newItem();
    expect(item.latestDecision).toBeNull();
    item = await api
      .caller()
      .actionItems.submitEvidence({ id: item.id, version: item.version, note: 'Selesai.' });
    item = await api.caller().actionItems.verify({
      id: item.id,
      version: item.version,
      accept: false,
      reason: 'Belum ada berita acara.',
    });
    expect(item.latestDecision).toMatchObject({
      kind: 'evidenceRejected',
      reason: 'Belum ada berita acara.',
    });
    // A comment is not acting on the decision.
    item = await api.caller().actionItems.comment({ id: item.id, body: 'Baik, akan dilengkapi.' });
    expect(item.latestDecision?.kind).toBe('evidenceRejected');
    item = await api
      .caller()
      .actionItems.reportProgress({ id: item.id, version: item.version, progress: 60 });
    expect(item.latestDecision).toBeNull();
  });

  it('shows an approved extension with its date, and a refused one until a new request', async () => {
    let item = await withPendingExtension(inDays(60));
    item = await api.caller().actionItems.decideExtension({
      id: item.id,
      version: item.version,
      extensionId: item.extensions[0]?.id as string,
      approve: true,
      approvedDueOn: inDays(50),
      note: 'Sepuluh hari lebih singkat.',
    });
    expect(item.latestDecision).toMatchObject({
      kind: 'extensionApproved',
      dueOn: inDays(50),
      requestedDueOn: inDays(60),
      note: 'Sepuluh hari lebih singkat.',
    });
    item = await api.caller().actionItems.requestExtension({
      id: item.id,
      version: item.version,
      requestedDueOn: inDays(70),
      reason: 'Masih kurang.',
    });
    expect(item.latestDecision).toBeNull();
    item = await api.caller().actionItems.decideExtension({
      id: item.id,
      version: item.version,
      extensionId: item.extensions[0]?.id as string,
      approve: false,
      note: 'Tidak ada tambahan lagi.',
    });
    expect(item.latestDecision).toMatchObject({ kind: 'extensionRefused', note: 'Tidak ada tambahan lagi.' });
  });
});
