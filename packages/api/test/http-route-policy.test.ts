import { can, type Role, roles } from '@tindak/shared';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HttpRoute, httpRoutePolicy, type RouteRule } from '../src/policy-table';
import { buildServer } from '../src/server';
import { useTestApi } from './support';
import { signInOverHttp } from './support/http';

/**
 * Every plain HTTP route x every role and an anonymous caller, generated from the policy table
 * like the tRPC authorization matrix: a caller the rule refuses gets 401 or 403 (the latter
 * recorded as PermissionDenied) before the handler runs; anyone else gets past the rule.
 */
const api = useTestApi();
let app: FastifyInstance;
const signedIn = {} as Record<Role, { cookie: string; userId: string }>;

beforeAll(async () => {
  app = await buildServer({ db: api.database.db, logger: false });
  for (const role of roles) signedIn[role] = await signInOverHttp(app, api, role);
});
afterAll(async () => {
  await app?.close();
});

const routes = Object.keys(httpRoutePolicy) as HttpRoute[];
const pdf = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

function allows(rule: RouteRule, role: Role | 'anonymous'): boolean {
  if (rule === 'public') return true;
  if (role === 'anonymous') return false;
  if (rule === 'signedIn') return true;
  return (typeof rule === 'string' ? [rule] : rule).some((permission) => can(role, permission));
}

/** A request the route would serve, with made-up ids (a 404 past the rule is fine here). */
function requestFor(route: HttpRoute, cookie: string | undefined) {
  const [method = 'GET', path = ''] = route.split(' ');
  const url = path
    .replace(':id', '00000000-0000-4000-8000-000000000000')
    .replace(':file', `${'a'.repeat(43)}.ics`);
  const headers: Record<string, string> = cookie ? { cookie } : {};
  if (method !== 'POST') return app.inject({ method: 'GET', url, headers });
  const boundary = '----tindak';
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="uji.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
    ),
    pdf,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return app.inject({
    method: 'POST',
    url,
    headers: { ...headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
    body,
  });
}

async function deniedEvents(userId: string) {
  const rows = await api.database.db
    .selectFrom('events')
    .select('payload')
    .where('aggregateId', '=', userId)
    .where('eventType', '=', 'PermissionDenied')
    .execute();
  return rows.map((r) => r.payload);
}

describe('the HTTP route policy table', () => {
  it('lists every registered route, and an unlisted /api/ route cannot be registered', async () => {
    for (const route of routes) {
      const [method = '', url = ''] = route.split(' ');
      expect(app.hasRoute({ method, url }), route).toBe(true);
    }
    const other = await buildServer({ db: api.database.db, logger: false });
    expect(() => other.get('/api/rahasia', async () => 'x')).toThrow('not in the HTTP route policy table');
    await other.close();
  });
});

describe.each(routes)('%s', (route) => {
  it('refuses anonymous and forbidden callers as the policy says, recording each denial', async () => {
    const rule: RouteRule = httpRoutePolicy[route];
    for (const role of [...roles, 'anonymous'] as const) {
      const caller = role === 'anonymous' ? undefined : signedIn[role];
      const before = caller ? (await deniedEvents(caller.userId)).length : 0;
      const response = await requestFor(route, caller?.cookie);
      if (allows(rule, role)) {
        expect([401, 403], `${role}: ${response.body}`).not.toContain(response.statusCode);
      } else if (!caller) {
        expect(response.statusCode, role).toBe(401);
        expect(response.json().error.message).toBe('Silakan masuk terlebih dahulu.');
      } else {
        expect(response.statusCode, role).toBe(403);
        expect(response.json().error.message).toBe('Anda tidak berwenang melakukan ini.');
        const events = await deniedEvents(caller.userId);
        expect(events.length, role).toBe(before + 1);
        expect(events).toContainEqual({ procedure: route, role });
      }
    }
  });
});
