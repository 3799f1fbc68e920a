export { type CreateDbOptions, createDb, type Database } from './client';
export { connectDatabase, type DatabaseHandle, ensureDatabase } from './connect';
export { type EmbeddedDatabase, freePort, onShutdownSignal, startEmbeddedPostgres } from './embedded';
export { type DbEnv, readDbEnv, repoRoot } from './env';
export { installJobSchema, JOB_SCHEMA, type QueueName, queues } from './jobs';
export { migrateToLatest } from './migrate';
export { preparePoolQueries } from './prepared';
export {
  NATIONAL_REGIONS_FILE,
  type RegionRecord,
  readConfiguredRegions,
  readRegionsFile,
  upsertRegions,
} from './reference/regions';
export type * from './schema.generated';
export * from './seed/demo-data';
export * from './seed/demo-indicators';
