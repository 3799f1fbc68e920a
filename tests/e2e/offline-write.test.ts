import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../support/app';
import { launchBrowser, screenshotPath } from '../support/browser';
import { setOffline } from '../support/network';
import { accounts, signedInPage } from '../support/session';

/**
 * Issue 20, offline writes: Kerinci's staff, on a phone with no connection, report progress and send
 * evidence with a photo. Both wait on the device (the header says so), go out when the connection
 * returns, and the province head sees each exactly once.
 */
const PROGRESS_NOTE = 'Server aplikasi SIMPEG sudah dipindah, tinggal uji beban.';
const EVIDENCE_NOTE = 'Foto rak server di Data Center Provinsi setelah pemindahan.';
/** A 1 × 1 PNG: the photo taken in the field. */
const PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

let app: RunningApp;
let browser: Browser;
let itemPath = '';

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  if (app) expect(await app.stop()).toBe(0);
});

const actions = (page: Page) => page.getByRole('region', { name: 'Tindakan' });

describe('offline writes from the field', () => {
  it('Kerinci’s staff report progress and send a photo with no connection; both go out once it returns', async () => {
    const staff = await signedInPage(browser, app.baseUrl, accounts.staff, 360);
    await staff.goto(`${app.baseUrl}/tindak-lanjut`);
    await staff
      .getByRole('list', { name: 'Daftar tindak lanjut' })
      .getByRole('article')
      .filter({ hasText: /Pindahkan hosting/ })
      .first()
      .getByRole('link')
      .first()
      .click();
    await actions(staff).waitFor();
    itemPath = new URL(staff.url()).pathname;

    await setOffline(staff, true);
    await staff.getByRole('img', { name: 'Offline' }).waitFor();

    await actions(staff).getByRole('button', { name: 'Laporkan kemajuan' }).click();
    const progress = staff.getByRole('dialog', { name: 'Laporkan kemajuan' });
    await progress.getByRole('textbox', { name: /Kemajuan/ }).fill('70');
    await progress.getByLabel('Catatan kemajuan').fill(PROGRESS_NOTE);
    await progress.getByRole('button', { name: 'Simpan kemajuan' }).click();
    await progress.waitFor({ state: 'hidden' });

    await actions(staff).getByRole('button', { name: 'Kirim bukti' }).click();
    const evidence = staff.getByRole('dialog', { name: 'Kirim bukti penyelesaian' });
    await evidence.getByLabel('Catatan bukti').fill(EVIDENCE_NOTE);
    await evidence
      .locator('input[type=file]')
      .setInputFiles({ name: 'foto-rak-server.png', mimeType: 'image/png', buffer: PHOTO });
    await evidence.getByRole('button', { name: 'Kirim untuk verifikasi' }).click();
    await evidence.waitFor({ state: 'hidden' });

    // Both wait on the device, and the header counts them.
    await staff.getByRole('button', { name: '2 perubahan menunggu' }).waitFor();
    await staff.screenshot({ path: screenshotPath('75-offline-queue-360'), fullPage: true });

    // Sent when the connection returns (or at the next retry, every 10 s, if the first try is too early).
    await setOffline(staff, false);
    await expect
      .poll(() => staff.getByRole('button', { name: /perubahan menunggu/ }).count(), { timeout: 45_000 })
      .toBe(0);
    await staff.close();
  });

  it('the head sees the progress and the evidence, each exactly once', async () => {
    expect(itemPath).toMatch(/^\/tindak-lanjut\/[0-9a-f-]{36}$/);
    const head = await signedInPage(browser, app.baseUrl, accounts.head);
    await head.goto(`${app.baseUrl}${itemPath}`);
    await actions(head).waitFor();
    await head.getByText('70%').first().waitFor();
    // The progress note is shown once, in the history; a second apply would add a second entry.
    await expect.poll(() => head.getByText(PROGRESS_NOTE).count()).toBe(1);
    // One evidence, with its photo, in the evidence list; its note is shown there and in the history.
    const evidence = head.getByRole('article', { name: /^Bukti dikirim/ }).filter({ hasText: EVIDENCE_NOTE });
    await expect.poll(() => evidence.count()).toBe(1);
    expect(await evidence.getByText(/foto-rak-server\.png/).count()).toBe(1);
    expect(await head.getByText(EVIDENCE_NOTE).count()).toBe(2);
    await head.close();
  });
});
