import { can, type Role, roles } from '@tindak/shared';
import { TRPCError } from '@trpc/server';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../src/context';
import { type ProcedureRule, procedurePolicy } from '../src/policy-table';
import { appRouter } from '../src/root';
import { createUser, useTestApi } from './support';
import { type DbSnapshots, dbSnapshots } from './support/db-snapshot';
import { makeOffices, makeWorld, procedureInputs, type Scope } from './support/procedure-world';

/**
 * Every procedure x every role x an object in the caller's scope and one outside it, generated
 * from the policy table (the way GitLab and Decidim test their policies). Each role's users work
 * for Diskominfo Kabupaten Kerinci (15.01); "outside" objects belong to Kabupaten Tebo (15.09).
 * Besides the answer, every call that answers with an error must leave the database as it was:
 * a refusal that already wrote something is a hole, whatever code it answers with.
 */
const api = useTestApi();
let snapshots: DbSnapshots;
let offices: Record<Scope, string>;
const users = {} as Record<Role, SessionUser>;

/** Procedures whose subject is not a scoped record: scope does not apply to them. */
const unscoped = new Set([
  'auth.me',
  'auth.signIn',
  'auth.signOut',
  'auth.requestPasswordReset',
  'auth.setPassword',
  'auth.setPreferences',
  'setup.status',
  'setup.regions',
  'setup.complete',
  'setup.checklist',
  'setup.sendTestMail',
  'users.list',
  'regions.list',
  // Everyone reads it; a regional caller sees their own province, counted within their scope.
  'regions.national',
  'organizations.list',
  'organizations.directory',
  'people.search',
  // The people directory is read nationally; the person page lists only what the caller reads.
  'people.directory',
  'people.get',
  'meetings.list',
  // A list of the meetings the caller reads that look alike: another region's host finds none.
  'meetings.similar',
  'proposals.list',
  'commitments.list',
  'commitments.parties',
  'agreements.list',
  'actionItems.list',
  'actionItems.summary',
  'search.query',
  'dashboard.home',
  'outbox.list',
  'live.onChange',
  'calendar.feedUrl',
  'calendar.createFeed',
  'calendar.revokeFeed',
  // Lists of what the caller sees: another region's indicators and values are simply not in them.
  'indicators.list',
  'indicators.offTarget',
  // The directives the caller sees: another region's are simply not in it.
  'directives.list',
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
  // Admins see the mail and digests of accounts in their scope only: "out" is another region's.
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

const codeOf = (error: unknown) => (error instanceof TRPCError ? error.code : String(error));

async function call(path: string, user: SessionUser | null, input: unknown) {
  const caller = api.callerAs(user) as unknown as Record<
    string,
    Record<string, (i: unknown) => Promise<unknown>>
  >;
  const [group, name] = path.split('.') as [string, string];
  return caller[group]?.[name]?.(input);
}

beforeAll(async () => {
  offices = await makeOffices(api);
  for (const role of roles) users[role] = await createUser(api, { role, organizationId: offices.in });
  snapshots = dbSnapshots(api.database.db);
});

const procedures = Object.keys(appRouter._def.procedures).sort();

describe('policy table', () => {
  it('has a rule, and a matrix input, for every procedure', () => {
    expect(procedures.filter((p) => !(p in procedurePolicy))).toEqual([]);
    expect(procedures.filter((p) => !(p in procedureInputs))).toEqual([]);
    expect(Object.keys(procedurePolicy).filter((p) => !procedures.includes(p))).toEqual([]);
  });
});

describe.each(procedures)('%s', (path) => {
  const rule = procedurePolicy[path] ?? 'public';
  it.each(['in', 'out'] as const)(
    'allows and denies as the policy says, and a refusal writes nothing, object %s of scope',
    async (scope) => {
      const world = await makeWorld(api, offices, scope);
      const outcomes: Record<string, string> = {};
      const wanted: Record<string, string> = {};
      const writesOnError: Record<string, string[]> = {};
      for (const role of [...roles, 'anonymous'] as const) {
        const user = role === 'anonymous' ? null : users[role];
        const input = await procedureInputs[path]?.(api, world, user);
        const before = await snapshots.take();
        const error = await call(path, user, input).then(
          () => undefined,
          (e: unknown) => e,
        );
        outcomes[role] = outcome(error);
        wanted[role] = expected(rule, role, scope, path);
        if (error) {
          const changes = await snapshots.changesSince(before);
          if (changes.length > 0) writesOnError[role] = [`answered ${codeOf(error)}`, ...changes];
        }
      }
      expect({ outcomes, writesOnError }).toEqual({ outcomes: wanted, writesOnError: {} });
    },
  );
});
