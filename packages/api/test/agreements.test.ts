import { randomUUID } from 'node:crypto';
import type { AgreementCreateInput } from '@tindak/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../src/context';
import { canReadFile, storeFile } from '../src/services/file.service';
import { createUser, useTestApi } from './support';
import { meetingInput } from './support/fixtures';
import { expectRefusal } from './support/indicators';
import { refusedWithoutEffect } from './support/refusal-check';

/**
 * Agreements (issue 19): several parties sign one document with several scope items; each party's
 * promise is a commitment linked to it. Kept by the office that records it (Diskominfo Banyuasin,
 * 16.07): its secretariat and heads (and the province's) change it; the parties' regions read it.
 */
const api = useTestApi();
const db = () => api.database.db;

let offices: {
  banyuasin: string;
  province: string;
  apjii: string;
  jala: string;
  satata: string;
  djaya: string;
  jambi: string;
};
let users: Record<
  'banyuasinSecretariat' | 'banyuasinHead' | 'banyuasinStaff' | 'provinceHead' | 'jambiHead' | 'jambiViewer',
  SessionUser
>;
let meetingId: string;

const as = (user: keyof typeof users) => api.callerAs(users[user]);
const refused = (call: () => Promise<unknown>, code: string) => refusedWithoutEffect(db(), call, code);

async function office(
  name: string,
  kind: 'diskominfo' | 'company' | 'association',
  regionCode: string | null,
) {
  return (await api.caller().organizations.create({ name, kind, regionCode })).id;
}

beforeAll(async () => {
  offices = {
    banyuasin: await office('Diskominfo Kabupaten Banyuasin', 'diskominfo', '16.07'),
    province: await office('Diskominfo Provinsi Sumatera Selatan', 'diskominfo', '16'),
    apjii: await office('Asosiasi Penyelenggara Jasa Internet Indonesia', 'association', null),
    jala: await office('PT Jala Nusa Telematika', 'company', null),
    satata: await office('PT Satata Neka Tama', 'company', null),
    djaya: await office('PT Djaya Sampoerna Net', 'company', null),
    jambi: await office('Diskominfo Kota Jambi', 'diskominfo', '15.71'),
  };
  const user = (role: SessionUser['role'], organizationId: string) =>
    createUser(api, { role, organizationId });
  users = {
    banyuasinSecretariat: await user('secretariat', offices.banyuasin),
    banyuasinHead: await user('head', offices.banyuasin),
    banyuasinStaff: await user('staff', offices.banyuasin),
    provinceHead: await user('head', offices.province),
    jambiHead: await user('head', offices.jambi),
    jambiViewer: await user('viewer', offices.jambi),
  };
  meetingId = (
    await api.caller().meetings.create(
      meetingInput(offices.banyuasin, {
        type: 'audiensi',
        title: 'Audiensi Banyuasin dengan penyedia internet',
        startsAt: '2025-07-31T09:00:00+07:00',
        endsAt: '2025-07-31T12:00:00+07:00',
        place: 'Hotel Alts Palembang',
      }),
    )
  ).id;
});

function banyuasinAgreement(overrides: Partial<AgreementCreateInput> = {}): AgreementCreateInput {
  return {
    kind: 'kesepakatan',
    title: 'Kesepakatan Transformasi Digital Banyuasin',
    ownerOrganizationId: offices.banyuasin,
    meetingId,
    parties: [
      { organizationId: offices.banyuasin, signatoryName: 'Ir. Erwin Ibrahim', signatoryPosition: 'Sekda' },
      { organizationId: offices.apjii, signatoryName: 'Muhammad Yunus' },
      { organizationId: offices.jala },
      { organizationId: offices.satata },
      { organizationId: offices.djaya },
    ],
    scopeItems: ['Revitalisasi infrastruktur pasif telekomunikasi', 'Penyediaan layanan internet desa'],
    ...overrides,
  };
}

async function eventsOf(id: string) {
  return db()
    .selectFrom('events')
    .select(['eventType', 'payload', 'actorId'])
    .where('aggregateType', '=', 'agreement')
    .where('aggregateId', '=', id)
    .orderBy('id')
    .execute();
}

