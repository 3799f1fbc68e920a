import path from 'node:path';
import { repoRoot } from '@tindak/db';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Manifest, readManifest } from '../bench/bundle-size';
import { type RunningApp, startApp } from '../support/app';
import { launchBrowser } from '../support/browser';
import { accounts } from '../support/session';

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
