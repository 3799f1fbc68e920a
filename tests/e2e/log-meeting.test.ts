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
  if (app) {
    // SIGTERM must end the app cleanly: in-flight requests finished, pool and embedded database closed.
    expect(await app.stop()).toBe(0);
  }
});

/** A fresh browser (no cookies) signed in as the secretariat, who logs meetings. */
async function newPage(width: number): Promise<Page> {
  return signedInPage(browser, app.baseUrl, accounts.secretariat, width);
}

describe('signing in', () => {
  it('sends a visitor to the sign-in page, which offers the demo accounts', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${app.baseUrl}/rapat`);
    await page.getByRole('heading', { name: 'Masuk ke Tindak' }).waitFor();
    expect(page.url()).toContain('/masuk?lanjut=%2Frapat');
    await expect.poll(() => page.getByText('kepala-demo-2026').count()).toBe(1);
    await page.screenshot({ path: screenshotPath('00-sign-in-1280'), fullPage: true });
    await page.close();
  });
});

describe('logging a meeting in the browser', () => {
  it('shows the demo meetings from the source articles', async () => {
    const page = await newPage(1280);
    await page.goto(`${app.baseUrl}/rapat`);
    const list = page.getByRole('list', { name: 'Daftar rapat' });
    await list.getByRole('article').first().waitFor();
    // The Jambi secretariat sees the four meetings that involve Jambi; Banyuasin's audiensi is outside its scope.
    expect(await list.getByRole('article').count()).toBe(4);
    await expect
      .poll(() =>
        page.getByRole('link', { name: /Rakornis\) Bidang Komunikasi dan Informatika 2025/ }).count(),
      )
      .toBe(1);
    await expect.poll(() => page.getByText('Senin, 3 November 2025 09.00 WIB').count()).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath('01-meeting-list-1280'), fullPage: true });
    await page.close();
  });

  it('logs a meeting with a known person and a guest, then finds it in the list with its event', async () => {
    const page = await newPage(1280);
    await page.goto(`${app.baseUrl}/rapat`);
    await page.getByRole('link', { name: 'Catat rapat' }).click();
    await page.getByRole('heading', { name: 'Catat rapat' }).waitFor();

    await page.getByLabel('Jenis rapat').selectOption('rakor');
    await page
      .getByRole('textbox', { name: 'Judul rapat' })
      .fill('Rapat Koordinasi Satu Data Kabupaten Tebo');
    await page.getByRole('combobox', { name: 'Instansi penyelenggara' }).fill('Provinsi Jambi');
    await page.getByRole('option', { name: 'Dinas Komunikasi dan Informatika Provinsi Jambi' }).click();
    await page.getByLabel('Tanggal mulai').fill('2026-12-01');
    await page.getByLabel('Jam mulai').fill('09:00');
    await page.getByLabel('Tanggal selesai').fill('2026-12-01');
    await page.getByLabel('Jam selesai').fill('12:00');
    await page.getByRole('textbox', { name: 'Tempat' }).fill('Aula Diskominfo Provinsi Jambi');

    await page.getByRole('searchbox', { name: 'Cari orang' }).fill('Ariansyah');
    await page.getByRole('button', { name: 'Tambah Drs. Ariansyah, M.E. ke peserta' }).click();
    await page.getByRole('button', { name: 'Tambah tamu' }).click();
    await page.getByRole('textbox', { name: 'Nama tamu' }).fill('Kepala Bidang Aptika Kabupaten Tebo');
    await expect.poll(() => page.getByText('Jumlah peserta: 2').count()).toBe(1);
    await page.screenshot({ path: screenshotPath('02-meeting-form-1280'), fullPage: true });

    await page.getByRole('button', { name: 'Simpan rapat' }).click();
    await page.getByRole('heading', { name: 'Rapat Koordinasi Satu Data Kabupaten Tebo' }).waitFor();
    await expect.poll(() => page.getByText('Rapat dicatat').count()).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath('03-meeting-page-1280'), fullPage: true });
    const meetingId = new URL(page.url()).pathname.split('/').pop() as string;

    await page.getByRole('link', { name: /Kembali ke daftar rapat/ }).click();
    await page
      .getByRole('list', { name: 'Daftar rapat' })
      .getByRole('link', { name: 'Rapat Koordinasi Satu Data Kabupaten Tebo' })
      .waitFor();

    // The event row written with the meeting, read back through the API with the browser's session.
    const response = await page.request.get(
      `${app.baseUrl}/trpc/meetings.get?input=${encodeURIComponent(JSON.stringify({ id: meetingId }))}`,
    );
    const meeting = (await response.json()).result.data;
    expect(meeting.participants).toHaveLength(2);
    // 1 December 2026 has passed: "Rapat sudah terlaksana" is offered, on, so the meeting is logged
    // and marked held in the same save (newest event first).
    expect(meeting.status).toBe('held');
    expect(meeting.history.map((e: { eventType: string }) => e.eventType)).toEqual([
      'MeetingStatusChanged',
      'MeetingLogged',
    ]);
    await page.close();
  });

  it('is usable on a 360 px phone screen', async () => {
    const page = await newPage(360);
    await page.goto(`${app.baseUrl}/rapat`);
    await page.getByRole('list', { name: 'Daftar rapat' }).getByRole('article').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: screenshotPath('04-meeting-list-360'), fullPage: true });
    await page.close();
  });
});