describe('recording an agreement', () => {
  it('keeps its parties and scope items in order, links the meeting, and records AgreementDrafted', async () => {
    const agreement = await as('banyuasinSecretariat').agreements.create(banyuasinAgreement());
    expect(agreement).toMatchObject({
      kind: 'kesepakatan',
      status: 'draft',
      owner: { id: offices.banyuasin, name: 'Diskominfo Kabupaten Banyuasin' },
      region: { code: '16.07' },
      meeting: { id: meetingId, outsideScope: false },
      version: 1,
      canEdit: true,
      allowedActions: ['sign', 'cancel'],
      document: null,
    });
    expect(agreement.partyDetails.map((p) => p.organization.id)).toEqual([
      offices.banyuasin,
      offices.apjii,
      offices.jala,
      offices.satata,
      offices.djaya,
    ]);
    expect(agreement.partyDetails[0]).toMatchObject({ signatoryName: 'Ir. Erwin Ibrahim', commitments: [] });
    expect(agreement.scopeItems).toEqual([
      { position: 0, text: 'Revitalisasi infrastruktur pasif telekomunikasi' },
      { position: 1, text: 'Penyediaan layanan internet desa' },
    ]);
    const events = await eventsOf(agreement.id);
    expect(events.map((e) => e.eventType)).toEqual(['AgreementDrafted']);
    expect(events[0]).toMatchObject({
      actorId: users.banyuasinSecretariat.id,
      payload: { title: agreement.title, scopeItems: agreement.scopeItems.map((s) => s.text) },
    });
  });

  it('makes one agreement for a retried request', async () => {
    const input = banyuasinAgreement({ title: 'MoU diulang', kind: 'mou', idempotencyKey: randomUUID() });
    const first = await as('banyuasinHead').agreements.create(input);
    const again = await as('banyuasinHead').agreements.create(input);
    expect(again.id).toBe(first.id);
    expect(await eventsOf(first.id)).toHaveLength(1);
  });

  it('asks for two to twenty distinct parties and at most fifty scope items', async () => {
    const one = banyuasinAgreement({ parties: [{ organizationId: offices.banyuasin }] });
    await refused(() => as('banyuasinHead').agreements.create(one), 'BAD_REQUEST');
    const twice = banyuasinAgreement({
      parties: [{ organizationId: offices.apjii }, { organizationId: offices.apjii }],
    });
    await refused(() => as('banyuasinHead').agreements.create(twice), 'BAD_REQUEST');
    const many = banyuasinAgreement({ scopeItems: Array.from({ length: 51 }, (_, i) => `Ruang ${i}`) });
    await refused(() => as('banyuasinHead').agreements.create(many), 'BAD_REQUEST');
    const parties = Array.from({ length: 21 }, () => ({ organizationId: randomUUID() }));
    await refused(
      () => as('banyuasinHead').agreements.create(banyuasinAgreement({ parties })),
      'BAD_REQUEST',
    );
  });

  it('names the party that is not in the directory or no longer active', async () => {
    const unknown = banyuasinAgreement({
      parties: [{ organizationId: offices.banyuasin }, { organizationId: randomUUID() }],
    });
    await expectRefusal(
      as('banyuasinHead').agreements.create(unknown),
      'NOT_FOUND',
      'organizationNotFound',
      'parties.1.organizationId',
    );
    const closed = await office('PT Tutup', 'company', null);
    await db().updateTable('organizations').set({ active: false }).where('id', '=', closed).execute();
    await refused(
      () =>
        as('banyuasinHead').agreements.create(
          banyuasinAgreement({
            parties: [{ organizationId: offices.banyuasin }, { organizationId: closed }],
          }),
        ),
      'NOT_FOUND',
    );
  });

  it('is refused, writing nothing, to those who do not keep the office', async () => {
    await refused(() => as('jambiHead').agreements.create(banyuasinAgreement()), 'FORBIDDEN');
    await refused(() => as('banyuasinStaff').agreements.create(banyuasinAgreement()), 'FORBIDDEN');
    await expectRefusal(
      as('jambiHead').agreements.create(banyuasinAgreement()),
      'FORBIDDEN',
      'notKeeperOfAgreement',
      'ownerOrganizationId',
    );
    // The province's head keeps its regencies' agreements.
    await as('provinceHead').agreements.create(banyuasinAgreement({ title: 'Kesepakatan provinsi' }));
  });
});

