import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '@tindak/db';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addedFiles,
  berandaSources,
  entryKey,
  gzipSize,
  type Manifest,
  readManifest,
  signInPageSource,
  staticClosure,
} from '../bench/bundle-size';
import { type RunningApp, startApp } from '../support/app';
import { launchBrowser } from '../support/browser';
import { accounts } from '../support/session';

/**
 * Issue 8: "the first page fetches only what it shows". The web build is split per page; which
 * file holds what comes from Vite's manifest (dist/.vite/manifest.json), so the test does not
 * depend on file names or hashes. The charts (@mantine/charts and recharts, the biggest library)
 * are fetched on Beranda for heads, who see them, and neither on the sign-in page nor for staff.
 */
const webDir = path.join(repoRoot, 'packages/web');

let app: RunningApp;
let browser: Browser;
let manifest: Manifest;
/** Files every page of the app needs (the entry and the app's start), so never "the charts". */
let shellFiles: Set<string>;
/** What the sign-in page may load: the shell plus the sign-in page's own file and its imports. */
let signInFiles: Set<string>;
/** The demo-account table the sign-in page adds on a demo server (Mantine's table, loaded then). */
let demoFiles: Set<string>;
/** The files only the charts need: the modules that import @mantine/charts, with their imports. */
let chartFiles: string[];
/** Beranda's own charts (a head's completion and trend): the file and the library under it. */
let homeChartFiles: string[];

beforeAll(async () => {
  const read = await readManifest(path.join(webDir, 'dist'));
  if (!read) throw new Error('packages/web/dist has no .vite/manifest.json: run the web build first');
  manifest = read;
  // The entry is a small switch between the quick sign-in page and the app (src/main.tsx): what every
  // page of the app needs is the closure of the app's start.
  shellFiles = staticClosure(manifest, [entryKey(manifest), 'src/app-start.tsx']);
  signInFiles = staticClosure(manifest, [entryKey(manifest), signInPageSource]);
  demoFiles = staticClosure(manifest, ['src/auth/quick/quick-demo-accounts.tsx']);
  const chartModules = Object.keys(manifest).filter((key) => {
    const src = manifest[key]?.src;
    if (!src || !/\.tsx?$/.test(src)) return false;
    return /from ['"]@mantine\/charts['"]/.test(readFileSync(path.join(webDir, src), 'utf8'));
  });
  // A file that some page or part needs without a chart (a piece of Mantine the charts share with
  // the inputs and menus, say) is not "the charts" either: only what no chart-free part loads is.
  const chartOwnFiles = new Set(chartModules.map((key) => manifest[key]?.file));
  const chartFree = new Set<string>();
  for (const [key, chunk] of Object.entries(manifest)) {
    if (!chunk.isEntry && !chunk.isDynamicEntry) continue;
    const files = staticClosure(manifest, [key]);
    if (![...files].some((file) => chartOwnFiles.has(file))) for (const file of files) chartFree.add(file);
  }
  const chartScripts = (modules: string[]) =>
    [...staticClosure(manifest, modules)].filter((file) => file.endsWith('.js') && !chartFree.has(file));
  chartFiles = chartScripts(chartModules);
  // Other pages draw charts of their own (an indicator over time on a region page), in other files.
  homeChartFiles = chartScripts(['src/home/charts.tsx']);
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  if (app) expect(await app.stop()).toBe(0);
});

/** A fresh visitor (no cache, no cookies) and every script file their browser asks for, as `assets/…js`. */
async function visitor(): Promise<{ page: Page; scripts: Set<string> }> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const scripts = new Set<string>();
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.endsWith('.js')) scripts.add(pathname.replace(/^\//, ''));
  });
  return { page, scripts };
}

async function signIn(page: Page, account: string) {
  await page.getByRole('button', { name: `Gunakan akun ${account}` }).click();
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/');
  await page.getByRole('heading', { level: 1, name: 'Beranda' }).waitFor();
}

