import { isIP } from 'node:net';
import path from 'node:path';
import { readDbEnv, repoRoot } from '@tindak/db';
import { z } from 'zod';

const booleanish = z
  .enum(['true', 'false', '1', '0', 'auto'])
  .transform((v) => (v === 'auto' ? 'auto' : v === 'true' || v === '1'));

/**
 * Which proxies in front of the API to believe about the client's address (X-Forwarded-For):
 * `false` none (the API faces clients directly), `true` any (only when nothing but the proxy can
 * reach the API), or a comma list of the proxies' addresses, CIDR ranges and proxy-addr's names
 * (`loopback` for a proxy on the same machine, `linklocal`, `uniquelocal`). No hop count: it
 * cannot tell a proxy from a client that sends the header itself (Fastify refuses it too).
 */
const trustProxy = z
  .string()
  .trim()
  .transform((value, ctx): boolean | string[] => {
    if (value === 'true' || value === 'false') return value === 'true';
    const entries = value.split(',').map((entry) => entry.trim());
    const bad = entries.find((entry) => !isAddressOrRange(entry));
    if (bad === undefined) return entries;
    ctx.addIssue({
      code: 'custom',
      message: `"${bad}" is not true, false, an IP address, a CIDR range or loopback`,
    });
    return z.NEVER;
  });

const PROXY_ADDR_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isAddressOrRange(entry: string): boolean {
  if (PROXY_ADDR_NAMES.has(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d+$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Demo data from the source articles: `auto` seeds an empty embedded database only. */
  DEMO_DATA: booleanish.default('auto'),
  /** Regions upserted at start after the national list: adds regions or overrides one by code. */
  REGIONS_FILE: z.string().min(1).optional(),
  WEB_DIST: z.string().min(1).default(path.join(repoRoot, 'packages/web/dist')),
  /** Address people use to reach the app: links in mails; https:// turns on Secure __Host- cookies. */
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** smtp://user:pass@host:587 (or smtps://). Unset: mail stays in the in-app outbox (and .eml files). */
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  MAIL_FROM: z.string().min(3).default('Tindak <tindak@localhost>'),
  /** Folder for .eml copies of outbox mail; default: the data folder's outbox/. */
  OUTBOX_DIR: z.string().min(1).optional(),
  /** `inline`: this process also runs the job worker (single machine); `off`: API only. */
  WORKER: z.enum(['inline', 'off']).default('inline'),
  /**
   * `on`: a head's completion counts are kept per scope until the live-update stream announces a
   * change there (services/completion-cache). `off`: counted on every request; for a database
   * reached through a pooler that does not pass LISTEN/NOTIFY on (PgBouncer in transaction mode).
   */
  COMPLETION_CACHE: z.enum(['on', 'off']).default('on'),
  /**
   * Seconds the national overview (every province's counts) is kept in the API process and shown
   * with the time it was counted (services/national-cache); 0 counts on every request.
   */
  NATIONAL_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(60),
  /** Set behind a reverse proxy or load balancer, so sign-in limits count the client, not the proxy. */
  TRUST_PROXY: trustProxy.default(false),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(24 * 60)
    .default(120),
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
});

export type ApiEnv = z.infer<typeof schema> & { PUBLIC_URL: string; OUTBOX_DIR: string } & ReturnType<
    typeof readDbEnv
  >;

/** The only place the API reads process.env. Fails with one line naming the bad variable. */
export function readApiEnv(source: NodeJS.ProcessEnv = process.env): ApiEnv {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid environment variable ${issue?.path.join('.')}: ${issue?.message}`);
  }
  const publicUrl = parsed.data.PUBLIC_URL ?? `http://localhost:${parsed.data.PORT}`;
  const dbEnv = readDbEnv(source);
  const outboxDir = parsed.data.OUTBOX_DIR ?? path.join(dbEnv.TINDAK_DATA_DIR, 'outbox');
  return { ...parsed.data, PUBLIC_URL: publicUrl, OUTBOX_DIR: outboxDir, ...dbEnv };
}
