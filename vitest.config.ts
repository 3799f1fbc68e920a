import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: ['db/vitest.config.ts', 'packages/*/vitest.config.ts', 'tests/vitest.config.ts'],
  },
});
