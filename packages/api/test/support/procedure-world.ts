import type { SessionUser } from '../../src/context';
import { createUser, type TestApi } from './index';

/**
 * A small world of records (a meeting with a guest, a proposal, a commitment, an action item, a
 * user of the office) owned by one office, and one valid input per procedure that acts on it: the
 * authorization matrix and the property tests start from these.
 */
export type Scope = 'in' | 'out';

export interface World {
  scope: Scope;
  officeId: string;
  /** The region of `officeId`. */
  regionCode: string;
  meetingId: string;
  participantId: string;
  proposalId: string;
  commitmentId: string;
  itemId: string;
  /** A user of the world's own office (a pending invitation): what user administration acts on. */
  localUserId: string;
  /** An indicator kept by the office, with a value (2025) and a target (2026) for its region. */
  indicatorId: string;
  /** A draft agreement kept by the office, with a company of its region as the second party. */
  agreementId: string;
}

/** The callers' office is in Kabupaten Kerinci (15.01); records outside their scope in Kabupaten Tebo (15.09). */
export const scopeRegions: Record<Scope, string> = { in: '15.01', out: '15.09' };

/** Diskominfo Kerinci (the callers' office) and Diskominfo Tebo (outside their scope), by scope. */
export async function makeOffices(api: TestApi): Promise<Record<Scope, string>> {
  const insertOffice = async (name: string, regionCode: string) =>
    (
      await api.database.db
        .insertInto('organizations')
        .values({ name, kind: 'diskominfo', regionCode })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  return {
    in: await insertOffice('Diskominfo Kabupaten Kerinci', scopeRegions.in),
    out: await insertOffice('Diskominfo Kabupaten Tebo', scopeRegions.out),
  };
}

/** A world owned by the office of `scope`. */
export async function makeWorld(api: TestApi, offices: Record<Scope, string>, scope: Scope): Promise<World> {
  const system = api.caller();
  const officeId = offices[scope];
  const regionCode = scopeRegions[scope];
  const meeting = await system.meetings.create({
    type: 'rakor',
    title: `Rakor ${scope}`,
    startsAt: '2026-01-05T09:00:00+07:00',
    endsAt: '2026-01-05T11:00:00+07:00',
    place: 'Aula',
    hostOrganizationId: officeId,
    participants: [{ kind: 'guest', guestName: 'Tamu', organizationId: officeId }],
  });
  const proposal = await system.proposals.create({
    title: `Usulan ${scope}`,
    proposerOrganizationIds: [officeId],
    addressedToOrganizationId: officeId,
    meetingIds: [meeting.id],
    submit: true,
  });
  const commitment = await system.commitments.create({
    title: `Komitmen ${scope}`,
    committedByOrganizationId: officeId,
    regionCodes: [regionCode],
    meetingId: meeting.id,
  });
  const item = await system.actionItems.create({
    title: `Tindak lanjut ${scope}`,
    meetingId: meeting.id,
    ownerOrganizationId: officeId,
    dueOn: '2030-06-30',
  });
  const indicator = await system.indicators.define(indicatorFields(officeId));
  await system.indicators.recordValue({
    indicatorId: indicator.id,
    regionCode,
    period: '2025',
    value: 2.5,
    source: { kind: 'note', note: 'Nilai uji' },
  });
  await system.indicators.setTargets({
    indicatorId: indicator.id,
    period: '2026',
    target: 3,
    regions: [{ code: regionCode, version: null }],
  });
  return {
    scope,
    officeId,
    regionCode,
    meetingId: meeting.id,
    participantId: meeting.participants[0]?.id as string,
    proposalId: proposal.id,
    commitmentId: commitment.id,
    itemId: item.id,
    localUserId: (await createUser(api, { role: 'viewer', organizationId: officeId })).id,
    indicatorId: indicator.id,
    agreementId: (await freshAgreement(api, officeId, regionCode)).id,
  };
}

/** A draft agreement kept by `officeId` with a new company of its region (issue 19). */
async function freshAgreement(api: TestApi, officeId: string, regionCode: string) {
  const company = await api.database.db
    .insertInto('organizations')
    .values({ name: `PT Mitra ${Math.random()}`, kind: 'company', regionCode })
    .returning('id')
    .executeTakeFirstOrThrow();
  return api.caller().agreements.create(agreementFields(officeId, company.id));
}

const agreementFields = (officeId: string, companyId: string) => ({
  kind: 'kesepakatan' as const,
  title: 'Kesepakatan uji',
  ownerOrganizationId: officeId,
  parties: [{ organizationId: officeId }, { organizationId: companyId }],
  scopeItems: ['Internet desa'],
});

/** An indicator's fields, named afresh each time (names are unique per region). */
const indicatorFields = (officeId: string) => ({
  name: `Indeks SPBE ${Math.random()}`,
  unit: 'index' as const,
  direction: 'higher_is_better' as const,
  scaleMin: 0,
  scaleMax: 5,
  periodKind: 'year' as const,
  responsibleOrganizationId: officeId,
});

/** The current version of the world's value (2025) or target (2026) for its region. */
async function indicatorRowVersion(api: TestApi, w: World, table: 'indicatorValues' | 'indicatorTargets') {
  const row = await api.database.db
    .selectFrom(table)
    .select('version')
    .where('indicatorId', '=', w.indicatorId)
    .where('regionCode', '=', w.regionCode)
    .where('period', '=', table === 'indicatorValues' ? '2025' : '2026')
    .executeTakeFirstOrThrow();
  return row.version;
}

async function versionOf(
  api: TestApi,
  table: 'meetings' | 'proposals' | 'commitments' | 'actionItems' | 'users' | 'indicators',
  id: string,
) {
  const row = await api.database.db
    .selectFrom(table)
    .select('version')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return row.version;
}

/** A failed email addressed to `owner` (or, without one, to the world's local user). */
async function failedEmail(api: TestApi, owner: SessionUser | null, w: World): Promise<string> {
  const row = await api.database.db
    .insertInto('emails')
    .values({
      dedupeKey: `matrix:${Math.random()}`,
      kind: 'notification',
      userId: owner?.id ?? w.localUserId,
      toAddress: owner?.email ?? 'lokal@uji.demo',
      language: 'id',
      subject: 'Uji',
      html: '<p>Uji</p>',
      textBody: 'Uji',
      status: 'failed',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const meetingFields = (w: World) => ({
  type: 'rakor' as const,
  title: 'Rakor',
  startsAt: '2026-01-05T09:00:00+07:00',
  endsAt: '2026-01-05T11:00:00+07:00',
  place: 'Aula',
  hostOrganizationId: w.officeId,
  participants: [{ kind: 'guest' as const, guestName: 'Tamu', organizationId: w.officeId }],
});

/** A new office in the world's region (version 1): what a directory change acts on, once per call. */
async function freshOffice(api: TestApi, w: World): Promise<string> {
  const row = await api.database.db
    .insertInto('organizations')
    .values({ name: `Kantor ${Math.random()}`, kind: 'other', regionCode: w.regionCode })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A directive the world's office gave itself (version 1): what a directive change acts on, once per call. */
async function freshDirective(api: TestApi, w: World): Promise<string> {
  const directive = await api.caller().directives.issue({
    title: `Arahan ${Math.random()}`,
    meetingId: w.meetingId,
    dueOn: '2030-06-30',
    officeIds: [w.officeId],
    issuedByOrganizationId: w.officeId,
  });
  return directive.id;
}

/** A person of the world's office, without an account: what the people directory acts on. */
async function freshPerson(api: TestApi, w: World): Promise<string> {
  const row = await api.database.db
    .insertInto('people')
    .values({ fullName: `Orang ${Math.random()}`, organizationId: w.officeId })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const attendanceCsv = Buffer.from('Nama;Jabatan\nPeserta Impor;Staf\n').toString('base64');
/** The world's region's 2025 value, corrected, as a spreadsheet of scores says it. */
const indicatorValuesCsv = (w: World) =>
  Buffer.from(`kode_wilayah;periode;nilai\n${w.regionCode};2025;2,9\n`).toString('base64');
const directoryOfficesCsv = Buffer.from('Nama;Singkatan\nKantor Impor;KI\n').toString('base64');
const directoryPeopleCsv = Buffer.from('Nama;Jabatan;Instansi\nOrang Impor;Staf;Kantor Impor\n').toString(
  'base64',
);

type InputFor = (api: TestApi, w: World, caller: SessionUser | null) => Promise<unknown> | unknown;

/** One valid input per procedure, for a world in or out of the caller's scope. */
export const procedureInputs: Record<string, InputFor> = {
  'auth.me': () => undefined,
  'auth.signIn': () => ({ email: 'tidak.ada@uji.demo', password: 'salah-sekali' }),
  'auth.signOut': () => undefined,
  'auth.requestPasswordReset': () => ({ email: 'tidak.ada@uji.demo' }),
  'auth.setPassword': () => ({ token: 'x'.repeat(43), password: 'kata-sandi-baru-123' }),
  'auth.setPreferences': () => ({ language: 'en' }),
  'setup.status': () => undefined,
  'setup.regions': () => undefined,
  // An installation with accounts: the setup is over, whoever asks (a business answer, not a denial).
  'setup.complete': () => ({
    token: 'x'.repeat(43),
    office: { kind: 'ministry', name: 'Kantor Uji Persiapan', regionCode: null },
    admin: { displayName: 'Admin Uji', email: 'persiapan@uji.demo', password: 'kata-sandi-baru-123' },
  }),
  'setup.checklist': () => undefined,
  'setup.sendTestMail': () => undefined,
  'users.list': () => ({ limit: 5, q: 'pengguna' }),
  'users.invite': (_api, w) => ({
    email: `undangan-${Math.random().toString(36).slice(2)}@uji.demo`,
    displayName: 'Undangan',
    role: 'viewer',
    organizationId: w.officeId,
  }),
  'users.update': async (api, w) => ({
    id: w.localUserId,
    version: await versionOf(api, 'users', w.localUserId),
    displayName: 'Pemantau',
    role: 'viewer',
    organizationId: w.officeId,
    active: true,
  }),
  'regions.list': () => undefined,
  'regions.overview': (_api, w) => ({ code: w.regionCode }),
  'regions.national': () => undefined,
  'organizations.list': () => ({}),
  'organizations.create': (_api, w) => ({
    name: `Kantor ${Math.random()}`,
    kind: 'other',
    regionCode: w.regionCode,
  }),
  'organizations.directory': () => ({ q: 'kerinci', status: 'all' }),
  'organizations.update': async (api, w) => ({
    id: await freshOffice(api, w),
    version: 1,
    name: `Kantor ${Math.random()}`,
    kind: 'agency',
    regionCode: w.regionCode,
  }),
  'organizations.setActive': async (api, w) => ({ id: await freshOffice(api, w), version: 1, active: false }),
  'organizations.merge': async (api, w) => ({
    keepId: await freshOffice(api, w),
    keepVersion: 1,
    duplicateId: await freshOffice(api, w),
    duplicateVersion: 1,
  }),
  'people.search': () => ({}),
  'people.create': (_api, w) => ({ fullName: 'Orang Baru', organizationId: w.officeId }),
  'people.directory': () => ({ q: 'nuraini', status: 'all' }),
  'people.get': async (api, w) => ({ id: await freshPerson(api, w) }),
  'people.update': async (api, w) => ({
    id: await freshPerson(api, w),
    version: 1,
    fullName: 'Orang Diubah',
    position: 'Kepala Bidang',
    organizationId: w.officeId,
  }),
  'people.merge': async (api, w) => ({
    keepId: await freshPerson(api, w),
    keepVersion: 1,
    duplicateId: await freshPerson(api, w),
    duplicateVersion: 1,
  }),
  'meetings.list': () => ({}),
  'meetings.get': (_api, w) => ({ id: w.meetingId }),
  'meetings.similar': (_api, w) => ({
    type: 'rakornis',
    startsAt: '2025-11-03T09:00:00+07:00',
    hostOrganizationId: w.officeId,
  }),
  'meetings.create': (_api, w) => meetingFields(w),
  'meetings.update': async (api, w) => ({
    ...meetingFields(w),
    id: w.meetingId,
    version: await versionOf(api, 'meetings', w.meetingId),
  }),
  'meetings.setStatus': async (api, w) => ({
    id: w.meetingId,
    version: await versionOf(api, 'meetings', w.meetingId),
    action: 'postpone',
    reason: 'Uji',
  }),
  'meetings.saveMinutes': async (api, w) => ({
    id: w.meetingId,
    version: await versionOf(api, 'meetings', w.meetingId),
    minutes: 'x',
  }),
  'meetings.recordAttendance': async (api, w) => ({
    id: w.meetingId,
    version: await versionOf(api, 'meetings', w.meetingId),
    entries: [{ participantId: w.participantId, attendance: 'present' }],
    // A fresh key per call: a refused call with a key must leave no receipt behind either.
    idempotencyKey: crypto.randomUUID(),
  }),
  'meetings.attachFile': async (api, w) => ({
    id: w.meetingId,
    version: await versionOf(api, 'meetings', w.meetingId),
    fileId: '00000000-0000-4000-8000-000000000000',
  }),
  'meetings.detachFile': async (api, w) => ({
    id: w.meetingId,
    version: await versionOf(api, 'meetings', w.meetingId),
    fileId: '00000000-0000-4000-8000-000000000000',
  }),
  // The office chosen for the row must be one the caller keeps: out of scope, it is not found.
  'directoryImport.previewFile': (_api, w) => ({
    kind: 'offices',
    content: directoryOfficesCsv,
    choices: [{ rowNumber: 2, action: 'match', matchId: w.officeId }],
  }),
  'directoryImport.applyFile': (_api, w) => ({
    kind: 'people',
    content: directoryPeopleCsv,
    choices: [{ rowNumber: 2, action: 'create', organizationId: w.officeId }],
    idempotencyKey: crypto.randomUUID(),
  }),
  'meetings.previewAttendanceImport': (_api, w) => ({ meetingId: w.meetingId, content: attendanceCsv }),
  // Official letters (issue 19): the signer is the person of the office's own user.
  'letters.invitation': (_api, w) => ({ meetingId: w.meetingId }),
  'letters.setInvitation': async (api, w) => ({
    meetingId: w.meetingId,
    version: await versionOf(api, 'meetings', w.meetingId),
    number: '005/1/Diskominfo/2026',
    date: '2026-01-02',
    signerPersonId: (
      await api.database.db
        .selectFrom('users')
        .select('personId')
        .where('id', '=', w.localUserId)
        .executeTakeFirstOrThrow()
    ).personId,
  }),
  'letters.sendInvitations': async (api, w) => ({
    meetingId: w.meetingId,
    version: await versionOf(api, 'meetings', w.meetingId),
  }),
  'meetingSeries.get': (_api, w) => ({ meetingId: w.meetingId }),
  'meetingSeries.carryOverCandidates': (_api, w) => ({ followsMeetingId: w.meetingId }),
  // The world's meeting follows none: an empty section is the one it may have.
  'meetingSeries.setCarryOver': async (api, w) => ({
    meetingId: w.meetingId,
    version: await versionOf(api, 'meetings', w.meetingId),
    items: [],
  }),
  'meetings.applyAttendanceImport': async (api, w) => ({
    meetingId: w.meetingId,
    version: await versionOf(api, 'meetings', w.meetingId),
    content: attendanceCsv,
  }),
  // The office chosen for the row must be one the caller may pick: out of scope, it is not found.
  'meetings.previewAttendanceRows': (_api, w) => ({
    content: attendanceCsv,
    choices: [{ rowNumber: 2, organizationId: w.officeId }],
  }),
  'proposals.list': () => ({}),
  'proposals.get': (_api, w) => ({ id: w.proposalId }),
  'proposals.create': (_api, w) => ({
    title: 'Usulan',
    proposerOrganizationIds: [w.officeId],
    addressedToOrganizationId: w.officeId,
    meetingIds: [],
    letterNumber: '500/1/Diskominfo',
    letterDate: '2026-01-05',
  }),
  'proposals.update': async (api, w) => ({
    id: w.proposalId,
    version: await versionOf(api, 'proposals', w.proposalId),
    title: 'Usulan diubah',
    proposerOrganizationIds: [w.officeId],
    addressedToOrganizationId: w.officeId,
    meetingIds: [w.meetingId],
  }),
  'proposals.transition': async (api, w) => ({
    id: w.proposalId,
    version: await versionOf(api, 'proposals', w.proposalId),
    action: 'startReview',
  }),
  'agreements.list': () => ({}),
  'agreements.get': (_api, w) => ({ id: w.agreementId }),
  'agreements.create': async (api, w) => {
    const other = await freshOffice(api, w);
    return {
      ...agreementFields(w.officeId, other),
      idempotencyKey: crypto.randomUUID(),
    };
  },
  'agreements.update': async (api, w) => {
    const current = await api.caller().agreements.get({ id: w.agreementId });
    return {
      id: w.agreementId,
      version: current.version,
      ...agreementFields(w.officeId, current.partyDetails[1]?.organization.id as string),
      title: 'Kesepakatan diubah',
    };
  },
  // Each caller acts on a fresh agreement of the world's office: a draft, or a signed one to end.
  'agreements.sign': async (api, w) => {
    const draft = await freshAgreement(api, w.officeId, w.regionCode);
    return { id: draft.id, version: draft.version, signedOn: '2025-03-12', signedPlace: 'Banyuasin' };
  },
  'agreements.end': async (api, w) => {
    const draft = await freshAgreement(api, w.officeId, w.regionCode);
    const signed = await api.caller().agreements.sign({
      id: draft.id,
      version: draft.version,
      signedOn: '2025-03-12',
      signedPlace: 'Banyuasin',
    });
    return { id: signed.id, version: signed.version };
  },
  'agreements.cancel': async (api, w) => {
    const draft = await freshAgreement(api, w.officeId, w.regionCode);
    return { id: draft.id, version: draft.version, reason: 'Tidak jadi.' };
  },
  'agreements.attachDocument': async (api, w) => ({
    id: w.agreementId,
    version: (await api.caller().agreements.get({ id: w.agreementId })).version,
    fileId: '00000000-0000-4000-8000-000000000000',
  }),
  'commitments.list': () => ({}),
  'commitments.parties': () => undefined,
  'commitments.get': (_api, w) => ({ id: w.commitmentId }),
  'commitments.create': (_api, w) => ({
    title: 'Komitmen',
    committedByOrganizationId: w.officeId,
    regionCodes: [],
    meetingId: w.meetingId,
  }),
  'commitments.update': async (api, w) => ({
    id: w.commitmentId,
    version: await versionOf(api, 'commitments', w.commitmentId),
    title: 'Komitmen diubah',
    committedByOrganizationId: w.officeId,
    regionCodes: [],
    meetingId: w.meetingId,
  }),
  'commitments.transition': async (api, w) => ({
    id: w.commitmentId,
    version: await versionOf(api, 'commitments', w.commitmentId),
    action: 'start',
  }),
  'actionItems.list': () => ({}),
  'actionItems.get': (_api, w) => ({ id: w.itemId }),
  'actionItems.summary': () => ({}),
  'actionItems.create': (_api, w) => ({
    title: 'Baru',
    meetingId: w.meetingId,
    ownerOrganizationId: w.officeId,
    dueOn: '2030-01-31',
  }),
  'actionItems.createDraft': (_api, w) => ({
    title: 'Draf',
    meetingId: w.meetingId,
    ownerOrganizationId: w.officeId,
    dueOn: '2030-01-31',
  }),
  // A fresh draft of the world's meeting for each caller (the system drafts it).
  'actionItems.assignDraft': async (api, w) => {
    const draft = await api.caller().actionItems.createDraft({
      title: 'Draf untuk ditugaskan',
      meetingId: w.meetingId,
      ownerOrganizationId: w.officeId,
      dueOn: '2030-01-31',
    });
    return { id: draft.id, version: draft.version };
  },
  'actionItems.cancelDraft': async (api, w) => {
    const draft = await api.caller().actionItems.createDraft({
      title: 'Draf untuk dibatalkan',
      meetingId: w.meetingId,
      ownerOrganizationId: w.officeId,
      dueOn: '2030-01-31',
    });
    return { id: draft.id, version: draft.version, reason: 'Tidak jadi.' };
  },
  'actionItems.update': async (api, w) => ({
    id: w.itemId,
    version: await versionOf(api, 'actionItems', w.itemId),
    title: 'Diubah',
    description: null,
    ownerPersonId: null,
    dueOn: '2030-07-31',
    priority: 'high',
  }),
  'actionItems.changeStatus': async (api, w) => ({
    id: w.itemId,
    version: await versionOf(api, 'actionItems', w.itemId),
    action: 'start',
  }),
  'actionItems.delegate': async (api, w) => ({
    id: w.itemId,
    version: await versionOf(api, 'actionItems', w.itemId),
    toOrganizationId: w.officeId,
    instruction: 'Teruskan',
  }),
  'actionItems.decideExtension': async (api, w) => ({
    id: w.itemId,
    version: await versionOf(api, 'actionItems', w.itemId),
    extensionId: '00000000-0000-4000-8000-000000000000',
    approve: true,
  }),
  'actionItems.verify': async (api, w) => ({
    id: w.itemId,
    version: await versionOf(api, 'actionItems', w.itemId),
    accept: true,
  }),
  'actionItems.reportProgress': async (api, w) => ({
    id: w.itemId,
    version: await versionOf(api, 'actionItems', w.itemId),
    progress: 10,
    idempotencyKey: crypto.randomUUID(),
  }),
  'actionItems.comment': (_api, w) => ({
    id: w.itemId,
    body: 'Catatan',
    idempotencyKey: crypto.randomUUID(),
  }),
  'actionItems.requestExtension': async (api, w) => ({
    id: w.itemId,
    version: await versionOf(api, 'actionItems', w.itemId),
    requestedDueOn: '2031-01-31',
    reason: 'Uji',
  }),
  'actionItems.submitEvidence': async (api, w) => ({
    id: w.itemId,
    version: await versionOf(api, 'actionItems', w.itemId),
    note: 'Bukti',
    idempotencyKey: crypto.randomUUID(),
  }),
  'search.query': () => ({ q: 'rakor' }),
  'dashboard.home': () => ({}),
  'commitments.follow': (_api, w) => ({ id: w.commitmentId, follow: true }),
  'users.resendInvitation': (_api, w) => ({ id: w.localUserId }),
  // Mail: "in scope" is the caller's own mail or digest, "out" someone else's.
  'outbox.list': () => ({}),
  'outbox.get': async (api, w, caller) => ({
    id: await failedEmail(api, w.scope === 'in' ? caller : null, w),
  }),
  'outbox.retry': async (api, w, caller) => ({
    id: await failedEmail(api, w.scope === 'in' ? caller : null, w),
  }),
  'digests.preview': (_api, w) => (w.scope === 'in' ? {} : { userId: w.localUserId }),
  'digests.sendNow': (_api, w) => ({ userId: w.localUserId }),
  'live.onChange': () => ({}),
  'calendar.feedUrl': () => undefined,
  'calendar.createFeed': () => undefined,
  'calendar.revokeFeed': () => undefined,
  'public.provinces': () => undefined,
  'public.commitments': () => ({ provinceCode: '15' }),
  'directives.list': () => ({}),
  'directives.get': async (api, w) => ({ id: await freshDirective(api, w) }),
  'directives.issue': (_api, w) => ({
    title: 'Arahan',
    meetingId: w.meetingId,
    dueOn: '2030-06-30',
    officeIds: [w.officeId],
  }),
  'directives.update': async (api, w) => ({
    id: await freshDirective(api, w),
    version: 1,
    title: 'Arahan diubah',
    dueOn: '2030-07-31',
    priority: 'high',
  }),
  'directives.addOffices': async (api, w) => ({
    id: await freshDirective(api, w),
    version: 1,
    officeIds: [await freshOffice(api, w)],
  }),
  'directives.cancel': async (api, w) => ({ id: await freshDirective(api, w), version: 1, reason: 'Uji' }),
  'indicators.list': () => ({}),
  'indicators.get': (_api, w) => ({ id: w.indicatorId }),
  'indicators.define': (_api, w) => indicatorFields(w.officeId),
  'indicators.update': async (api, w) => ({
    ...indicatorFields(w.officeId),
    id: w.indicatorId,
    version: await versionOf(api, 'indicators', w.indicatorId),
    active: true,
  }),
  'indicators.recordValue': async (api, w) => ({
    indicatorId: w.indicatorId,
    regionCode: w.regionCode,
    period: '2025',
    value: 2.7,
    source: { kind: 'note', note: 'Koreksi' },
    version: await indicatorRowVersion(api, w, 'indicatorValues'),
  }),
  'indicators.setTargets': async (api, w) => ({
    indicatorId: w.indicatorId,
    period: '2026',
    target: 3.1,
    regions: [{ code: w.regionCode, version: await indicatorRowVersion(api, w, 'indicatorTargets') }],
  }),
  // The province ranked: a Kerinci caller sees its own row of it.
  'indicators.ranking': (_api, w) => ({ indicatorId: w.indicatorId, parentRegionCode: '15' }),
  'indicators.regionSeries': (_api, w) => ({ regionCode: w.regionCode }),
  'indicators.valueHistory': (_api, w) => ({
    indicatorId: w.indicatorId,
    regionCode: w.regionCode,
    period: '2025',
  }),
  'indicators.offTarget': () => ({}),
  // The world's own region in a file: out of scope, the indicator itself is not found.
  'indicatorImport.previewFile': (_api, w) => ({
    indicatorId: w.indicatorId,
    fileName: 'nilai.csv',
    contentBase64: indicatorValuesCsv(w),
  }),
  'indicatorImport.applyFile': async (api, w) => ({
    indicatorId: w.indicatorId,
    fileName: 'nilai.csv',
    contentBase64: indicatorValuesCsv(w),
    rows: [{ rowNumber: 2, version: await indicatorRowVersion(api, w, 'indicatorValues') }],
    idempotencyKey: crypto.randomUUID(),
  }),
};
