import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'api',
    globalSetup: ['../../db/src/testing/global-setup.ts'],
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Jobs on a test clock: quick polling and retries, and a dead worker's job back within seconds.
    env: {
      JOB_POLL_SECONDS: '0.5',
      JOB_RETRY_DELAY_SECONDS: '1',
      JOB_RETRY_LIMIT: '3',
      JOB_EXPIRE_SECONDS: '10',
      JOB_MAINTENANCE_SECONDS: '1',
    },
  },
});