describe('who reads an agreement', () => {
  it('is read where the keeping office or a party lies in scope, and looks missing elsewhere', async () => {
    const agreement = await as('banyuasinSecretariat').agreements.create(banyuasinAgreement());
    await refused(() => as('jambiViewer').agreements.get({ id: agreement.id }), 'NOT_FOUND');
    const listed = await as('jambiViewer').agreements.list({});
    expect(listed.items.map((a) => a.id)).not.toContain(agreement.id);

    const withJambi = await as('banyuasinSecretariat').agreements.create(
      banyuasinAgreement({
        title: 'Kesepakatan dengan Kota Jambi',
        parties: [{ organizationId: offices.banyuasin }, { organizationId: offices.jambi }],
      }),
    );
    const read = await as('jambiHead').agreements.get({ id: withJambi.id });
    // Reading a record never implies the right to change it.
    expect(read).toMatchObject({ canEdit: false, allowedActions: [] });
    await refused(
      () =>
        as('jambiHead').agreements.sign({
          id: withJambi.id,
          version: 1,
          signedOn: '2025-07-31',
          signedPlace: 'Palembang',
        }),
      'FORBIDDEN',
    );
  });
});

describe('changing an agreement', () => {
  it('updates with the current version, records the change, and answers a stale one with CONFLICT', async () => {
    const agreement = await as('banyuasinSecretariat').agreements.create(banyuasinAgreement());
    const input = { ...banyuasinAgreement(), id: agreement.id, version: 1 };
    const updated = await as('banyuasinHead').agreements.update({
      ...input,
      number: '119/PKS/2025',
      scopeItems: ['Penyediaan layanan internet desa', 'Literasi digital produktif'],
    });
    expect(updated).toMatchObject({ number: '119/PKS/2025', version: 2 });
    expect(updated.scopeItems.map((s) => s.text)).toEqual([
      'Penyediaan layanan internet desa',
      'Literasi digital produktif',
    ]);
    const events = await eventsOf(agreement.id);
    expect(events.at(-1)).toMatchObject({
      eventType: 'AgreementUpdated',
      payload: { version: 2, changes: { number: { from: null, to: '119/PKS/2025' } } },
    });
    await refused(() => as('banyuasinHead').agreements.update({ ...input, title: 'Basi' }), 'CONFLICT');
  });

  it('is signed with its day and place, then ended; a closed agreement no longer changes', async () => {
    const draft = await as('banyuasinSecretariat').agreements.create(banyuasinAgreement());
    await refused(
      () =>
        as('banyuasinHead').agreements.sign({
          id: draft.id,
          version: 1,
          signedOn: '2025-07-31',
          signedPlace: '   ',
        }),
      'BAD_REQUEST',
    );
    const signed = await as('banyuasinHead').agreements.sign({
      id: draft.id,
      version: 1,
      signedOn: '2025-07-31',
      signedPlace: 'Palembang',
    });
    expect(signed).toMatchObject({
      status: 'signed',
      signedOn: '2025-07-31',
      signedPlace: 'Palembang',
      allowedActions: ['end', 'cancel'],
    });
    await refused(
      () =>
        as('banyuasinHead').agreements.sign({
          id: draft.id,
          version: signed.version,
          signedOn: '2025-08-01',
          signedPlace: 'Pangkalan Balai',
        }),
      'BAD_REQUEST',
    );
    const ended = await as('banyuasinHead').agreements.end({
      id: draft.id,
      version: signed.version,
      endsOn: '2026-07-31',
    });
    expect(ended).toMatchObject({
      status: 'ended',
      endsOn: '2026-07-31',
      canEdit: false,
      allowedActions: [],
    });
    await expectRefusal(
      as('banyuasinHead').agreements.update({
        ...banyuasinAgreement(),
        id: draft.id,
        version: ended.version,
      }),
      'BAD_REQUEST',
      'agreementClosed',
    );
    expect((await eventsOf(draft.id)).map((e) => e.eventType)).toEqual([
      'AgreementDrafted',
      'AgreementSigned',
      'AgreementEnded',
    ]);
  });

  it('is cancelled with a reason', async () => {
    const draft = await as('banyuasinSecretariat').agreements.create(banyuasinAgreement());
    await refused(
      () => as('banyuasinHead').agreements.cancel({ id: draft.id, version: 1, reason: '' }),
      'BAD_REQUEST',
    );
    const cancelled = await as('banyuasinSecretariat').agreements.cancel({
      id: draft.id,
      version: 1,
      reason: 'Diganti PKS baru.',
    });
    expect(cancelled.status).toBe('cancelled');
    expect((await eventsOf(draft.id)).at(-1)).toMatchObject({
      eventType: 'AgreementCancelled',
      payload: { reason: 'Diganti PKS baru.', from: 'draft', to: 'cancelled' },
    });
  });
});

