import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../support/app';
import { audit, describeFindings } from '../support/axe';
import { launchBrowser, screenshotPath } from '../support/browser';
import { setOffline } from '../support/network';
import { accounts, signedInPage } from '../support/session';

/**
 * Issue 20, "Slow and missing connections": the installed app's shell comes from its service worker
 * and the last-seen Beranda, follow-ups and meetings from the device's copy (IndexedDB), each with
 * when it was last updated; a page never seen says it is not on the device; signing out leaves
 * nothing of the person behind for the next one on a shared office computer.
 */
let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  if (app) expect(await app.stop()).toBe(0);
});

const OFFLINE_NOTICE = 'Anda sedang offline; halaman ini belum tersimpan di perangkat';

interface OfflineCopy {
  owner: string | null;
  paths: string[];
}

/**
 * What the app keeps in IndexedDB (src/offline/persist-queries.ts): whose copy, and each query kept as
 * `path:type` (`meetings.list:infinite` is the meetings page; the follow-up filters ask a plain one).
 */
function keptQueries(page: Page): Promise<{ owner: string | null; all: string[] }> {
  return page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((db) => db.name);
    if (!names.includes('tindak-offline')) return { owner: null, all: [] };
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('tindak-offline');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      if (!db.objectStoreNames.contains('queries')) return { owner: null, all: [] };
      const read = (key: string) =>
        new Promise<unknown>((resolve, reject) => {
          const request = db.transaction('queries').objectStore('queries').get(key);
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      const owner = await read('owner');
      if (typeof owner !== 'string') return { owner: null, all: [] };
      const record = (await read(`queries:${owner}`)) as
        | { state: { queries: { queryKey: [string[], { type?: string }] }[] } }
        | undefined;
      return {
        owner,
        all: (record?.state.queries ?? []).map((q) => `${q.queryKey[0].join('.')}:${q.queryKey[1]?.type}`),
      };
    } finally {
      db.close();
    }
  });
}

/** Whose copy the device keeps, and of which procedures. */
async function offlineCopy(page: Page): Promise<OfflineCopy> {
  const { owner, all } = await keptQueries(page);
  return { owner, paths: [...new Set(all.map((kept) => kept.split(':')[0] ?? ''))].sort() };
}

/** Whether the copy holds this query (`path:type`) yet: it is written a second after the data came. */
async function keeps(page: Page, query: string): Promise<boolean> {
  return (await keptQueries(page)).all.includes(query);
}

async function signOut(page: Page, width: number) {
  if (width < 992) {
    await page.getByRole('button', { name: 'Menu', exact: true }).click();
    await page.getByRole('dialog', { name: 'Menu' }).getByRole('button', { name: 'Keluar' }).click();
  } else {
    await page.getByRole('button', { name: /menu akun/ }).click();
    await page.getByRole('menuitem', { name: 'Keluar' }).click();
  }
  await page.waitForURL((url) => url.pathname === '/masuk');
}

/** The titles a list of cards shows (follow-ups, meetings). */
async function cardTitles(page: Page, listName: string): Promise<string[]> {
  const list = page.getByRole('list', { name: listName });
  await list.waitFor();
  return list.getByRole('article').getByRole('link').first().allTextContents();
}

async function lastUpdatedShown(page: Page) {
  const line = page.getByText(/^Terakhir diperbarui \S+, \d+ \S+ \d{4} \d{2}\.\d{2} WIB$/);
  await line.waitFor();
  return line;
}

