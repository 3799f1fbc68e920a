import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from '../src/root';
import { buildServer } from '../src/server';
import { useTestApi } from './support';
import { type DbSnapshots, dbSnapshots } from './support/db-snapshot';
import { applyReplacements, type FieldKind, replacements, schemaFields } from './support/hostile-input';
import { sessionCookie } from './support/http';
import { makeOffices, makeWorld, type Scope, type World } from './support/procedure-world';
import { checkProperty, describeValue } from './support/property';
import { expectHarmless } from './support/refusal-check';
import { type Caller, callers, type RoleSessions, sessionsForEveryRole } from './support/role-sessions';
import { type Route, routesOf } from './support/route-table';

/**
 * Every plain HTTP route (uploads, downloads, minutes, exports, calendars: read from the server's
 * route table, so a new route is covered), as every role and anonymously, with arbitrary path
 * parameters, query strings and bodies: never a 5xx, and an error answer leaves the database as
 * it was. tRPC's `/trpc/:path` has its own property test (procedure-fuzz.test.ts).
 */
const RUNS_PER_CALLER = 8;

const api = useTestApi();
let app: FastifyInstance;
let snapshots: DbSnapshots;
let sessions: RoleSessions;
let routes: Route[];
/** Real values for path parameters: records in and out of scope, each role's feed file. */
const knownParams: string[] = [];
/** Ids of records outside the callers' scope, for query strings. */
const foreignIds: string[] = [];

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

/** A multipart/form-data body with one file part, built by hand so names and bytes can be anything. */
function multipart(field: string, fileName: string, type: string, content: Buffer, closed = true) {
  const boundary = '----tindak-uji-batas';
  const head = Buffer.from(
    `--${boundary}\r\ncontent-disposition: form-data; name="${field}"; filename="${fileName}"\r\n` +
      (type ? `content-type: ${type}\r\n` : '') +
      '\r\n',
  );
  const tail = Buffer.from(closed ? `\r\n--${boundary}--\r\n` : '');
  return { type: `multipart/form-data; boundary=${boundary}`, body: Buffer.concat([head, content, tail]) };
}

/** Uploads a PDF as the national head (who sees every region) and attaches it to `meeting`. */
async function attachedFile(meeting: { id: string; version: number }) {
  const { type, body } = multipart('file', 'notulen.pdf', 'application/pdf', PDF);
  const response = await app.inject({
    method: 'POST',
    url: '/api/files',
    headers: { 'content-type': type, cookie: await sessionCookie(api, api.head.id) },
    payload: body,
  });
  const fileId = response.json<{ id: string }>().id;
  await api.caller().meetings.attachFile({ ...meeting, fileId });
  return fileId;
}

beforeAll(async () => {
  app = await buildServer({ db: api.database.db, logger: false });
  const offices = await makeOffices(api);
  sessions = await sessionsForEveryRole(api, offices.in);
  const worlds = {} as Record<Scope, World>;
  for (const scope of ['in', 'out'] as const) {
    worlds[scope] = await makeWorld(api, offices, scope);
    const meeting = await api.caller().meetings.get({ id: worlds[scope].meetingId });
    const fileId = await attachedFile({ id: meeting.id, version: meeting.version });
    knownParams.push(worlds[scope].meetingId, fileId);
  }
  foreignIds.push(worlds.out.meetingId, worlds.out.officeId, worlds.out.itemId, worlds.out.commitmentId);
  for (const user of Object.values(sessions.users)) {
    const { url } = await api.callerAs(user).calendar.createFeed();
    const file = url.split('/').pop() ?? '';
    knownParams.push(file, file.replace(/\.ics$/, ''));
  }
  routes = routesOf(app).filter((route) => !route.url.startsWith('/trpc/'));
  snapshots = dbSnapshots(api.database.db);
});
afterAll(async () => {
  await app?.close();
});

