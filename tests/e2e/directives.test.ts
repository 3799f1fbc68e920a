import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../support/app';
import { launchBrowser, screenshotPath } from '../support/browser';
import { accounts, signedInPage } from '../support/session';

/**
 * Issue 19's directives on the demo data: the province head hands one directive to all 11
 * regencies/cities in one step, the offices report (Kerinci's staff from a phone: progress, then
 * evidence; two more offices' items are worked by the head, the only other demo account over
 * them), the head verifies Kerinci's evidence, and watches the combined progress at 1280 and 360 px.
 */
const TITLE = 'Laporkan aplikasi yang masih di luar Data Center Provinsi';

let app: RunningApp;
let browser: Browser;
let directivePath = '';

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  if (app) expect(await app.stop()).toBe(0);
});

/** dd/mm/yyyy, `days` from today: how the form takes a date. */
function dayFromToday(days: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()}`;
}

/** The office's row on the directive page opens its item. */
async function openOfficeItem(page: Page, office: string) {
  await page.goto(`${app.baseUrl}${directivePath}`);
  await page
    .getByRole('link', { name: `Buka tindak lanjut ${office}` })
    .or(page.getByRole('link', { name: office, exact: true }))
    .filter({ visible: true })
    .first()
    .click();
  await page.getByRole('region', { name: 'Tindakan' }).waitFor();
}

async function reportProgress(page: Page, value: string) {
  await page
    .getByRole('region', { name: 'Tindakan' })
    .getByRole('button', { name: 'Laporkan kemajuan' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Laporkan kemajuan' });
  await dialog.getByRole('textbox', { name: /Kemajuan/ }).fill(value);
  await dialog.getByRole('button', { name: 'Simpan kemajuan' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

async function sendEvidence(page: Page, note: string) {
  await page.getByRole('region', { name: 'Tindakan' }).getByRole('button', { name: 'Kirim bukti' }).click();
  const dialog = page.getByRole('dialog', { name: 'Kirim bukti penyelesaian' });
  await dialog.getByLabel('Catatan bukti').fill(note);
  await dialog.getByRole('button', { name: 'Kirim untuk verifikasi' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

describe('directives: one instruction to the 11 regencies/cities, followed to the end', () => {
  it('the province head issues one directive to all 11 regencies/cities in one step', async () => {
    const page = await signedInPage(browser, app.baseUrl, accounts.head);
    await page.goto(`${app.baseUrl}/tindak-lanjut`);
    await page
      .getByRole('navigation', { name: 'Tindak lanjut dan arahan' })
      .getByRole('link', { name: 'Arahan' })
      .click();
    await page.getByRole('button', { name: 'Arahan ke banyak instansi' }).click();
    const form = page.getByRole('form', { name: 'Arahan ke banyak instansi' });
    await form.getByRole('textbox', { name: /Judul arahan/ }).fill(TITLE);
    await form
      .getByRole('textbox', { name: /Isi arahan/ })
      .fill('Sebutkan nama aplikasi, penyedia hosting dan rencana pindahnya.');
    await form.getByRole('textbox', { name: /Tenggat/ }).fill(dayFromToday(30));
    await expect
      .poll(() => form.getByRole('checkbox', { name: /Semua kabupaten\/kota di Provinsi Jambi/ }).isChecked())
      .toBe(true);
    await form.getByText('11 tindak lanjut akan dibuat, satu per instansi.').waitFor();
    await page.screenshot({ path: screenshotPath('60-directive-issue-1280'), fullPage: true });
    await form.getByRole('button', { name: 'Berikan arahan' }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByText('0 dari 11 selesai').first().waitFor();
    directivePath = new URL(page.url()).pathname;
    expect(directivePath).toMatch(/^\/arahan\/[0-9a-f-]{36}$/);
    await page.close();
  });

  it('Kerinci’s staff see only their own row, report progress and send evidence from a phone', async () => {
    const staff = await signedInPage(browser, app.baseUrl, accounts.staff, 360);
    await staff.goto(`${app.baseUrl}${directivePath}`);
    await staff.getByText('10 instansi lain menerima arahan ini, di luar wilayah Anda.').waitFor();
    expect(await staff.getByText('Kota Jambi').filter({ visible: true }).count()).toBe(0);
    await openOfficeItem(staff, 'Dinas Komunikasi dan Informatika Kabupaten Kerinci');
    await staff.getByRole('link', { name: `Bagian dari arahan: ${TITLE}` }).waitFor();
    await reportProgress(staff, '60');
    await sendEvidence(staff, 'Tiga aplikasi sudah pindah; daftar terlampir.');
    await expect.poll(() => staff.getByText('Menunggu verifikasi').count()).toBeGreaterThan(0);
    await staff.close();
  });

  it('two more offices report, and the head verifies Kerinci’s evidence', async () => {
    const head = await signedInPage(browser, app.baseUrl, accounts.head);
    await openOfficeItem(head, 'Dinas Komunikasi dan Informatika Kabupaten Merangin');
    await reportProgress(head, '40');
    await openOfficeItem(head, 'Dinas Komunikasi dan Informatika Kota Jambi');
    await sendEvidence(head, 'Semua aplikasi Kota Jambi di Data Center Provinsi.');
    await openOfficeItem(head, 'Dinas Komunikasi dan Informatika Kabupaten Kerinci');
    await head.getByRole('region', { name: 'Tindakan' }).getByRole('button', { name: 'Verifikasi' }).click();
    const verify = head.getByRole('dialog', { name: 'Verifikasi bukti' });
    await verify.getByRole('button', { name: 'Terima bukti' }).click();
    await verify.waitFor({ state: 'hidden' });
    await head.close();
  });

  it('the head watches the combined progress, at 1280 and 360 px', async () => {
    const page = await signedInPage(browser, app.baseUrl, accounts.head);
    await page.goto(`${app.baseUrl}${directivePath}`);
    await page.getByText('1 dari 11 selesai').first().waitFor();
    const legend = page.getByRole('list', { name: 'Kemajuan arahan' });
    await legend.getByText('Menunggu verifikasi: 1').waitFor();
    await legend.getByText('Dikerjakan: 1').waitFor();
    await page.screenshot({ path: screenshotPath('61-directive-progress-1280'), fullPage: true });
    await page.setViewportSize({ width: 360, height: 800 });
    await page.reload();
    await page.getByText('1 dari 11 selesai').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: screenshotPath('62-directive-progress-360'), fullPage: true });
    await page.close();
  });
});
