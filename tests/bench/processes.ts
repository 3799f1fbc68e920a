import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { freePort, repoRoot } from '@tindak/db';

export interface RunningProcess {
  url: string;
  pid: number;
  /** Peak resident memory so far (VmHWM), in MB. */
  peakRssMb(): number;
  stop(): Promise<void>;
}

/** Starts a TypeScript entry point as one node process (tsx as a loader, so its pid is the server's). */
export async function startNodeProcess(
  entry: string,
  env: Record<string, string>,
  ready: (url: string) => Promise<boolean>,
  nodeFlags: readonly string[] = [],
): Promise<RunningProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [...nodeFlags, '--import', import.meta.resolve('tsx'), entry], {
    cwd: repoRoot,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  await waitUntil(child, () => ready(url), 60_000, entry);
  return {
    url,
    pid: child.pid as number,
    peakRssMb: () => peakRss(child.pid as number),
    stop: () => stopChild(child),
  };
}

async function waitUntil(child: ChildProcess, probe: () => Promise<boolean>, ms: number, what: string) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited with code ${child.exitCode}`);
    if (await probe().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`${what} did not become ready within ${ms / 1000} s`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export function peakRss(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return Math.round(kb / 1024);
  } catch {
    return 0;
  }
}

/**
 * With BENCH_CPU_PROF=<dir>, each API process writes a V8 CPU profile there when it stops
 * (V8's default sampling, every millisecond: little overhead over thousands of requests; read it
 * with `tsx bench/cpu-profile.ts <file>`).
 */
function profilingFlags(): string[] {
  const dir = process.env.BENCH_CPU_PROF;
  return dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : [];
}

/** The production API (NODE_ENV=production, no worker, no demo data) on a free loopback port. */
export function startApp(databaseUrl: string, env: Record<string, string> = {}): Promise<RunningProcess> {
  return startNodeProcess(
    'packages/api/src/main.ts',
    {
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      WORKER: 'off',
      DEMO_DATA: 'false',
      LOG_LEVEL: 'warn',
      ...env,
    },
    async (url) => (await fetch(`${url}/healthz`)).ok,
    profilingFlags(),
  );
}
