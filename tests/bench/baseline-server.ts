/**
 * The baseline: a plain node:http server that, for each scenario, runs the very SQL the app ran for
 * it (recorded by capture.ts) with pg directly and returns the rows as JSON. No framework, no
 * validation, no authorisation logic: what is left is the cost of the database and of HTTP itself.
 *
 * Run as its own process: BASELINE_PLAN=<json file> DATABASE_URL=... PORT=...
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import pg from 'pg';

export interface BaselinePlan {
  [scenario: string]: {
    statements: { sql: string; params: unknown[] }[];
    /** For a write: the table whose insert returns the new row's id, and the id seen at capture. */
    creates?: { table: string; capturedId: string };
    /** Further entries replayed in turn with this one (the same request with other words). */
    rotation?: string[];
  };
}

pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number.parseInt(value, 10));

const plan = JSON.parse(readFileSync(process.env.BASELINE_PLAN as string, 'utf8')) as BaselinePlan;
// The same pool size as the app's (createDb's default).
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
pool.on('error', () => {});

/** How many requests each rotating scenario has answered, to take its entries in turn. */
const turns = new Map<string, number>();

function entryFor(name: string) {
  const rotation = plan[name]?.rotation;
  if (!rotation?.length) return plan[name];
  const turn = turns.get(name) ?? 0;
  turns.set(name, turn + 1);
  const names = [name, ...rotation];
  return plan[names[turn % names.length] as string];
}

async function run(name: string): Promise<unknown[]> {
  const entry = entryFor(name);
  if (!entry) throw new Error(`unknown scenario ${name}`);
  const client = await pool.connect();
  try {
    const results: unknown[] = [];
    let newId: string | null = null;
    for (const statement of entry.statements) {
      // A write replays with its own id: parameters naming the captured row name the new one.
      const params = entry.creates
        ? statement.params.map((p) => (p === entry.creates?.capturedId && newId ? newId : p))
        : statement.params;
      const result = await client.query({ text: statement.sql, values: params });
      if (
        entry.creates &&
        !newId &&
        statement.sql.startsWith(`insert into "${entry.creates.table}"`) &&
        result.rows[0]?.id
      ) {
        newId = String(result.rows[0].id);
      }
      results.push(result.rows);
    }
    return results;
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

const server = http.createServer((request, response) => {
  // Read (and drop) any request body first, as a real handler would.
  request.resume();
  request.on('end', () => {
    const name = (request.url ?? '/').slice(1).split('?')[0] ?? '';
    if (name === 'healthz') {
      response.writeHead(200).end('ok');
      return;
    }
    run(name).then(
      (rows) => {
        const body = JSON.stringify(rows);
        response.writeHead(200, { 'content-type': 'application/json' }).end(body);
      },
      (error: Error) => {
        response.writeHead(500, { 'content-type': 'text/plain' }).end(error.message);
      },
    );
  });
});

server.listen(Number(process.env.PORT), process.env.HOST ?? '127.0.0.1');
const close = () => server.close(() => pool.end().then(() => process.exit(0)));
process.on('SIGTERM', close);
process.on('SIGINT', close);