describe("a party's commitments", () => {
  it('links a promise to the agreement, shows it under its party, and keeps the link on edit', async () => {
    const agreement = await as('banyuasinSecretariat').agreements.create(banyuasinAgreement());
    const promise = await as('banyuasinSecretariat').commitments.create({
      title: 'APJII mendampingi desa digital mandiri',
      committedByOrganizationId: offices.apjii,
      ownerOrganizationId: offices.banyuasin,
      regionCodes: ['16.07'],
      meetingId,
      dueOn: '2020-12-31',
      agreementId: agreement.id,
    });
    expect(promise.agreement).toEqual({ id: agreement.id, title: agreement.title, outsideScope: false });
    const page = await as('banyuasinStaff').agreements.get({ id: agreement.id });
    const apjii = page.partyDetails.find((p) => p.organization.id === offices.apjii);
    expect(apjii?.commitments).toEqual([
      { id: promise.id, title: promise.title, status: 'open', dueOn: '2020-12-31', isOverdue: true },
    ]);
    expect(page.commitments).toEqual({ total: 1, fulfilled: 0, overdue: 1 });

    // An edit that leaves the agreement out keeps it.
    const edited = await as('banyuasinSecretariat').commitments.update({
      id: promise.id,
      version: promise.version,
      title: 'APJII mendampingi 67 desa',
      committedByOrganizationId: offices.apjii,
      ownerOrganizationId: offices.banyuasin,
      regionCodes: ['16.07'],
      meetingId,
    });
    expect(edited.agreement).toMatchObject({ id: agreement.id });

    // The party cannot leave the agreement while its promise is linked.
    await expectRefusal(
      as('banyuasinHead').agreements.update({
        ...banyuasinAgreement(),
        id: agreement.id,
        version: agreement.version,
        parties: [{ organizationId: offices.banyuasin }, { organizationId: offices.jala }],
      }),
      'BAD_REQUEST',
      'agreementPartyHasCommitments',
      'parties',
    );
  });

  it('refuses, writing nothing, a committing party that is not one of the parties, or an unknown agreement', async () => {
    const agreement = await as('banyuasinSecretariat').agreements.create(banyuasinAgreement());
    const input = {
      title: 'Kota Jambi membantu',
      committedByOrganizationId: offices.jambi,
      ownerOrganizationId: offices.banyuasin,
      regionCodes: [],
      agreementId: agreement.id,
    };
    await refused(() => as('banyuasinSecretariat').commitments.create(input), 'BAD_REQUEST');
    await expectRefusal(
      as('banyuasinSecretariat').commitments.create(input),
      'BAD_REQUEST',
      'notPartyOfAgreement',
      'committedByOrganizationId',
    );
    await expectRefusal(
      as('banyuasinSecretariat').commitments.create({
        ...input,
        committedByOrganizationId: offices.jala,
        agreementId: randomUUID(),
      }),
      'NOT_FOUND',
      'agreementNotFound',
      'agreementId',
    );
  });
});

describe('the signed document', () => {
  const pdf = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
  const docx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('word/'), Buffer.alloc(32)]);
  const upload = (user: SessionUser, name: string, content: Buffer) =>
    storeFile(api.context('id', user), name, content);

  it('takes a PDF or image, which the parties then read, and records it', async () => {
    const agreement = await as('banyuasinSecretariat').agreements.create(
      banyuasinAgreement({
        parties: [{ organizationId: offices.banyuasin }, { organizationId: offices.jambi }],
      }),
    );
    const file = await upload(users.banyuasinSecretariat, 'kesepakatan.pdf', pdf);
    expect(await canReadFile(api.context('id', users.jambiViewer), file.id)).toBe(false);
    const attached = await as('banyuasinSecretariat').agreements.attachDocument({
      id: agreement.id,
      version: 1,
      fileId: file.id,
    });
    expect(attached.document).toEqual({
      id: file.id,
      fileName: 'kesepakatan.pdf',
      sizeBytes: pdf.length,
      contentType: 'application/pdf',
    });
    expect(await canReadFile(api.context('id', users.jambiViewer), file.id)).toBe(true);
    expect((await eventsOf(agreement.id)).at(-1)).toMatchObject({
      eventType: 'AgreementDocumentAttached',
      payload: { fileId: file.id, previousFileId: null },
    });
  });

  it('refuses an office file, a file too large, and one the caller may not read', async () => {
    const agreement = await as('banyuasinSecretariat').agreements.create(banyuasinAgreement());
    const word = await upload(users.banyuasinSecretariat, 'kesepakatan.docx', docx);
    await refused(
      () =>
        as('banyuasinSecretariat').agreements.attachDocument({
          id: agreement.id,
          version: 1,
          fileId: word.id,
        }),
      'BAD_REQUEST',
    );
    await expect(
      upload(users.banyuasinSecretariat, 'besar.pdf', Buffer.concat([pdf, Buffer.alloc(10 * 1024 * 1024)])),
    ).rejects.toMatchObject({ messageKey: 'fileTooLarge' });
    const others = await upload(users.jambiHead, 'milik-lain.pdf', pdf);
    await expectRefusal(
      as('banyuasinSecretariat').agreements.attachDocument({
        id: agreement.id,
        version: 1,
        fileId: others.id,
      }),
      'NOT_FOUND',
      'fileNotYours',
      'fileId',
    );
  });
});

