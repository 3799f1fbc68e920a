import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../support/app';
import { launchBrowser, screenshotPath } from '../support/browser';
import { accounts, signedInPage } from '../support/session';

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  if (app) expect(await app.stop()).toBe(0);
});

const itemCards = (page: Page) =>
  page.getByRole('list', { name: 'Daftar tindak lanjut' }).getByRole('article');

async function openItem(page: Page, title: RegExp, region: string) {
  const card = itemCards(page).filter({ hasText: region }).filter({ hasText: title }).first();
  await card.getByRole('link').first().click();
  await page.getByRole('region', { name: 'Tindakan' }).waitFor();
}

describe('what each role sees and may do', () => {
  it('staff of a regency office see only their region and may ask for more time', async () => {
    const page = await signedInPage(browser, app.baseUrl, accounts.staff);
    await page.goto(`${app.baseUrl}/tindak-lanjut`);
    await itemCards(page).first().waitFor();
    const texts = await itemCards(page).allTextContents();
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(text).toContain('Kabupaten Kerinci');
    await page.screenshot({ path: screenshotPath('10-staff-items-1280'), fullPage: true });

    await openItem(page, /Susun rencana aksi/, 'Kabupaten Kerinci');
    const actions = page.getByRole('region', { name: 'Tindakan' });
    await expect.poll(() => actions.getByRole('button', { name: 'Disposisikan' }).count()).toBe(0);
    await expect.poll(() => actions.getByRole('button', { name: 'Verifikasi' }).count()).toBe(0);
    await actions.getByRole('button', { name: 'Minta perpanjangan' }).click();
    const dialog = page.getByRole('dialog', { name: 'Minta perpanjangan tenggat' });
    await dialog.getByLabel('Tenggat baru').fill('2027-06-30');
    await dialog.getByLabel('Alasan').fill('Menunggu hasil evaluasi SPBE dari Kementerian PANRB.');
    await dialog.getByRole('button', { name: 'Kirim permintaan' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect
      .poll(() => page.getByText('Menunggu hasil evaluasi SPBE dari Kementerian PANRB.').count())
      .toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath('11-staff-extension-1280'), fullPage: true });

    // Evidence with a scanned report: uploaded to /api/files, then attached to the item for verification.
    await page.goto(`${app.baseUrl}/tindak-lanjut`);
    await itemCards(page).first().waitFor();
    await openItem(page, /Pindahkan hosting/, 'Kabupaten Kerinci');
    await actions.getByRole('button', { name: 'Kirim bukti' }).click();
    const evidence = page.getByRole('dialog', { name: 'Kirim bukti penyelesaian' });
    await evidence
      .getByLabel('Catatan bukti')
      .fill('Berita acara migrasi 12 aplikasi ke Data Center Provinsi.');
    await evidence.locator('input[type=file]').setInputFiles({
      name: 'berita-acara-migrasi.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
    });
    await evidence.getByRole('button', { name: 'Kirim untuk verifikasi' }).click();
    await evidence.waitFor({ state: 'hidden' });
    await page
      .getByRole('link', { name: /berita-acara-migrasi\.pdf/ })
      .first()
      .waitFor();
    await expect.poll(() => page.getByText('Menunggu verifikasi').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('the head approves that extension and rejects evidence once, with a reason', async () => {
    const page = await signedInPage(browser, app.baseUrl, accounts.head);
    await page.goto(`${app.baseUrl}/tindak-lanjut?wilayah=15.01`);
    await itemCards(page).first().waitFor();
    await openItem(page, /Susun rencana aksi/, 'Kabupaten Kerinci');
    const actions = page.getByRole('region', { name: 'Tindakan' });
    await actions.getByRole('button', { name: 'Putuskan perpanjangan' }).click();
    const decide = page.getByRole('dialog', { name: 'Putuskan perpanjangan tenggat' });
    await decide.getByRole('button', { name: 'Setujui perpanjangan' }).click();
    await decide.waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByText('30 Juni 2027').count()).toBeGreaterThan(0);

    await page.goto(`${app.baseUrl}/tindak-lanjut?status=awaiting_verification`);
    await itemCards(page).first().waitFor();
    // The first follow-up of its own: a directive's items waiting together show as one directive card.
    await page
      .getByRole('list', { name: 'Daftar tindak lanjut' })
      .locator('a[href^="/tindak-lanjut/"]')
      .first()
      .click();
    await actions.getByRole('button', { name: 'Verifikasi' }).click();
    const verify = page.getByRole('dialog', { name: 'Verifikasi bukti' });
    await verify
      .getByLabel('Alasan penolakan atau catatan')
      .fill('Lampirkan berita acara migrasi yang ditandatangani.');
    await verify.getByRole('button', { name: 'Tolak bukti' }).click();
    await verify.waitFor({ state: 'hidden' });
    await expect.poll(() => actions.getByRole('button', { name: 'Verifikasi' }).count()).toBe(0);
    await expect
      .poll(() => page.getByText('Lampirkan berita acara migrasi yang ditandatangani.').count())
      .toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath('12-head-rejected-evidence-1280'), fullPage: true });
    await page.close();
  });

  it('a viewer reads meetings of their region and can change nothing', async () => {
    const page = await signedInPage(browser, app.baseUrl, accounts.viewer);
    await page.goto(`${app.baseUrl}/rapat`);
    const meetings = page.getByRole('list', { name: 'Daftar rapat' }).getByRole('article');
    await meetings.first().waitFor();
    // Tebo took part in the Komdigi audiensi, the Rakornis and the 2024 forum; not in Banyuasin's or Kota Jambi's.
    expect(await meetings.count()).toBe(3);
    expect(await page.getByRole('link', { name: 'Catat rapat' }).count()).toBe(0);
    await page.goto(`${app.baseUrl}/tindak-lanjut`);
    await itemCards(page).first().waitFor();
    await itemCards(page).first().getByRole('link').first().click();
    const actions = page.getByRole('region', { name: 'Tindakan' });
    await actions.waitFor();
    expect(await actions.getByRole('button').count()).toBe(0);
    await page.screenshot({ path: screenshotPath('13-viewer-item-1280'), fullPage: true });
    await page.close();
  });

  it('a national viewer (Komdigi, no region) compares the provinces and drills down to Jambi', async () => {
    const page = await signedInPage(browser, app.baseUrl, accounts.national);
    await page.getByRole('heading', { name: 'Gambaran nasional' }).waitFor();
    await page.screenshot({ path: screenshotPath('15-national-home-1280'), fullPage: true });
    await page.goto(`${app.baseUrl}/wilayah`);
    const table = page.getByRole('table').filter({ hasText: 'Seluruh Indonesia' });
    await table.waitFor();
    // All 38 provinces, the demo's activity in Jambi and South Sumatra among them.
    expect(await table.getByRole('rowheader').count()).toBeGreaterThanOrEqual(38);
    await page.screenshot({ path: screenshotPath('16-national-regions-1280'), fullPage: true });
    await table.getByRole('link', { name: 'Provinsi Jambi' }).click();
    await page.getByRole('heading', { level: 1, name: /Provinsi Jambi/ }).waitFor();
    await expect.poll(() => page.getByText('Kabupaten Kerinci').count()).toBeGreaterThan(0);
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`${app.baseUrl}/wilayah`);
    await table.waitFor();
    // The wide table scrolls inside its own box; the page itself does not scroll sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: screenshotPath('16-national-regions-360'), fullPage: true });
    await page.close();
  });

  it('only the admin sees user administration', async () => {
    const admin = await signedInPage(browser, app.baseUrl, accounts.admin);
    await admin.getByRole('link', { name: 'Pengguna' }).first().click();
    await admin.getByText('kadis@kominfo.jambiprov.demo').first().waitFor();
    await admin.screenshot({ path: screenshotPath('14-admin-users-1280'), fullPage: true });
    await admin.close();
    const secretariat = await signedInPage(browser, app.baseUrl, accounts.secretariat);
    await secretariat.getByRole('heading', { name: 'Beranda', exact: true }).waitFor();
    expect(await secretariat.getByRole('link', { name: 'Pengguna' }).count()).toBe(0);
    await secretariat.close();
  });
});
