/**
 * Size of the production web bundle (issue 8): every JS and CSS file in packages/web/dist, raw and
 * gzipped (level 9, as a server would send it), the total, and "first page": what a browser has to
 * download to show the sign-in page (the entry file, its static imports and the sign-in page's own
 * lazily loaded file with its imports), read from Vite's build manifest; and "Beranda after sign-in,
 * added": what a staff member's browser adds to that on signing in (the app's start, Beranda's page
 * and the Indonesian words, each with its imports), the issue-20 budget (tests/e2e/first-page.test.ts).
 *
 * Build first (`pnpm --filter @tindak/web build`), then from the repository root:
 *   pnpm --filter @tindak/tests exec tsx bench/bundle-size.ts [distDir]
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { constants, gzipSync } from 'node:zlib';

export const defaultDistDir = fileURLToPath(new URL('../../packages/web/dist', import.meta.url));

/**
 * The sign-in page's module as a first visit loads it (relative to packages/web): the quick sign-in
 * page, which main.tsx loads instead of the app on /masuk.
 */
export const signInPageSource = 'src/auth/quick/start-quick-sign-in.tsx';

/**
 * What Beranda adds for a staff member after signing in (relative to packages/web): the app's start,
 * Beranda's page and the words of the default language (main.tsx fetches them beside the app).
 * A head's charts come later, after Beranda is drawn, and are not counted.
 */
export const berandaSources = ['src/app-start.tsx', 'src/home/home-page.tsx', 'src/i18n/words.id.ts'];

/** One entry of dist/.vite/manifest.json (the fields this report uses). */
export interface ManifestChunk {
  file: string;
  name?: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

export interface AssetSize {
  /** Path inside dist, e.g. `assets/index-AbC123.js`. */
  file: string;
  kind: 'js' | 'css';
  raw: number;
  gzip: number;
  /** Downloaded for the sign-in page. */
  firstPage: boolean;
  /** Downloaded on signing in, for Beranda (not already there for the sign-in page). */
  berandaAdded: boolean;
}

export interface SizeTotal {
  files: number;
  raw: number;
  gzip: number;
}

export interface BundleTotals {
  all: SizeTotal;
  js: SizeTotal;
  css: SizeTotal;
  firstPage: SizeTotal;
  /** Beranda after sign-in: the files it needs that the sign-in page did not load. */
  berandaAdded: SizeTotal;
  /** The largest single JS file (gzip), the one most worth splitting further. */
  largestJs: AssetSize | null;
}

export interface BundleReport {
  markdown: string;
  totals: BundleTotals;
  assets: AssetSize[];
}

export interface BundleReportOptions {
  /** The route module whose files count as "first page"; the sign-in page by default. */
  firstPageSource?: string;
}

async function listFiles(dir: string, base = dir): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return listFiles(full, base);
      // file.br and file.gz are the build's compressed copies of file (build/precompress.ts), not files of their own.
      if (/\.(br|gz)$/.test(entry.name)) return [];
      return [path.relative(base, full).split(path.sep).join('/')];
    }),
  );
  return nested.flat();
}

