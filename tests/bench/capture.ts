import { createDb } from '@tindak/db';
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
 * Runs each scenario once through the real server in this process, with Kysely's query log on, and
 * records the SQL it sends (in order, with parameters). The baseline replays exactly that SQL.
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
  const app = await buildServer({ db, logger: false, publicUrl: 'http://127.0.0.1' });
  const captured = new Map<string, Captured>();
  try {
    for (const scenario of scenarios) {
      current = [];
      const response = await app.inject({
        method: scenario.method,
        url: scenario.path,
        headers: { cookie: scenario.cookie, 'content-type': 'application/json' },
        ...(scenario.body ? { payload: scenario.body } : {}),
      });
      if (response.statusCode !== 200)
        throw new Error(`${scenario.name}: HTTP ${response.statusCode} ${response.body.slice(0, 500)}`);
      captured.set(scenario.name, { statements: current, body: response.body });
      current = null;
    }
  } finally {
    await app.close();
    await db.destroy();
  }
  return captured;
}
