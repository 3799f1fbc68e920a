/** `pnpm db:seed`: migrates, loads the region file and the demo data (if no meetings exist yet). */
import { connectDatabase, createDb, migrateToLatest, readConfiguredRegions, upsertRegions } from '@tindak/db';
import { readApiEnv } from '../env';
import { seedDemoIfEmpty } from '../seed/demo';

const env = readApiEnv();
const database = await connectDatabase(env);
const db = createDb({ connectionString: database.url });
try {
  await migrateToLatest(db);
  await upsertRegions(db, readConfiguredRegions(env.REGIONS_FILE));
  const seeded = await seedDemoIfEmpty(db);
  process.stdout.write(
    seeded ? 'Demo data loaded.\n' : 'The database already has meetings; demo data not loaded.\n',
  );
} finally {
  await db.destroy();
  await database.stop();
}