/** The files a manifest entry needs before it runs: itself, its static imports (transitively) and their CSS. */
export function staticClosure(manifest: Manifest, keys: string[]): Set<string> {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the build manifest has no entry "${key}"`);
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const key of keys) visit(key);
  return files;
}

/** The files `sources` need beyond those the sign-in page loaded (`firstPageFiles`). */
export function addedFiles(manifest: Manifest, sources: string[], firstPageFiles: Set<string>): Set<string> {
  const needed = staticClosure(manifest, [entryKey(manifest), ...sources]);
  return new Set([...needed].filter((file) => !firstPageFiles.has(file)));
}

/** A file's size as a server sends it compressed: gzip at level 9. */
export function gzipSize(content: Buffer): number {
  return gzipSync(content, { level: constants.Z_BEST_COMPRESSION }).length;
}

/** The manifest's HTML entry (`index.html`). */
export function entryKey(manifest: Manifest): string {
  const key = Object.keys(manifest).find((k) => manifest[k]?.isEntry);
  if (!key) throw new Error('the build manifest has no entry chunk');
  return key;
}

export async function readManifest(distDir: string): Promise<Manifest | null> {
  const file = path.join(distDir, '.vite', 'manifest.json');
  if (!existsSync(file)) return null;
  return JSON.parse(await readFile(file, 'utf8')) as Manifest;
}

/** Without a manifest (an older build): what index.html itself loads. */
async function filesOfIndexHtml(distDir: string): Promise<Set<string>> {
  const html = await readFile(path.join(distDir, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1] ?? '');
  return new Set(refs.filter(Boolean));
}

function sum(rows: AssetSize[]): SizeTotal {
  return {
    files: rows.length,
    raw: rows.reduce((n, r) => n + r.raw, 0),
    gzip: rows.reduce((n, r) => n + r.gzip, 0),
  };
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const bytes = (n: number) => n.toLocaleString('en-US');

export async function bundleReport(
  distDir: string = defaultDistDir,
  options: BundleReportOptions = {},
): Promise<BundleReport> {
  if (!existsSync(path.join(distDir, 'index.html'))) {
    throw new Error(`${distDir} has no build: run \`pnpm --filter @tindak/web build\` first`);
  }
  const firstPageSource = options.firstPageSource ?? signInPageSource;
  const manifest = await readManifest(distDir);
  let firstPageFiles: Set<string>;
  let firstPageNote: string;
  let berandaFiles = new Set<string>();
  if (manifest) {
    const keys = [entryKey(manifest)];
    if (manifest[firstPageSource]) keys.push(firstPageSource);
    firstPageFiles = staticClosure(manifest, keys);
    firstPageNote = manifest[firstPageSource]
      ? `entry + its static imports + \`${firstPageSource}\` and its imports (from .vite/manifest.json)`
      : `entry + its static imports (\`${firstPageSource}\` is not a separate chunk)`;
    if (berandaSources.every((source) => manifest[source])) {
      berandaFiles = addedFiles(manifest, berandaSources, firstPageFiles);
    }
  } else {
    firstPageFiles = await filesOfIndexHtml(distDir);
    firstPageNote = 'files named in index.html (no .vite/manifest.json in this build)';
  }

  const files = (await listFiles(distDir)).filter((f) => /\.(js|css)$/.test(f) && !f.startsWith('.vite/'));
  const assets: AssetSize[] = await Promise.all(
    files.map(async (file) => {
      const content = await readFile(path.join(distDir, file));
      return {
        file,
        kind: file.endsWith('.css') ? ('css' as const) : ('js' as const),
        raw: content.length,
        gzip: gzipSize(content),
        firstPage: firstPageFiles.has(file),
        berandaAdded: berandaFiles.has(file),
      };
    }),
  );
  assets.sort((a, b) => b.gzip - a.gzip || a.file.localeCompare(b.file));

  const js = assets.filter((a) => a.kind === 'js');
  const totals: BundleTotals = {
    all: sum(assets),
    js: sum(js),
    css: sum(assets.filter((a) => a.kind === 'css')),
    firstPage: sum(assets.filter((a) => a.firstPage)),
    berandaAdded: sum(assets.filter((a) => a.berandaAdded)),
    largestJs: js[0] ?? null,
  };

  const row = (name: string, raw: number, gzip: number, first = '', beranda = '') =>
    `| ${name} | ${bytes(raw)} | ${bytes(gzip)} | ${first} | ${beranda} |`;
  const summary = (label: string, t: SizeTotal) =>
    `| ${label} | ${t.files} | ${bytes(t.raw)} (${kB(t.raw)}) | ${bytes(t.gzip)} (${kB(t.gzip)}) |`;
  const markdown = [
    '### Web bundle size',
    '',
    `Gzip at level 9. First page = the sign-in page: ${firstPageNote}. Beranda after sign-in, added =` +
      ` what a staff member's Beranda needs beyond the first page: ${berandaSources.map((s) => `\`${s}\``).join(', ')}` +
      ' with their imports.',
    '',
    '| | files | raw bytes | gzip bytes |',
    '| --- | ---: | ---: | ---: |',
    summary('**First page (sign-in)**', totals.firstPage),
    summary('**Beranda after sign-in, added**', totals.berandaAdded),
    summary('JS', totals.js),
    summary('CSS', totals.css),
    summary('**Total**', totals.all),
    '',
    '<details><summary>Every file, largest (gzip) first</summary>',
    '',
    '| file | raw bytes | gzip bytes | first page | Beranda, added |',
    '| --- | ---: | ---: | :---: | :---: |',
    ...assets.map((a) =>
      row(`\`${a.file}\``, a.raw, a.gzip, a.firstPage ? '✓' : '', a.berandaAdded ? '✓' : ''),
    ),
    row('**total**', totals.all.raw, totals.all.gzip),
    '',
    '</details>',
    '',
  ].join('\n');

  return { markdown, totals, assets };
}

const runDirectly = process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (runDirectly) {
  const distDir = process.argv[2] ? path.resolve(process.argv[2]) : defaultDistDir;
  bundleReport(distDir).then(
    (report) => process.stdout.write(report.markdown),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
