import { type ChildProcess, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { freePort, repoRoot } from '@tindak/db';

export interface RunningApp {
  baseUrl: string;
  /** postgres:// URL of the app's embedded database, read from its log. */
  output(): string;
  /** Sends SIGTERM and resolves with the exit code once the process has ended. */
  stop(): Promise<number | null>;
}

export interface StartOptions {
  /** false: an empty installation, as a real office starts (`DEMO_DATA=false`). */
  demoData?: boolean;
}

/**
 * Starts the production build (`pnpm start` minus the build step) on its own embedded PostgreSQL
 * with the demo data, as a person would after cloning, and waits until /healthz answers.
 */
export async function startApp(options: StartOptions = {}): Promise<RunningApp> {
  const port = await freePort();
  const dataDir = path.join(repoRoot, '.data', `e2e-${process.pid}-${port}`);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    TINDAK_DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    ...(options.demoData === false ? { DEMO_DATA: 'false' } : {}),
  };
  // The end-to-end test always uses the embedded server (PostgreSQL 18), whatever DATABASE_URL says.
  delete env.DATABASE_URL;
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(repoRoot, 'packages/api/src/main.ts')],
    { cwd: path.join(repoRoot, 'packages/api'), env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  child.stdout?.on('data', (chunk) => {
    log += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    log += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the app exited during start-up:\n${log}`);
    try {
      const response = await fetch(`${baseUrl}/healthz`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the app did not become healthy in time:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 300));
  }

  return {
    baseUrl,
    output: () => log,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      const code = await Promise.race([
        exited,
        new Promise<number | null>((resolve) =>
          setTimeout(() => {
            child.kill('SIGKILL');
            resolve(-1);
          }, 30_000),
        ),
      ]);
      rmSync(dataDir, { recursive: true, force: true });
      return code;
    },
  };
}
