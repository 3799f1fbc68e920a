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
  await app?.stop();
});

/** The focused element's accessible name as a person would hear it: its label, aria-label or text. */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return '';
    const labelledBy = el.getAttribute('aria-labelledby');
    const byIds = labelledBy
      ?.split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');
    const labels = (el as HTMLInputElement).labels;
    return (
      (
        el.getAttribute('aria-label') ??
        (labels?.length ? [...labels].map((l) => l.textContent ?? '').join(' ') : '') ??
        byIds ??
        ''
      ).trim() || (byIds ?? el.textContent ?? '').trim()
    );
  });
}

/** Presses Tab (or Shift+Tab) until the focused control's name matches, as a keyboard user would. */
async function tabTo(page: Page, name: RegExp, { back = false, max = 80 } = {}) {
  const seen: string[] = [];
  // Already there (a dialog puts focus in its first field): another Tab would move on.
  if (name.test(await focusedName(page))) return;
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const current = await focusedName(page);
    seen.push(current);
    if (name.test(current)) return;
  }
  throw new Error(`Tab never reached ${name}; focus went through: ${seen.join(' | ')}`);
}

/**
 * Types a date into the focused date field the way Indonesians write it (dd/mm/yyyy, whatever the
 * browser's language) and checks the field reads it back so.
 */
async function typeDate(page: Page, iso: string) {
  const [y, m, d] = iso.split('-') as [string, string, string];
  const value = () => page.evaluate(() => (document.activeElement as HTMLInputElement).value);
  await page.keyboard.type(`${d}/${m}/${y}`);
  expect(await value()).toBe(`${d}/${m}/${y}`);
}

/** Types a time into the focused 24-hour time field as digits only; the colon appears by itself. */
async function typeTime(page: Page, hhmm: string) {
  const value = () => page.evaluate(() => (document.activeElement as HTMLInputElement).value);
  await page.keyboard.type(hhmm.replace(':', ''));
  expect(await value()).toBe(hhmm);
}
describe('keyboard only', () => {
  it('logs a meeting on /rapat/baru without touching the mouse', async () => {
    const page = await signedInPage(browser, app.baseUrl, accounts.secretariat);
    await page.goto(`${app.baseUrl}/rapat/baru`);
    await page.getByRole('heading', { name: 'Catat rapat' }).waitFor();

    // The skip link is the first stop and jumps past the header.
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('Langsung ke isi halaman');
    await page.keyboard.press('Enter');

    await tabTo(page, /^Jenis rapat/);
    // A native select: arrows change the choice.
    await page.keyboard.press('ArrowDown');
    await tabTo(page, /^Judul rapat/);
    await page.keyboard.type('Rapat Koordinasi Keyboard Saja');
    await tabTo(page, /^Instansi penyelenggara/);
    await page.keyboard.type('Provinsi Jambi');
    await page.getByRole('option', { name: 'Dinas Komunikasi dan Informatika Provinsi Jambi' }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await tabTo(page, /^Tanggal mulai/);
    await typeDate(page, '2026-12-01');
    await tabTo(page, /^Jam mulai/);
    await typeTime(page, '09:00');
    await tabTo(page, /^Tanggal selesai/);
    await typeDate(page, '2026-12-01');
    await tabTo(page, /^Jam selesai/);
    await typeTime(page, '12:00');
    await tabTo(page, /^Tempat/);
    await page.keyboard.type('Aula Diskominfo Provinsi Jambi');

    await tabTo(page, /^Cari orang/);
    await page.keyboard.type('Ariansyah');
    await page.getByRole('button', { name: 'Tambah Drs. Ariansyah, M.E. ke peserta' }).waitFor();
    await tabTo(page, /^Tambah Drs\. Ariansyah, M\.E\. ke peserta/);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByText('Jumlah peserta: 1').count()).toBe(1);

    // Back up to check Shift+Tab works, then on to the submit button.
    await tabTo(page, /^Tempat/, { back: true });
    await tabTo(page, /^Simpan rapat/);
    await page.screenshot({ path: screenshotPath('kb-01-meeting-form-1280'), fullPage: true });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Rapat Koordinasi Keyboard Saja' }).waitFor();
    await expect.poll(() => page.getByText('Rapat dicatat').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('asks for an extension in the dialog without touching the mouse', async () => {
    const page = await signedInPage(browser, app.baseUrl, accounts.staff);
    await page.goto(`${app.baseUrl}/tindak-lanjut`);
    await page.locator('main a[href^="/tindak-lanjut/"]').first().waitFor();
    const hrefs = await page
      .locator('main a[href^="/tindak-lanjut/"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    let found = false;
    for (const href of hrefs.slice(0, 10)) {
      await page.goto(`${app.baseUrl}${href}`);
      await page.locator('main h1').waitFor();
      await page.waitForTimeout(500);
      if ((await page.getByRole('button', { name: 'Minta perpanjangan' }).count()) > 0) {
        found = true;
        break;
      }
    }
    expect(found, 'an item where the staff may ask for more time').toBe(true);

    await tabTo(page, /^Minta perpanjangan$/);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Minta perpanjangan tenggat' });
    await dialog.waitFor();
    await tabTo(page, /^Tenggat baru/);
    await typeDate(page, '2027-06-30');
    await tabTo(page, /^Alasan/);
    await page.keyboard.type('Menunggu hasil evaluasi SPBE dari Kementerian PANRB.');
    await tabTo(page, /^Kirim permintaan/);
    await page.screenshot({ path: screenshotPath('kb-02-extension-dialog-1280'), fullPage: true });
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByText('Permintaan perpanjangan dikirim.').count()).toBeGreaterThan(0);
    // Focus comes back to where the person was, not to the top of the page.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120) ?? ''))
      .not.toMatch(/^<body/);
    await page.close();
  });
});