describe('listing agreements', () => {
  it('filters by kind, status, party, meeting and words, a page at a time', async () => {
    const pks = await as('banyuasinSecretariat').agreements.create(
      banyuasinAgreement({ kind: 'pks', title: 'PKS Edge Data Center Banyuasin', number: 'PKS-EDGE-01' }),
    );
    const caller = as('banyuasinStaff');
    expect((await caller.agreements.list({ kind: 'pks' })).items.map((a) => a.id)).toContain(pks.id);
    expect((await caller.agreements.list({ q: 'edge-01' })).items.map((a) => a.id)).toEqual([pks.id]);
    expect((await caller.agreements.list({ status: 'signed', q: 'Edge' })).items).toEqual([]);
    const byParty = await caller.agreements.list({ partyOrganizationId: offices.djaya, limit: 100 });
    expect(byParty.items.map((a) => a.id)).toContain(pks.id);
    expect((await caller.agreements.list({ meetingId, limit: 100 })).items.map((a) => a.id)).toContain(
      pks.id,
    );
    expect((await caller.agreements.list({ regionCode: '16', limit: 100 })).items.map((a) => a.id)).toContain(
      pks.id,
    );

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof caller.agreements.list>> = await caller.agreements.list({
        limit: 2,
        cursor,
      });
      seen.push(...page.items.map((a) => a.id));
      cursor = page.nextCursor;
    } while (cursor);
    const all = await caller.agreements.list({ limit: 100 });
    expect(seen).toEqual(all.items.map((a) => a.id));
    expect(all.items.find((a) => a.id === pks.id)).toMatchObject({
      kind: 'pks',
      parties: expect.arrayContaining([
        { id: offices.apjii, name: 'Asosiasi Penyelenggara Jasa Internet Indonesia' },
      ]),
    });
  });
});

describe('merging offices', () => {
  it('keeps one party row when both offices are parties, and moves the keeping office', async () => {
    const keep = await office('PT Satata Neka Tama (utama)', 'company', null);
    const duplicate = await office('PT Satata Neka Tama (ganda)', 'company', null);
    const keeper = await office('Diskominfo Banyuasin (ganda)', 'diskominfo', '16.07');
    const agreement = await api.caller().agreements.create(
      banyuasinAgreement({
        ownerOrganizationId: keeper,
        parties: [{ organizationId: keep }, { organizationId: offices.apjii }, { organizationId: duplicate }],
      }),
    );
    const result = await api.caller().organizations.merge({
      keepId: keep,
      keepVersion: 1,
      duplicateId: duplicate,
      duplicateVersion: 1,
    });
    expect(result.moved).toBeGreaterThan(0);
    const after = await api.caller().agreements.get({ id: agreement.id });
    expect(after.partyDetails.map((p) => p.organization.id)).toEqual([keep, offices.apjii]);

    await api.caller().organizations.merge({
      keepId: offices.banyuasin,
      keepVersion: (
        await db()
          .selectFrom('organizations')
          .select('version')
          .where('id', '=', offices.banyuasin)
          .executeTakeFirstOrThrow()
      ).version,
      duplicateId: keeper,
      duplicateVersion: 1,
    });
    const moved = await api.caller().agreements.get({ id: agreement.id });
    expect(moved.owner.id).toBe(offices.banyuasin);
    expect(moved.version).toBe(after.version + 1);
  });
});
