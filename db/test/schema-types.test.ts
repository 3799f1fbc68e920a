import { inject, it } from 'vitest';
import { runCodegen } from '../src/scripts/codegen';

// The committed table types must be exactly what the migrations produce: if this fails, run
// `pnpm --filter @tindak/db codegen` and commit src/schema.generated.ts.
it('schema.generated.ts matches the migrated database', async () => {
  await runCodegen(inject('dbServerUrl'), true);
});
