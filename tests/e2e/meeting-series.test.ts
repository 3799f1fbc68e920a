import { execFileSync } from 'node:child_process';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../support/app';
import { launchBrowser, screenshotPath } from '../support/browser';
import { accounts, signedInPage } from '../support/session';

/**
 * Issue 19's meeting series on the demo data: the secretariat logs the next Rakornis from the
 * Rakornis 2025 page; last year's open items come onto its agenda ("Tindak lanjut rapat
 * sebelumnya") with their current status, the notulen prints them, and the series reads on a phone.
 */
let app: RunningApp;
let browser: Browser;
let nextMeetingUrl: string;

const RAKORNIS_2025 = /Rakornis\) Bidang Komunikasi dan Informatika 2025/;
const RAKORNIS_2026 = 'Rapat Koordinasi Teknis (Rakornis) Bidang Komunikasi dan Informatika 2026';

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  if (app) expect(await app.stop()).toBe(0);
});

describe('meeting series', () => {
  it('the secretariat logs the next Rakornis from the Rakornis 2025 page, carrying last year’s open items', async () => {
    const page = await signedInPage(browser, app.baseUrl, accounts.secretariat);
    await page.goto(`${app.baseUrl}/rapat`);
    await page.getByRole('link', { name: RAKORNIS_2025 }).click();
    const strip = page.getByRole('region', { name: 'Rangkaian rapat' });
    // The demo's Rakornis 2025 follows the Forum Perangkat Daerah 2024.
    await strip.getByRole('link', { name: /Forum Perangkat Daerah/ }).waitFor();
    await strip.getByRole('link', { name: 'Catat rapat lanjutan' }).click();

    await expect
      .poll(() => page.getByRole('textbox', { name: 'Judul rapat' }).inputValue())
      .toBe(RAKORNIS_2026);
    const checklist = page.getByRole('group', { name: /Tindak lanjut rapat sebelumnya/ });
    await checklist.getByRole('checkbox').first().waitFor();
    const offered = await checklist.getByRole('checkbox').count();
    expect(offered).toBeGreaterThanOrEqual(2);
    // Each of the Governor's two directives is one line, not its 11 offices' items.
    expect(await checklist.getByRole('checkbox', { name: /Pindahkan hosting/ }).count()).toBe(1);
    expect(await checklist.getByRole('checkbox', { name: /Susun rencana aksi/ }).count()).toBe(1);
    // Every open record starts checked; one is left for another time.
    expect(await checklist.getByRole('checkbox', { checked: false }).count()).toBe(0);
    await checklist.getByRole('checkbox', { name: /Susun rencana aksi/ }).uncheck();
    await page.getByLabel('Tanggal mulai').fill('2026-12-21');
    await page.getByLabel('Jam mulai').fill('09:00');
    await page.getByLabel('Tanggal selesai').fill('2026-12-21');
    await page.getByLabel('Jam selesai').fill('15:00');
    // Still to come: it is logged as scheduled, not as held.
    await page.getByRole('button', { name: 'Simpan rapat' }).click();

    await page.getByRole('heading', { level: 1, name: RAKORNIS_2026 }).waitFor();
    nextMeetingUrl = page.url();
    const section = page.getByRole('region', { name: 'Tindak lanjut rapat sebelumnya' });
    await section.getByRole('listitem').first().waitFor();
    expect(await section.getByRole('listitem').count()).toBe(offered - 1);
    await section
      .getByRole('link', { name: /Pindahkan hosting/ })
      .first()
      .waitFor();
    // The directive's status is its spread over its offices now.
    expect(await section.getByText(/dari 11 selesai/).count()).toBe(1);
    await page
      .getByRole('region', { name: 'Rangkaian rapat' })
      .getByRole('link', { name: RAKORNIS_2025 })
      .waitFor();
    await page.screenshot({ path: screenshotPath('63-series-carry-over-1280'), fullPage: true });

    // The notulen prints the section, read back from the PDF with pdftotext.
    const id = new URL(nextMeetingUrl).pathname.split('/').at(-1) as string;
    const pdf = await page.request.get(`${app.baseUrl}/api/rapat/${id}/notulen.pdf`);
    expect(pdf.status()).toBe(200);
    const text = execFileSync('pdftotext', ['-layout', '-', '-'], { input: await pdf.body() })
      .toString('utf8')
      .replace(/\s+/g, ' ');
    expect(text).toContain('Tindak lanjut rapat sebelumnya');
    expect(text).toContain(
      'Rapat sebelumnya: Rapat Koordinasi Teknis (Rakornis) Bidang Komunikasi dan Informatika 2025',
    );
    expect(text).toContain('Arahan: Pindahkan hosting');
    expect(text).toMatch(/dari 11 selesai/);
    await page.close();
  });

  it('shows the series in order on a phone, with nothing scrolling sideways', async () => {
    const page = await signedInPage(browser, app.baseUrl, accounts.secretariat, 360);
    await page.goto(`${nextMeetingUrl}/rangkaian`);
    await page.getByRole('heading', { level: 1, name: 'Rangkaian rapat' }).waitFor();
    const items = page.getByRole('list', { name: 'Rangkaian rapat' }).getByRole('listitem');
    await expect.poll(() => items.count()).toBe(3);
    const titles = await items.evaluateAll((nodes) => nodes.map((n) => n.querySelector('a')?.textContent));
    expect(titles[0]).toMatch(/Forum Perangkat Daerah/);
    expect(titles[1]).toMatch(RAKORNIS_2025);
    expect(titles[2]).toBe(RAKORNIS_2026);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: screenshotPath('64-series-page-360'), fullPage: true });
    await page.close();
  });
});
