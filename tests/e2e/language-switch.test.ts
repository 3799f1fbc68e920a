import path from 'node:path';
import { repoRoot } from '@tindak/db';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Manifest, readManifest } from '../bench/bundle-size';
import { type RunningApp, startApp } from '../support/app';
import { launchBrowser } from '../support/browser';
import { accounts, signedInPage } from '../support/session';

/**
 * Issue 20: the app carries the words of the person's language only; the other language's file
 * comes when they switch, and the page changes language only once it is here (no raw keys shown).
 */
let app: RunningApp;
let browser: Browser;
let manifest: Manifest;

const wordsFile = (lang: 'id' | 'en') => manifest[`src/i18n/words.${lang}.ts`]?.file ?? '';

beforeAll(async () => {
  const read = await readManifest(path.join(repoRoot, 'packages/web/dist'));
  if (!read) throw new Error('packages/web/dist has no .vite/manifest.json: run the web build first');
  manifest = read;
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  if (app) expect(await app.stop()).toBe(0);
});

describe('switching the language', () => {
  it('fetches the other language when asked, and keeps it for the next visit', async () => {
    expect(wordsFile('id')).toMatch(/\.js$/);
    expect(wordsFile('en')).toMatch(/\.js$/);
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'id-ID',
      timezoneId: 'Asia/Jakarta',
    });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const scripts: string[] = [];
    page.on('request', (request) => scripts.push(new URL(request.url()).pathname.replace(/^\//, '')));
    const rawKeys = () => page.getByText(/^home\.\w+/).count();

    await page.goto(`${app.baseUrl}/masuk`);
    await page.getByRole('button', { name: `Gunakan akun ${accounts.staff}` }).click();
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Rapat mendatang' }).waitFor();
    expect(scripts).toContain(wordsFile('id'));
    expect(scripts).not.toContain(wordsFile('en'));

    await page.getByRole('button', { name: 'English', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Home' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Upcoming meetings' }).waitFor();
    expect(scripts).toContain(wordsFile('en'));
    expect(await rawKeys()).toBe(0);

    // The next visit starts in English, with English words only.
    scripts.length = 0;
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Upcoming meetings' }).waitFor();
    expect(scripts).toContain(wordsFile('en'));
    expect(scripts).not.toContain(wordsFile('id'));

    await page.getByRole('button', { name: 'Indonesia', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Rapat mendatang' }).waitFor();
    expect(await rawKeys()).toBe(0);
    await context.close();
  });
});

/**
 * The header at the widths of laptops and tablets: the account (and signing out) stays on the
 * screen. At 1024 px the sections and the account did not fit on one line, and the account menu
 * was pushed off the right edge. The admin has the most sections, so the least room.
 */
describe('the header', () => {
  it.each([1024, 1200, 1280, 1440])('keeps the account within reach at %i px', async (width) => {
    const page = await signedInPage(browser, app.baseUrl, accounts.admin, width);
    await page.getByRole('heading', { level: 1, name: 'Beranda' }).waitFor();
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    const header = page.locator('header');
    const sections = header.getByRole('navigation', { name: 'Navigasi utama' });
    const onScreen = (box: { x: number; width: number } | null) =>
      expect(box && box.x >= 0 && box.x + box.width <= width).toBe(true);
    if (width < 1200) {
      // Sections and account live behind "Menu" there.
      expect(await sections.isVisible()).toBe(false);
      const menu = header.getByRole('button', { name: 'Menu', exact: true });
      onScreen(await menu.boundingBox());
      await menu.click();
      await page.getByRole('dialog', { name: 'Menu' }).getByRole('button', { name: 'Keluar' }).waitFor();
    } else {
      await sections.getByRole('link', { name: 'Pengguna' }).waitFor();
      const account = header.getByRole('button', { name: /menu akun/ });
      onScreen(await account.boundingBox());
      onScreen(await header.getByRole('button', { name: 'English', exact: true }).boundingBox());
      await account.click();
      await page.getByRole('menuitem', { name: 'Keluar' }).waitFor();
    }
    await page.close();
  });
});