/** Bytes as a URL part: unreserved characters kept, everything else percent-encoded (even lone surrogates). */
const percentEncode = (text: string) =>
  [...Buffer.from(text, 'utf8')]
    .map((byte) =>
      /[A-Za-z0-9._~-]/.test(String.fromCharCode(byte))
        ? String.fromCharCode(byte)
        : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');

const asText = (value: unknown) => (typeof value === 'string' ? value : (JSON.stringify(value) ?? ''));

/** A path parameter: a real one, a hostile value (encoded), or raw URL text that is itself the attack. */
const paramPlans = () =>
  fc.oneof(
    fc.constantFrom(...knownParams).map(percentEncode),
    replacements(foreignIds, 1).map((list) => percentEncode(asText(applyReplacements('', list)))),
    fc.constantFrom('..', '.', '%00', '%ZZ', '%2e%2e%2f%2e%2e', '%C0%AE', '%E0%A4%A', ';x', '.ics', '%2F'),
  );

/** The filters every list procedure takes, by name: the exports read the same names from the query. */
const filterFields: Record<string, FieldKind> = Object.fromEntries([
  ...Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { inputs: unknown[] } }>)
    .filter(([path]) => path.endsWith('.list'))
    .flatMap(([, procedure]) => Object.entries(schemaFields(procedure._def.inputs[0]))),
  ['__proto__', 'other'],
  ['constructor', 'other'],
]);

/** Query parameters: filters (and a few odd names) set to hostile values; a list repeats its name. */
function queryString(query: unknown): string {
  return Object.entries(query !== null && typeof query === 'object' ? query : {})
    .filter(([, value]) => value !== undefined)
    .flatMap(([key, value]) => (Array.isArray(value) ? value : [value]).map((v) => [key, v] as const))
    .map(([key, value]) => `${percentEncode(key)}=${percentEncode(asText(value))}`)
    .join('&');
}

type BodyPlan =
  | { multipart: { field: string; fileName: string; type: string; content: string; closed: boolean } }
  | { json: unknown }
  | { raw: string; type: string };

const contents: Record<string, Buffer> = {
  pdf: PDF,
  png: PNG,
  text: Buffer.from('bukan berkas'),
  empty: Buffer.alloc(0),
  overBodyLimit: Buffer.alloc(3 * 1024 * 1024, 0x25),
};

const bodyPlans = (): fc.Arbitrary<BodyPlan> =>
  fc.oneof(
    {
      weight: 3,
      arbitrary: fc.record({
        multipart: fc.record({
          field: fc.constantFrom('file', 'berkas', ''),
          fileName: fc.oneof(
            fc.constantFrom('notulen.pdf', '../../etc/passwd', 'a"b.pdf', 'x\r\nX-Injected: 1'),
            replacements([], 1).map((list) => asText(applyReplacements('notulen.pdf', list))),
          ),
          type: fc.constantFrom('application/pdf', 'text/html', ''),
          content: fc.constantFrom(...Object.keys(contents)),
          closed: fc.boolean(),
        }),
      }),
    },
    { weight: 1, arbitrary: fc.record({ json: fc.jsonValue() }) },
    {
      weight: 1,
      arbitrary: fc.record({
        raw: fc.string(),
        type: fc.constantFrom(
          'text/plain',
          'application/x-www-form-urlencoded',
          'multipart/form-data',
          'multipart/form-data; boundary=x',
          '',
        ),
      }),
    },
  );

function bodyOf(plan: BodyPlan): { type: string; body: Buffer | string } {
  if ('multipart' in plan) {
    const { field, fileName, type, content, closed } = plan.multipart;
    return multipart(field, fileName, type, contents[content] ?? PDF, closed);
  }
  if ('json' in plan) return { type: 'application/json', body: JSON.stringify(plan.json) };
  return { type: plan.type, body: plan.raw };
}

