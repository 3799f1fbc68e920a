import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'db',
    globalSetup: ['./src/testing/global-setup.ts'],
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
