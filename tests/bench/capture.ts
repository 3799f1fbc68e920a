import { createDb } from '@tindak/db';
import { createLiveBus } from '../../packages/api/src/live/event-bus';
import { buildServer } from '../../packages/api/src/server';
import type { Scenario } from './scenarios';

export interface Statement {
  sql: string;
  params: unknown[];
}

export interface Captured {
  statements: Statement[];
  /** The response body once, to check the scenario answers what it should. */
  body: string;
}

/**
 * Runs each scenario through the real server in this process, with Kysely's query log on, and
 * records the SQL it sends (in order, with parameters). The baseline replays exactly that SQL.
 * Reads are sent twice and the second is recorded: that is what the app runs request after request
 * (a head's completion counts, for one, are kept after the first; `uncached` scenarios go to a
 * server that counts every time).
 */
export async function captureStatements(
  databaseUrl: string,
  scenarios: readonly Scenario[],
): Promise<Map<string, Captured>> {
  let current: Statement[] | null = null;
  const db = createDb({
    connectionString: databaseUrl,
    log: (event) => {
      if (event.level === 'query' && current)
        current.push({ sql: event.query.sql, params: [...event.query.parameters] });
    },
  });
  const live = createLiveBus(databaseUrl, (error) => console.warn(`capture: live bus: ${error.message}`));
  // Counts are kept only while the bus listens.
  for (let tries = 0; live.epoch() === null; tries += 1) {
    if (tries > 100) throw new Error('capture: the live bus did not connect');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  // The national count is kept a minute by time, not dropped by changes like the completion counts:
  // captured with it on, the national view would record no statement at all. Captured without it,
  // the plans (and the baseline) show what counting the country costs when the minute is over.
  const server = (completionCache: boolean) =>
    buildServer({
      db,
      logger: false,
      publicUrl: 'http://127.0.0.1',
      live,
      completionCache,
      nationalCacheSeconds: 0,
    });
  const apps = { cached: await server(true), uncached: await server(false) };
  const captured = new Map<string, Captured>();
  try {
    for (const scenario of scenarios) {
      const app = scenario.uncached ? apps.uncached : apps.cached;
      const send = async () => {
        const response = await app.inject({
          method: scenario.method,
          url: scenario.path,
          headers: { cookie: scenario.cookie, 'content-type': 'application/json' },
          ...(scenario.body ? { payload: scenario.body } : {}),
        });
        if (response.statusCode !== 200)
          throw new Error(`${scenario.name}: HTTP ${response.statusCode} ${response.body.slice(0, 500)}`);
        return response.body;
      };
      if (scenario.method === 'GET') await send();
      current = [];
      captured.set(scenario.name, { statements: current, body: await send() });
      current = null;
    }
  } finally {
    await apps.cached.close();
    await apps.uncached.close();
    await live.close();
    await db.destroy();
  }
  return captured;
}