/** Sends `RUNS_PER_CALLER` hostile requests to `route` of `server` as `caller`: the failure, if any. */
async function hostileRequests(server: FastifyInstance, route: Route, caller: Caller) {
  const names = [...route.url.matchAll(/:(\w+)/g)].map((m) => m[1] ?? '');
  const plans = fc.record({
    params: fc.tuple(...names.map(() => paramPlans())),
    query: replacements(foreignIds, 5),
    body: route.method === 'GET' ? fc.constant(undefined) : bodyPlans(),
  });
  return checkProperty(
    fc.asyncProperty(plans, async ({ params, query, body }) => {
      const path = names.reduce((url, name, i) => url.replace(`:${name}`, params[i] ?? ''), route.url);
      const search = queryString(applyReplacements({}, query, filterFields));
      const url = search ? `${path}?${search}` : path;
      const sent = body && bodyOf(body);
      const headers: Record<string, string> = {};
      const cookie = sessions.cookieOf(caller);
      if (cookie) headers.cookie = cookie;
      if (sent?.type) headers['content-type'] = sent.type;
      const response = await expectHarmless(snapshots, {
        describe: [
          `${route.method} ${describeValue(url, 300)} as ${caller}`,
          ...(body ? [`body: ${describeValue(body)}`] : []),
        ].join('\n'),
        send: () =>
          server.inject({
            method: route.method as 'GET' | 'POST',
            url,
            headers,
            ...(sent ? { payload: sent.body } : {}),
          }),
      });
      await sessions.keepSignedIn(caller, response);
    }),
    RUNS_PER_CALLER,
  ).then(
    () => undefined,
    (error: Error) => `${route.method} ${route.url}: ${error.message}`,
  );
}

describe('the route table', () => {
  it('lists the plain HTTP routes with their methods', () => {
    expect(routes).toContainEqual({ method: 'POST', url: '/api/files' });
    expect(routes).toContainEqual({ method: 'GET', url: '/api/files/:id' });
    expect(routes).toContainEqual({ method: 'GET', url: '/api/rapat/:id/notulen.pdf' });
    expect(routes).toContainEqual({ method: 'GET', url: '/api/rapat/:id/undangan.pdf' });
    expect(routes).toContainEqual({ method: 'GET', url: '/api/tindak-lanjut/:id/disposisi.pdf' });
    expect(routes).toContainEqual({ method: 'GET', url: '/api/kalender/:file' });
    expect(routes.filter((route) => route.url.startsWith('/api/ekspor/')).length).toBeGreaterThan(0);
  });
});

describe('hostile requests', () => {
  it('are reported when a route answers 5xx, or refuses after writing', async () => {
    const broken = await buildServer({ db: api.database.db, logger: false });
    broken.get('/uji/rusak/:id', async () => {
      throw new Error('rusak');
    });
    broken.get('/uji/tulis-lalu-tolak', async (_request, reply) => {
      await api.database.db
        .insertInto('events')
        .values({ aggregateType: 'uji', aggregateId: 'uji', eventType: 'WrittenBeforeRefusal' })
        .execute();
      return reply.code(404).send({ error: { code: 'NOT_FOUND' } });
    });
    try {
      const serverError = await hostileRequests(broken, { method: 'GET', url: '/uji/rusak/:id' }, 'viewer');
      expect(serverError).toContain('answered 500');
      expect(serverError).toContain('a server error');
      const writes = await hostileRequests(broken, { method: 'GET', url: '/uji/tulis-lalu-tolak' }, 'staff');
      expect(writes).toContain('an error answer, yet the database changed:');
      expect(writes).toContain('"event_type":"WrittenBeforeRefusal"');
      expect(writes).toContain('FC_SEED=');
    } finally {
      await broken.close();
    }
  });
});

describe('plain HTTP routes under hostile requests', () => {
  // The route list is only known once the server is built: each caller's test goes through all of them.
  it.each(callers)(
    'as %s: never a 5xx, and an error answer changes nothing',
    async (caller) => {
      const failures: string[] = [];
      for (const route of routes) {
        const failure = await hostileRequests(app, route, caller);
        if (failure) failures.push(failure);
      }
      expect(failures).toEqual([]);
      // Every route (issue 19 added letters that render PDFs) is in each caller's one test: a time
      // limit that grows with the table, not a measure of speed.
    },
    120_000,
  );
});
