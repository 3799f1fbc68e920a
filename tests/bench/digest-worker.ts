import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '@tindak/db';

/** One reading of the worker's /proc/<pid>/status, in MB. */
export interface MemorySample {
  at: number;
  rssMb: number;
  peakRssMb: number;
}

export interface BenchWorker {
  pid: number;
  logFile: string;
  /** Reads VmRSS and VmHWM now (null once the process is gone). */
  sample(): MemorySample | null;
  exited(): boolean;
  /** SIGTERM (the worker finishes its current jobs), SIGKILL after 30 s. Resolves with the exit code. */
  stop(): Promise<number | null>;
}

/**
 * `pnpm worker` as one node process: tsx as a loader (`--import`), not the tsx CLI (which runs the
 * program in a child process), so the pid is the worker itself and its memory can be read. Output
 * (pino JSON, one line per job) goes to `logFile`, not through this process.
 */
export async function startBenchWorker(
  env: Record<string, string>,
  logFile: string,
  nodeArgs: string[] = [],
): Promise<BenchWorker> {
  const out = openSync(logFile, 'w');
  const child = spawn(
    process.execPath,
    [
      ...nodeArgs,
      '--import',
      import.meta.resolve('tsx'),
      path.join(repoRoot, 'packages/api/src/worker-main.ts'),
    ],
    {
      cwd: path.join(repoRoot, 'packages/api'),
      env: { ...process.env, ...env },
      stdio: ['ignore', out, out],
    },
  );
  closeSync(out);
  const pid = child.pid as number;
  // If this process ends first (an error, Ctrl-C), the worker must not stay behind.
  const orphanGuard = () => child.kill('SIGKILL');
  process.once('exit', orphanGuard);
  child.once('exit', () => process.removeListener('exit', orphanGuard));
  const started = Date.now();
  while (!readFileSync(logFile, 'utf8').includes('"msg":"worker ready"')) {
    if (child.exitCode !== null) {
      throw new Error(`the worker exited with code ${child.exitCode}:\n${tail(logFile)}`);
    }
    if (Date.now() - started > 60_000) {
      child.kill('SIGKILL');
      throw new Error(`the worker was not ready within 60 s:\n${tail(logFile)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    pid,
    logFile,
    sample: () => readMemory(pid),
    exited: () => child.exitCode !== null || child.signalCode !== null,
    stop: () => stopChild(child),
  };
}

export function readMemory(pid: number): MemorySample | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
    return { at: performance.now(), rssMb: kb('VmRSS') / 1024, peakRssMb: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}

/** CPU seconds (user + system) a process has used so far, from /proc/<pid>/stat; null once gone. */
export function cpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime
    return ticks / CLOCK_TICKS;
  } catch {
    return null;
  }
}

/** USER_HZ: 100 on Linux for every architecture Node runs on. */
const CLOCK_TICKS = 100;

/** The last lines of the worker's log, for error messages. */
export function tail(file: string, lines = 20): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

function stopChild(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
    child.kill('SIGTERM');
  });
}
