/**
 * Where an API process spent its CPU: reads a V8 .cpuprofile (written with BENCH_CPU_PROF, see
 * processes.ts) and sums self-time by package (node_modules/<pkg>, our workspace packages, node's
 * own internals, garbage collection) and by function.
 *
 *   pnpm --filter @tindak/tests exec tsx bench/cpu-profile.ts <file.cpuprofile> [--skip-seconds 20] [--until-seconds 60] [--top 40]
 *   pnpm --filter @tindak/tests exec tsx bench/cpu-profile.ts <file.cpuprofile> --stretches
 *
 * --skip-seconds/--until-seconds keep one part of the run: leave out the start (migrations, loading
 * and compiling the modules), or keep one scenario's load (--stretches lists when the process was
 * busy; http-bench logs how many requests each stretch served). Self-time only: a function's
 * callees count for their own package, except that node's and V8's work (socket writes, JSON,
 * microtasks) is also shown charged to the package that called it.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** The package a script belongs to: `node_modules/<pkg>` (scoped too), a workspace package, or node itself. */
export function packageOf(url: string, functionName: string): string {
  if (!url) {
    if (functionName === '(garbage collector)') return '(gc)';
    if (functionName === '(idle)' || functionName === '(program)') return functionName;
    return '(native)';
  }
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const parts = url.slice(modules + '/node_modules/'.length).split('/');
    return parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? url);
  }
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0]}`;
  const workspace = /\/(packages\/[^/]+|db|tests)\/src\/([^/]+)/.exec(url);
  if (workspace)
    return `${workspace[1]}/${workspace[2]?.endsWith('.ts') ? '' : workspace[2]}`.replace(/\/$/, '');
  return url;
}

export function summarize(profile: CpuProfile, skipSeconds: number, untilSeconds = Number.POSITIVE_INFINITY) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  /** The first package up the stack that is ours or a dependency: who asked for node's or V8's work. */
  const callerOf = (id: number): string => {
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
      const frame = (byId.get(at) as ProfileNode).callFrame;
      const pkg = packageOf(frame.url, frame.functionName);
      if (pkg !== '(native)' && !pkg.startsWith('node:')) return pkg;
    }
    return '(node, no JS caller)';
  };
  const selfUs = new Map<number, number>();
  let clock = profile.startTime;
  const from = profile.startTime + skipSeconds * 1e6;
  const until = profile.startTime + untilSeconds * 1e6;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    clock += delta;
    if (clock < from || clock > until) return;
    selfUs.set(id, (selfUs.get(id) ?? 0) + delta);
  });
  const packages = new Map<string, number>();
  const functions = new Map<string, number>();
  const callers = new Map<string, number>();
  let busy = 0;
  let idle = 0;
  for (const [id, us] of selfUs) {
    const frame = (byId.get(id) as ProfileNode).callFrame;
    const pkg = packageOf(frame.url, frame.functionName);
    if (pkg === '(idle)') {
      idle += us;
      continue;
    }
    busy += us;
    packages.set(pkg, (packages.get(pkg) ?? 0) + us);
    const caller = callerOf(id);
    callers.set(caller, (callers.get(caller) ?? 0) + us);
    const file = frame.url.split('/').slice(-1)[0] ?? '';
    const name = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1} [${pkg}]`;
    functions.set(name, (functions.get(name) ?? 0) + us);
  }
  const sorted = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]);
  return {
    busyUs: busy,
    idleUs: idle,
    packages: sorted(packages),
    callers: sorted(callers),
    functions: sorted(functions),
  };
}

/**
 * The stretches of the run in which the process was busy, separated by `gapSeconds` or more of
 * idle seconds: in a benchmark run, one stretch per scenario's load on the app (the app is idle
 * while the baseline is measured), so each can be summarised on its own with --skip/--until.
 */
export function busyStretches(profile: CpuProfile, gapSeconds = 8): { from: number; to: number }[] {
  const idleIds = new Set(
    profile.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id),
  );
  const busyPerSecond: number[] = [];
  let clock = profile.startTime;
  profile.samples.forEach((id, index) => {
    clock += profile.timeDeltas[index] ?? 0;
    const second = Math.floor((clock - profile.startTime) / 1e6);
    if (!idleIds.has(id))
      busyPerSecond[second] = (busyPerSecond[second] ?? 0) + (profile.timeDeltas[index] ?? 0);
  });
  const stretches: { from: number; to: number }[] = [];
  let open: { from: number; to: number } | null = null;
  let idle = 0;
  for (let second = 0; second < busyPerSecond.length; second += 1) {
    if ((busyPerSecond[second] ?? 0) > 150_000) {
      open ??= { from: second, to: second };
      open.to = second + 1;
      idle = 0;
    } else if (open) {
      idle += 1;
      if (idle >= gapSeconds) {
        stretches.push(open);
        open = null;
      }
    }
  }
  if (open) stretches.push(open);
  return stretches;
}

if (import.meta.filename === process.argv[1]) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'skip-seconds': { type: 'string', default: '0' },
      'until-seconds': { type: 'string', default: 'Infinity' },
      stretches: { type: 'boolean', default: false },
      top: { type: 'string', default: '40' },
    },
  });
  const file = positionals[0];
  if (!file) throw new Error('usage: cpu-profile.ts <file.cpuprofile> [--skip-seconds N] [--top N]');
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  if (values.stretches) {
    for (const { from, to } of busyStretches(profile)) console.log(`busy from ${from} s to ${to} s`);
    process.exit(0);
  }
  const result = summarize(profile, Number(values['skip-seconds']), Number(values['until-seconds']));
  const top = Number(values.top);
  const ms = (us: number) => (us / 1000).toFixed(0).padStart(7);
  const pct = (us: number) => `${((100 * us) / result.busyUs).toFixed(1).padStart(5)}%`;
  console.log(`busy ${ms(result.busyUs)} ms, idle ${ms(result.idleUs)} ms`);
  console.log('\nself-time by package');
  for (const [name, us] of result.packages.slice(0, top)) console.log(`${ms(us)} ms ${pct(us)}  ${name}`);
  console.log("\nself-time by package, node's and V8's work charged to the package that called it");
  for (const [name, us] of result.callers.slice(0, top)) console.log(`${ms(us)} ms ${pct(us)}  ${name}`);
  console.log('\nself-time by function');
  for (const [name, us] of result.functions.slice(0, top)) console.log(`${ms(us)} ms ${pct(us)}  ${name}`);
}
