/** `pnpm db:migrate`: brings the database (DATABASE_URL, or the embedded one) to the latest schema. */
import { connectDatabase, createDb, migrateToLatest, readDbEnv } from '@tindak/db';

const database = await connectDatabase(readDbEnv());
const db = createDb({ connectionString: database.url });
try {
  const result = await migrateToLatest(db);
  const applied = result.results?.filter((r) => r.status === 'Success').map((r) => r.migrationName) ?? [];
  process.stdout.write(applied.length ? `Applied: ${applied.join(', ')}\n` : 'Already up to date.\n');
} finally {
  await db.destroy();
  await database.stop();
}
