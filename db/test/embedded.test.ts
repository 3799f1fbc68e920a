import { mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '../src/embedded';

/** What a person sees when the embedded PostgreSQL cannot start (it used to be a bare `undefined`). */
describe('the embedded PostgreSQL', () => {
  const root = path.join(os.tmpdir(), `tindak-embedded-${process.pid}`);
  const dataDir = path.join(root, 'data');
  let first: EmbeddedDatabase | undefined;
  afterAll(async () => {
    await first?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('says which folder is held, and by what, when a second instance starts on it', async () => {
    mkdirSync(root, { recursive: true, mode: 0o755 });
    first = await startEmbeddedPostgres(dataDir);
    const error = await startEmbeddedPostgres(dataDir).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain(dataDir);
    expect((error as Error).message).toMatch(/Another Tindak .* TINDAK_DATA_DIR/);
  }, 120_000);
});