describe.each([
  { width: 1280, shot: 70 },
  { width: 360, shot: 72 },
])('offline reading at $width px', ({ width, shot }) => {
  it('reads Beranda, follow-ups and meetings offline, and leaves nothing behind after signing out', async () => {
    const page = await signedInPage(browser, app.baseUrl, accounts.staff, width);
    await page.getByRole('heading', { level: 1, name: 'Beranda' }).waitFor();
    const mine = page.getByRole('region', { name: 'Tindak lanjut saya' });
    await page.getByRole('region', { name: 'Rapat mendatang' }).waitFor();
    const berandaItems = await mine.getByRole('link').allTextContents();
    // The worker is installed (its precache of the shell complete) and controls the page.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

    // Each page is opened as a new load (the copy carries over between loads, as between visits).
    await expect
      .poll(async () => (await offlineCopy(page)).paths, { timeout: 15_000 })
      .toEqual(['auth.me', 'dashboard.home']);
    await page.goto(`${app.baseUrl}/tindak-lanjut`);
    const followUps = await cardTitles(page, 'Daftar tindak lanjut');
    expect(followUps.length).toBeGreaterThan(0);
    await expect
      .poll(async () => (await offlineCopy(page)).paths, { timeout: 15_000 })
      .toContain('actionItems.list');
    await page.goto(`${app.baseUrl}/rapat`);
    const meetings = await cardTitles(page, 'Daftar rapat');
    // The follow-up page's meeting filter keeps a `meetings.list` of its own: wait for the page's.
    await expect.poll(() => keeps(page, 'meetings.list:infinite'), { timeout: 15_000 }).toBe(true);
    expect(meetings.length).toBeGreaterThan(0);
    await expect
      .poll(async () => (await offlineCopy(page)).paths, { timeout: 15_000 })
      .toEqual(['actionItems.list', 'auth.me', 'dashboard.home', 'meetings.list']);
    const owner = (await offlineCopy(page)).owner;
    expect(owner).not.toBeNull();

    await setOffline(page, true);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);

    // A full load with no network: the shell from the worker, the data from the device.
    await page.goto(`${app.baseUrl}/`);
    await page.getByRole('heading', { level: 1, name: 'Beranda' }).waitFor();
    await lastUpdatedShown(page);
    await page.getByRole('region', { name: 'Rapat mendatang' }).waitFor();
    expect(await mine.getByRole('link').allTextContents()).toEqual(berandaItems);
    await page.screenshot({ path: screenshotPath(`${shot}-offline-beranda-${width}`), fullPage: true });

    await page.goto(`${app.baseUrl}/tindak-lanjut`);
    await lastUpdatedShown(page);
    expect(await cardTitles(page, 'Daftar tindak lanjut')).toEqual(followUps);
    await page.goto(`${app.baseUrl}/rapat`);
    await lastUpdatedShown(page);
    expect(await cardTitles(page, 'Daftar rapat')).toEqual(meetings);

    // A page never opened is not on the device: it says so, it does not spin.
    await page.goto(`${app.baseUrl}/komitmen`);
    await page.getByRole('status', { name: OFFLINE_NOTICE }).waitFor();
    await page.screenshot({ path: screenshotPath(`${shot + 1}-offline-not-saved-${width}`), fullPage: true });
    // Mantine's transitions end within 250 ms; axe reads colours mid-fade otherwise.
    await page.waitForTimeout(300);
    const findings = await audit(page, `offline notice ${width}`, { touch: width < 992 });
    expect(findings, describeFindings(findings)).toEqual([]);

    // Back online, the person signs out: nothing of theirs stays on the device.
    await setOffline(page, false);
    await page.goto(`${app.baseUrl}/`);
    await page.getByRole('heading', { level: 1, name: 'Beranda' }).waitFor();
    await signOut(page, width);
    await expect.poll(async () => offlineCopy(page), { timeout: 15_000 }).toEqual({ owner: null, paths: [] });

    // Offline again, the next person at this computer finds no one's pages.
    await setOffline(page, true);
    await page.goto(`${app.baseUrl}/tindak-lanjut`);
    await page.getByRole('status', { name: OFFLINE_NOTICE }).waitFor();
    for (const title of followUps) expect(await page.getByText(title, { exact: true }).count()).toBe(0);

    // Someone else signs in at the same computer: the copy becomes theirs alone.
    await setOffline(page, false);
    await page.goto(`${app.baseUrl}/masuk`);
    await page.getByRole('button', { name: `Gunakan akun ${accounts.banyuasin}` }).click();
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Beranda' }).waitFor();
    await expect.poll(async () => (await offlineCopy(page)).owner, { timeout: 15_000 }).not.toBeNull();
    expect((await offlineCopy(page)).owner).not.toBe(owner);
    await page.context().close();
  });
});
