import { can, type Role, roles } from '@tindak/shared';
import { TRPCError } from '@trpc/server';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../src/context';
import { type ProcedureRule, procedurePolicy } from '../src/policy-table';
import { appRouter } from '../src/root';
import { createUser, useTestApi } from './support';

/**
 * Every procedure x every role x an object in the caller's scope and one outside it, generated
 * from the policy table (the way GitLab and Decidim test their policies). Each role's users work
 * for Diskominfo Kabupaten Kerinci (15.01); "outside" objects belong to Kabupaten Tebo (15.08).
 */
const api = useTestApi();

interface World {
  officeId: string;
  meetingId: string;
  participantId: string;
  proposalId: string;
  commitmentId: string;
  itemId: string;
  userId: string;
  /** A user of the world's own office (Kerinci when in scope, Tebo when not). */
  localUserId: string;
  scope: Scope;
}

type Scope = 'in' | 'out';
let offices: Record<Scope, string>;
const users = {} as Record<Role, SessionUser>;

async function makeWorld(scope: Scope): Promise<World> {
  const system = api.caller();
  const officeId = offices[scope];
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
    regionCodes: [scope === 'in' ? '15.01' : '15.08'],
    meetingId: meeting.id,
  });
  const item = await system.actionItems.create({
    title: `Tindak lanjut ${scope}`,
    meetingId: meeting.id,
    ownerOrganizationId: officeId,
    dueOn: '2030-06-30',
  });
  return {
    officeId,
    meetingId: meeting.id,
    participantId: meeting.participants[0]?.id as string,
    proposalId: proposal.id,
    commitmentId: commitment.id,
    itemId: item.id,
    userId: users.viewer.id,
    localUserId: (await createUser(api, { role: 'viewer', organizationId: officeId })).id,
    scope,
  };
}

