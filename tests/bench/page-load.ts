/**
 * Page load on a slow phone (issue 20, "Slow connections"): Chromium with Lighthouse's mobile
 * throttling (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, 4x CPU slowdown), a cold cache on
 * every run, against the production build served by the API on its demo data (embedded PostgreSQL):
 *
 *   - sign-in usable: from navigating to /masuk until the email and password fields are enabled and
 *     take typing;
 *   - Beranda: from submitting the sign-in form until a row of the person's items is visible;
 *   - the bytes the browser received for each (CDP's encoded lengths: what came over the wire).
 *
 * Median of 5 runs per account (a staff member and a provincial head). Figures, not assertions:
 * tests/e2e/first-page.test.ts checks the byte budgets. Build first, then from the repository root:
 *   pnpm --filter @tindak/tests exec tsx bench/page-load.ts [--runs 5] [--url http://127.0.0.1:3000]
 * WEB_DIST=<dir> measures another build (e.g. a copy of an older dist); --url measures an app
 * already running with the demo data instead of starting one.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { type RunningApp, startApp } from '../support/app';
import { launchBrowser } from '../support/browser';

/** Lighthouse's "mobile" (simulated slow 4G) profile, as DevTools applies it. */
export const slowPhone = {
  latencyMs: 150,
  downloadBytesPerSecond: (1.6 * 1024 * 1024) / 8,
  uploadBytesPerSecond: (750 * 1024) / 8,
  cpuSlowdown: 4,
};

/** The demo accounts measured, by their label on the sign-in page. */
const people = [
  { who: 'staff', label: 'Staf Diskominfo Kabupaten Kerinci' },
  { who: 'provincial head', label: 'Kepala Dinas Kominfo Provinsi Jambi' },
] as const;

interface Run {
  signInMs: number;
  signInBytes: number;
  homeMs: number;
  homeBytes: number;
}

export interface PageLoadResult {
  markdown: string;
  medians: Record<string, Run>;
}

interface DemoAccount {
  email: string;
  password: string;
  label: string;
}

async function demoAccounts(baseUrl: string): Promise<DemoAccount[]> {
  const response = await fetch(`${baseUrl}/trpc/auth.me`);
  const body = (await response.json()) as { result: { data: { demoAccounts: DemoAccount[] } } };
  return body.result.data.demoAccounts;
}

async function throttle(cdp: CDPSession) {
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: slowPhone.latencyMs,
    downloadThroughput: slowPhone.downloadBytesPerSecond,
    uploadThroughput: slowPhone.uploadBytesPerSecond,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowPhone.cpuSlowdown });
}

/** Bytes received since the last reset, counted from CDP's loadingFinished events. */
function byteCounter(cdp: CDPSession) {
  let bytes = 0;
  cdp.on('Network.loadingFinished', (event) => {
    bytes += event.encodedDataLength;
  });
  return {
    take() {
      const n = bytes;
      bytes = 0;
      return n;
    },
  };
}

async function oneRun(browser: Browser, baseUrl: string, account: DemoAccount): Promise<Run> {
  // A new context each run: no cookies, no HTTP cache, no service worker from an earlier run.
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    serviceWorkers: 'block',
  });
  try {
    const page: Page = await context.newPage();
    page.setDefaultTimeout(120_000);
    const cdp = await context.newCDPSession(page);
    await throttle(cdp);
    const bytes = byteCounter(cdp);

    const t0 = Date.now();
    await page.goto(`${baseUrl}/masuk`, { waitUntil: 'commit' });
    const email = page.getByRole('textbox', { name: /^Email/ });
    const password = page.getByLabel(/^Kata sandi/);
    await email.waitFor({ state: 'visible' });
    await password.waitFor({ state: 'visible' });
    // Usable: the field is enabled and takes what is typed (React has attached its handlers).
    await email.fill(account.email);
    await password.fill(account.password);
    const signInMs = Date.now() - t0;
    const signInBytes = bytes.take();

    const t1 = Date.now();
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    // The person's own items on Beranda: a row of one of its item lists.
    await page.locator('ul.tindak-home-list > li').first().waitFor({ state: 'visible' });
    const homeMs = Date.now() - t1;
    const homeBytes = bytes.take();
    return { signInMs, signInBytes, homeMs, homeBytes };
  } finally {
    await context.close();
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

export async function measurePageLoad({
  runs = 5,
  url,
  log = console.log,
}: {
  runs?: number;
  /** An app already running with the demo data (e.g. on another build); started here otherwise. */
  url?: string;
  log?: (line: string) => void;
} = {}): Promise<PageLoadResult> {
  let app: RunningApp | undefined;
  let browser: Browser | undefined;
  try {
    [app, browser] = await Promise.all([url ? undefined : startApp(), launchBrowser()]);
    const baseUrl = url ?? app?.baseUrl ?? '';
    const accounts = await demoAccounts(baseUrl);
    const medians: Record<string, Run> = {};
    for (const person of people) {
      const account = accounts.find((a) => a.label === person.label);
      if (!account) throw new Error(`the demo data has no account "${person.label}"`);
      const all: Run[] = [];
      for (let i = 0; i < runs; i++) {
        const run = await oneRun(browser, baseUrl, account);
        log(`page load, ${person.who}, run ${i + 1}: sign-in ${run.signInMs} ms, Beranda ${run.homeMs} ms`);
        all.push(run);
      }
      medians[person.who] = {
        signInMs: median(all.map((r) => r.signInMs)),
        signInBytes: median(all.map((r) => r.signInBytes)),
        homeMs: median(all.map((r) => r.homeMs)),
        homeBytes: median(all.map((r) => r.homeBytes)),
      };
    }
    const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;
    const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    const markdown = [
      '### Page load on a slow phone',
      '',
      `Chromium, Lighthouse mobile throttling (${slowPhone.latencyMs} ms RTT, 1.6 Mbit/s down, 750 kbit/s up, ` +
        `${slowPhone.cpuSlowdown}x CPU), cold cache, demo data; median of ${runs} runs. Bytes: received over the wire.`,
      '',
      '| account | sign-in usable | bytes | Beranda with own items (after submit) | bytes |',
      '| --- | ---: | ---: | ---: | ---: |',
      ...Object.entries(medians).map(
        ([who, m]) =>
          `| ${who} | ${s(m.signInMs)} | ${kB(m.signInBytes)} | ${s(m.homeMs)} | ${kB(m.homeBytes)} |`,
      ),
      '',
    ].join('\n');
    return { markdown, medians };
  } finally {
    await browser?.close();
    await app?.stop();
  }
}

const runDirectly = process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (runDirectly) {
  const { values } = parseArgs({
    options: { runs: { type: 'string', default: '5' }, url: { type: 'string' } },
  });
  measurePageLoad({ runs: Number(values.runs), url: values.url }).then(
    (result) => process.stdout.write(result.markdown),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