describe('the first page fetches only what it shows', () => {
  it('finds the charts in their own file in the build', () => {
    expect(chartFiles.length).toBeGreaterThan(0);
    for (const file of chartFiles) expect(signInFiles.has(file)).toBe(false);
    // The sign-in page is a file of its own, not part of the shell.
    const signInChunk = manifest[signInPageSource]?.file ?? '';
    expect(signInChunk).toMatch(/\.js$/);
    expect(shellFiles.has(signInChunk)).toBe(false);
  });

  it('keeps Mantine out of the sign-in page: its runtime, components and styles come with the app', () => {
    // Mantine's components carry their name ("@mantine/core/Button") and its styles its variables.
    const withMantine = [...signInFiles].filter((file) =>
      /@mantine\/|--mantine-/.test(readFileSync(path.join(webDir, 'dist', file), 'utf8')),
    );
    expect(withMantine).toEqual([]);
  });

  it('loads the shell and the sign-in page on /masuk, without the charts; a head gets them on Beranda', async () => {
    const { page, scripts } = await visitor();
    await page.goto(`${app.baseUrl}/masuk`);
    await page.getByRole('button', { name: `Gunakan akun ${accounts.head}` }).waitFor();
    // No script is still on its way (the sign-in page holds no open stream).
    await page.waitForLoadState('networkidle');

    expect(scripts.has(manifest[entryKey(manifest)]?.file ?? '')).toBe(true);
    expect(scripts.has(manifest[signInPageSource]?.file ?? '')).toBe(true);
    // The app itself (router, queries, every word) waits until the person has signed in.
    expect(scripts.has(manifest['src/app-start.tsx']?.file ?? '')).toBe(false);
    // Beyond the page's own files, only the demo-account table (this server has demo data).
    expect([...scripts].filter((file) => !signInFiles.has(file) && !demoFiles.has(file))).toEqual([]);
    expect(chartFiles.filter((file) => scripts.has(file))).toEqual([]);

    await signIn(page, accounts.head);
    // Heads see how their region is doing, drawn as charts: now their file is fetched, and drawn.
    expect(homeChartFiles.length).toBeGreaterThan(0);
    await expect.poll(() => homeChartFiles.filter((file) => !scripts.has(file))).toEqual([]);
    const chart = page.getByRole('img', { name: /^Diagram batang penyelesaian/ });
    await chart.locator('svg.recharts-surface').first().waitFor();
    await page.context().close();
  });

  it('does not fetch the charts for staff, whose Beranda has none', async () => {
    const { page, scripts } = await visitor();
    await page.goto(`${app.baseUrl}/masuk`);
    await signIn(page, accounts.staff);
    // Beranda has its data once the upcoming meetings are shown; charts would be asked for then.
    await page.getByRole('heading', { level: 2, name: 'Rapat mendatang' }).waitFor();
    expect(await page.getByRole('img', { name: /^Diagram/ }).count()).toBe(0);
    expect(scripts.has(manifest['src/home/home-page.tsx']?.file ?? '')).toBe(true);
    expect(chartFiles.filter((file) => scripts.has(file))).toEqual([]);
    await page.context().close();
  });
});

describe('the download budgets of issue 20 (gzip level 9 of the built files)', () => {
  const gzipOf = (files: Iterable<string>) =>
    [...files].reduce((total, file) => total + gzipSize(readFileSync(path.join(webDir, 'dist', file))), 0);

  it('keeps the sign-in page within 100 kB', () => {
    expect(gzipOf(signInFiles)).toBeLessThanOrEqual(100_000);
  });

  it("adds at most 200 kB for a staff member's Beranda after signing in", () => {
    // Charts, markdown, Mantine's heavier components and the schemas load only on the pages that use them.
    expect(gzipOf(addedFiles(manifest, berandaSources, signInFiles))).toBeLessThanOrEqual(200_000);
  });
});