async function versionOf(
  table: 'meetings' | 'proposals' | 'commitments' | 'actionItems' | 'users',
  id: string,
) {
  const row = await api.database.db
    .selectFrom(table)
    .select('version')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return row.version;
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

const attendanceCsv = Buffer.from('Nama;Jabatan\nPeserta Impor;Staf\n').toString('base64');

/** One valid input per procedure, for a world in or out of the caller's scope. */
const inputs: Record<string, (w: World, caller: SessionUser | null) => Promise<unknown> | unknown> = {
  'auth.me': () => undefined,
  'auth.signIn': () => ({ email: 'tidak.ada@uji.demo', password: 'salah-sekali' }),
  'auth.signOut': () => undefined,
  'auth.requestPasswordReset': () => ({ email: 'tidak.ada@uji.demo' }),
  'auth.setPassword': () => ({ token: 'x'.repeat(43), password: 'kata-sandi-baru-123' }),
  'auth.setPreferences': () => ({ language: 'en' }),
  'users.list': () => ({ limit: 5, q: 'pengguna' }),
  'users.invite': (w) => ({
    email: `undangan-${Math.random().toString(36).slice(2)}@uji.demo`,
    displayName: 'Undangan',
    role: 'viewer',
    organizationId: w.officeId,
  }),
  'users.update': async (w) => ({
    id: w.userId,
    version: await versionOf('users', w.userId),
    displayName: 'Pemantau',
    role: 'viewer',
    organizationId: offices.in,
    active: true,
  }),
  'regions.list': () => undefined,
  'regions.overview': (w) => ({ code: w.scope === 'in' ? '15.01' : '15.08' }),
  'organizations.list': () => ({}),
  'organizations.create': (w) => ({
    name: `Kantor ${Math.random()}`,
    kind: 'other',
    regionCode: w.officeId === offices.in ? '15.01' : '15.08',
  }),
  'people.search': () => ({}),
  'people.create': (w) => ({ fullName: 'Orang Baru', organizationId: w.officeId }),
  'meetings.list': () => ({}),
  'meetings.get': (w) => ({ id: w.meetingId }),
  'meetings.create': (w) => meetingFields(w),
  'meetings.update': async (w) => ({
    ...meetingFields(w),
    id: w.meetingId,
    version: await versionOf('meetings', w.meetingId),
  }),
  'meetings.setStatus': async (w) => ({
    id: w.meetingId,
    version: await versionOf('meetings', w.meetingId),
    action: 'postpone',
    reason: 'Uji',
  }),
  'meetings.saveMinutes': async (w) => ({
    id: w.meetingId,
    version: await versionOf('meetings', w.meetingId),
    minutes: 'x',
  }),
  'meetings.recordAttendance': async (w) => ({
    id: w.meetingId,
    version: await versionOf('meetings', w.meetingId),
    entries: [{ participantId: w.participantId, attendance: 'present' }],
  }),
  'meetings.attachFile': async (w) => ({
    id: w.meetingId,
    version: await versionOf('meetings', w.meetingId),
    fileId: '00000000-0000-4000-8000-000000000000',
  }),
  'meetings.detachFile': async (w) => ({
    id: w.meetingId,
    version: await versionOf('meetings', w.meetingId),
    fileId: '00000000-0000-4000-8000-000000000000',
  }),
  'meetings.previewAttendanceImport': (w) => ({ meetingId: w.meetingId, content: attendanceCsv }),
  'meetings.applyAttendanceImport': async (w) => ({
    meetingId: w.meetingId,
    version: await versionOf('meetings', w.meetingId),
    content: attendanceCsv,
  }),
  'proposals.list': () => ({}),
  'proposals.get': (w) => ({ id: w.proposalId }),
  'proposals.create': (w) => ({
    title: 'Usulan',
    proposerOrganizationIds: [w.officeId],
    addressedToOrganizationId: w.officeId,
    meetingIds: [],
  }),
  'proposals.update': async (w) => ({
    id: w.proposalId,
    version: await versionOf('proposals', w.proposalId),
    title: 'Usulan diubah',
    proposerOrganizationIds: [w.officeId],
    addressedToOrganizationId: w.officeId,
    meetingIds: [w.meetingId],
  }),
  'proposals.transition': async (w) => ({
    id: w.proposalId,
    version: await versionOf('proposals', w.proposalId),
    action: 'startReview',
  }),
  'commitments.list': () => ({}),
  'commitments.parties': () => undefined,
  'commitments.get': (w) => ({ id: w.commitmentId }),
  'commitments.create': (w) => ({
    title: 'Komitmen',
    committedByOrganizationId: w.officeId,
    regionCodes: [],
    meetingId: w.meetingId,
  }),
  'commitments.update': async (w) => ({
    id: w.commitmentId,
    version: await versionOf('commitments', w.commitmentId),
    title: 'Komitmen diubah',
    committedByOrganizationId: w.officeId,
    regionCodes: [],
    meetingId: w.meetingId,
  }),
  'commitments.transition': async (w) => ({
    id: w.commitmentId,
    version: await versionOf('commitments', w.commitmentId),
    action: 'start',
  }),
  'actionItems.list': () => ({}),
  'actionItems.get': (w) => ({ id: w.itemId }),
  'actionItems.summary': () => ({}),
  'actionItems.create': (w) => ({
    title: 'Baru',
    meetingId: w.meetingId,
    ownerOrganizationId: w.officeId,
    dueOn: '2030-01-31',
  }),
  'actionItems.update': async (w) => ({
    id: w.itemId,
    version: await versionOf('actionItems', w.itemId),
    title: 'Diubah',
    description: null,
    ownerPersonId: null,
    dueOn: '2030-07-31',
    priority: 'high',
  }),
  'actionItems.changeStatus': async (w) => ({
    id: w.itemId,
    version: await versionOf('actionItems', w.itemId),
    action: 'start',
  }),
  'actionItems.delegate': async (w) => ({
    id: w.itemId,
    version: await versionOf('actionItems', w.itemId),
    toOrganizationId: w.officeId,
    instruction: 'Teruskan',
  }),
  'actionItems.decideExtension': async (w) => ({
    id: w.itemId,
    version: await versionOf('actionItems', w.itemId),
    extensionId: '00000000-0000-4000-8000-000000000000',
    approve: true,
  }),
  'actionItems.verify': async (w) => ({
    id: w.itemId,
    version: await versionOf('actionItems', w.itemId),
    accept: true,
  }),
  'actionItems.reportProgress': async (w) => ({
    id: w.itemId,
    version: await versionOf('actionItems', w.itemId),
    progress: 10,
  }),
  'actionItems.comment': (w) => ({ id: w.itemId, body: 'Catatan' }),
  'actionItems.requestExtension': async (w) => ({
    id: w.itemId,
    version: await versionOf('actionItems', w.itemId),
    requestedDueOn: '2031-01-31',
    reason: 'Uji',
  }),
  'actionItems.submitEvidence': async (w) => ({
    id: w.itemId,
    version: await versionOf('actionItems', w.itemId),
    note: 'Bukti',
  }),
  'search.query': () => ({ q: 'rakor' }),
  'dashboard.home': () => ({}),
  'commitments.follow': (w) => ({ id: w.commitmentId, follow: true }),
  'users.resendInvitation': (w) => ({ id: w.userId }),
  // Mail: "in scope" is the caller's own mail or digest, "out" someone else's.
  'outbox.list': () => ({}),
  'outbox.get': async (w, caller) => ({ id: await failedEmail(w.scope === 'in' ? caller : null, w) }),
  'outbox.retry': async (w, caller) => ({ id: await failedEmail(w.scope === 'in' ? caller : null, w) }),
  'digests.preview': (w) => (w.scope === 'in' ? {} : { userId: w.localUserId }),
  'digests.sendNow': (w) => ({ userId: w.localUserId }),
  'live.onChange': () => ({}),
  'calendar.feedUrl': () => undefined,
  'calendar.createFeed': () => undefined,
  'calendar.revokeFeed': () => undefined,
  'public.provinces': () => undefined,
  'public.commitments': () => ({ provinceCode: '15' }),
};

/** A failed email addressed to `owner` (or, without one, to the world's local user). */
async function failedEmail(owner: SessionUser | null, w: World): Promise<string> {
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

/** Procedures whose subject is not a scoped record: scope does not apply to them. */
const unscoped = new Set([
  'auth.me',
  'auth.signIn',
  'auth.signOut',
  'auth.requestPasswordReset',
  'auth.setPassword',
  'auth.setPreferences',
  'users.list',
  'users.invite',
  'users.update',
  'regions.list',
  'organizations.list',
  'people.search',
  'meetings.list',
  'proposals.list',
  'commitments.list',
  'commitments.parties',
  'actionItems.list',
  'actionItems.summary',
  'search.query',
  'dashboard.home',
  'users.resendInvitation',
  'outbox.list',
  'live.onChange',
  'calendar.feedUrl',
  'calendar.createFeed',
  'calendar.revokeFeed',
]);

function expected(
  rule: ProcedureRule,
  role: Role | 'anonymous',
  scope: Scope,
  path: string,
): 'allowed' | 'denied' {
  if (rule === 'public') return 'allowed';
  if (role === 'anonymous') return 'denied';
  if (rule !== 'signedIn' && !can(role, rule)) return 'denied';
  // Admins keep the directory (offices, people) for every region.
  if (scope === 'out' && role === 'admin' && rule === 'directory.write') return 'allowed';
  // Admins see everyone's mail and digests.
  if (scope === 'out' && role === 'admin' && (path.startsWith('outbox.') || path.startsWith('digests.')))
    return 'allowed';
  if (scope === 'out' && !unscoped.has(path)) return 'denied';
  return 'allowed';
}

/** Authorization passed when the call succeeded or failed for a reason other than who is asking. */
function outcome(error: unknown): 'allowed' | 'denied' {
  if (!error) return 'allowed';
  if (!(error instanceof TRPCError)) throw error;
  if (['UNAUTHORIZED', 'FORBIDDEN', 'NOT_FOUND'].includes(error.code)) {
    // A NOT_FOUND about a made-up file or extension id is the business answer, not a denial.
    const cause = error.cause as { field?: string; messageKey?: string } | undefined;
    const field = cause?.field;
    // A wrong password is the sign-in's business answer, not a denial of the procedure.
    if (cause?.messageKey === 'invalidCredentials') return 'allowed';
    if (error.code === 'NOT_FOUND' && (field === 'fileId' || field === 'extensionId')) return 'allowed';
    return 'denied';
  }
  return 'allowed';
}

async function call(path: string, user: SessionUser | null, input: unknown) {
  const caller = api.callerAs(user) as unknown as Record<
    string,
    Record<string, (i: unknown) => Promise<unknown>>
  >;
  const [group, name] = path.split('.') as [string, string];
  return caller[group]?.[name]?.(input);
}

beforeAll(async () => {
  const db = api.database.db;
  const insertOffice = async (name: string, regionCode: string) =>
    (
      await db
        .insertInto('organizations')
        .values({ name, kind: 'diskominfo', regionCode })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  offices = {
    in: await insertOffice('Diskominfo Kabupaten Kerinci', '15.01'),
    out: await insertOffice('Diskominfo Kabupaten Tebo', '15.08'),
  };
  for (const role of roles) users[role] = await createUser(api, { role, organizationId: offices.in });
});

const procedures = Object.keys(appRouter._def.procedures).sort();

describe('policy table', () => {
  it('has a rule, and a matrix input, for every procedure', () => {
    expect(procedures.filter((p) => !(p in procedurePolicy))).toEqual([]);
    expect(procedures.filter((p) => !(p in inputs))).toEqual([]);
    expect(Object.keys(procedurePolicy).filter((p) => !procedures.includes(p))).toEqual([]);
  });
});

describe.each(procedures)('%s', (path) => {
  const rule = procedurePolicy[path] ?? 'public';
  it.each(['in', 'out'] as const)(
    'allows and denies as the policy says, object %s of scope',
    async (scope) => {
      const world = await makeWorld(scope);
      const results: Record<string, string> = {};
      const wanted: Record<string, string> = {};
      for (const role of [...roles, 'anonymous'] as const) {
        const user = role === 'anonymous' ? null : users[role];
        const input = await inputs[path]?.(world, user);
        const error = await call(path, user, input).then(
          () => undefined,
          (e: unknown) => e,
        );
        results[role] = outcome(error);
        wanted[role] = expected(rule, role, scope, path);
      }
      expect(results).toEqual(wanted);
    },
  );
});
