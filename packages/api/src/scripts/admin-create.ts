/**
 * `pnpm admin:create --email … --name … --office … [--region …]`: an admin for automated
 * deployments. Idempotent: an account with the email already there changes nothing. The new admin
 * gets an invitation link (printed, and mailed through the outbox) to set a password: no password
 * ever passes through a command line or a shell history.
 * Exit codes: 0 done (or nothing to do), 1 bad input, 2 the database cannot be reached.
 */
import {
  connectDatabase,
  createDb,
  type Database,
  migrateToLatest,
  readConfiguredRegions,
  upsertRegions,
} from '@tindak/db';
import { readApiEnv } from '../env';
import { createAdminFromCommandLine } from '../services/admin-create.service';
import { parseAdminCreateArgs, USAGE } from './admin-create-args';

const out = (line: string) => process.stdout.write(`${line}\n`);
const err = (line: string) => process.stderr.write(`${line}\n`);

async function main(): Promise<0 | 1 | 2> {
  const parsed = parseAdminCreateArgs(process.argv.slice(2));
  if ('problems' in parsed) {
    for (const line of [...parsed.problems, USAGE]) err(line);
    return 1;
  }
  const { args } = parsed;
  let env: ReturnType<typeof readApiEnv>;
  try {
    env = readApiEnv();
  } catch (error) {
    err((error as Error).message);
    return 1;
  }

  let db: Database | undefined;
  let stopDatabase = async () => {};
  try {
    const database = await connectDatabase(env);
    stopDatabase = database.stop;
    db = createDb({ connectionString: database.url, max: 2 });
    await migrateToLatest(db);
    await upsertRegions(db, readConfiguredRegions(env.REGIONS_FILE));
  } catch (error) {
    await db?.destroy().catch(() => {});
    err(`Basis data tidak dapat dihubungi / cannot reach the database: ${(error as Error).message}`);
    return 2;
  }

  try {
    const result = await createAdminFromCommandLine(db, env.PUBLIC_URL, args);
    if (result.outcome === 'exists') {
      out(`Akun ${args.email} sudah ada (peran ${result.role}); tidak ada yang diubah.`);
      out(`Account ${args.email} already exists (role ${result.role}); nothing changed.`);
      return 0;
    }
    if (result.outcome === 'regionNotFound') {
      err(`--region: kode wilayah ${args.region} tidak ada dalam daftar wilayah.`);
      err(`--region: region code ${args.region} is not in the region list.`);
      return 1;
    }
    out(`Admin ${args.name} <${args.email}> dibuat di ${result.officeName}.`);
    out(`Admin ${args.name} <${args.email}> created in ${result.officeName}.`);
    out('Tautan untuk mengatur kata sandi (berlaku 7 hari) / link to set the password (valid 7 days):');
    out(result.link);
    return 0;
  } finally {
    await db.destroy();
    await stopDatabase();
  }
}

process.exit(await main());
