import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: ['db/vitest.config.ts', 'packages/*/vitest.config.ts', 'tests/vitest.config.ts'],
    // The JSON report feeds the "N passed, N failed" line that .ci/run prints.
    reporters: ['default', ['json', { outputFile: '.tmp/vitest-report.json' }]],
  },
});
