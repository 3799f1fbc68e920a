import { execFileSync } from 'node:child_process';
import { mkdtempSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../support/app';
import { launchBrowser, screenshotPath } from '../support/browser';
import { accounts, signedInPage } from '../support/session';

/**
 * Issue 19's official letters on the demo data: the secretariat numbers the invitation letter of a
 * scheduled meeting and downloads it (read back with pdftotext, on the province's F4 paper), and
 * the head prints the lembar disposisi of a Rakornis follow-up.
 */
let app: RunningApp;
let browser: Browser;
let meetingId: string;

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  if (app) expect(await app.stop()).toBe(0);
});

async function trpcQuery(page: Page, procedure: string, input: unknown) {
  const response = await page.request.get(
    `${app.baseUrl}/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`,
  );
  expect(response.status()).toBe(200);
  return (await response.json()).result.data;
}

/** A meeting still to come, hosted by the secretariat's office: logged through the API as the form would. */
async function scheduleMeeting(page: Page): Promise<string> {
  const me = (await trpcQuery(page, 'auth.me', undefined)).user;
  const response = await page.request.post(`${app.baseUrl}/trpc/meetings.create`, {
    data: {
      type: 'rakor',
      title: 'Rapat Koordinasi Tindak Lanjut Rakornis 2025',
      startsAt: '2030-01-14T09:00:00+07:00',
      endsAt: '2030-01-14T12:00:00+07:00',
      place: 'Ruang Rapat Diskominfo Provinsi Jambi',
      hostOrganizationId: me.organization.id,
      participants: [
        { kind: 'person', personId: me.personId, role: 'organizer' },
        { kind: 'guest', guestName: 'Kabid Aptika Kabupaten Kerinci', organizationId: me.organization.id },
      ],
    },
  });
  expect(response.status()).toBe(200);
  return (await response.json()).result.data.id;
}

function pdfText(pdf: Buffer): string {
  return execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf })
    .toString('utf8')
    .replace(/\s+/g, ' ');
}

describe('official letters', () => {
  it('the secretariat numbers a scheduled meeting’s invitation letter and downloads it', async () => {
    const page = await signedInPage(browser, app.baseUrl, accounts.secretariat);
    meetingId = await scheduleMeeting(page);
    await page.goto(`${app.baseUrl}/rapat/${meetingId}`);
    const section = page.getByRole('region', { name: 'Surat undangan' });
    await section.getByText(/belum bernomor/).waitFor();

    await section.getByRole('button', { name: 'Atur surat undangan' }).click();
    const dialog = page.getByRole('dialog', { name: 'Surat undangan' });
    await dialog.getByRole('textbox', { name: /Nomor surat/ }).fill('005/201/Diskominfo/2030');
    await dialog.getByRole('textbox', { name: /Tanggal surat/ }).fill('06/01/2030');
    await dialog.getByRole('combobox', { name: /Penandatangan/ }).click();
    await page.getByRole('option', { name: /Ariansyah/ }).click();
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await section.getByText('Nomor 005/201/Diskominfo/2030, tanggal 6 Januari 2030').waitFor();

    const href = await section.getByRole('link', { name: 'Unduh PDF' }).getAttribute('href');
    const pdf = await page.request.get(`${app.baseUrl}${href}`);
    expect(pdf.status()).toBe(200);
    const body = await pdf.body();
    const text = pdfText(body);
    for (const expected of [
      'PEMERINTAH PROVINSI JAMBI',
      'DINAS KOMUNIKASI DAN INFORMATIKA PROVINSI JAMBI',
      'Nomor : 005/201/Diskominfo/2030',
      'Hal : Undangan',
      'Kabid Aptika Kabupaten Kerinci',
      '09.00–12.00 WIB',
      'Ruang Rapat Diskominfo Provinsi Jambi',
      'Drs. Ariansyah, M.E.',
      'Jambi, 6 Januari 2030',
    ]) {
      expect(text).toContain(expected);
    }
    // The province prints on F4 (215 × 330 mm = 609.45 × 935.43 pt).
    const info = execFileSync('pdfinfo', ['-'], { input: body }).toString('utf8');
    expect(info).toMatch(/Page size:\s+609\.4\d* x 935\.4\d* pts/);

    // The first page as an image, for the closing note.
    const dir = mkdtempSync(path.join(tmpdir(), 'undangan-'));
    execFileSync(
      'pdftoppm',
      ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', '-', path.join(dir, 'page')],
      {
        input: body,
      },
    );
    renameSync(path.join(dir, 'page.png'), screenshotPath('67-surat-undangan-1280'));
    await page.close();
  });

  it('the letter dialog works on a 360 px phone', async () => {
    const page = await signedInPage(browser, app.baseUrl, accounts.secretariat, 360);
    await page.goto(`${app.baseUrl}/rapat/${meetingId}`);
    const section = page.getByRole('region', { name: 'Surat undangan' });
    await section.getByRole('button', { name: 'Kirim undangan' }).click();
    const dialog = page.getByRole('dialog', { name: 'Kirim undangan lewat email' });
    await dialog.getByText('Kabid Aptika Kabupaten Kerinci').waitFor();
    await dialog.getByText(/1 peserta menerima email/).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: screenshotPath('68-letter-dialog-360') });
    await dialog.getByRole('button', { name: 'Kirim', exact: true }).click();
    await page.getByText('1 email undangan masuk antrean.').waitFor();
    await section.getByRole('button', { name: 'Kirim ulang undangan' }).waitFor();
    await page.close();
  });

  it('the head prints the lembar disposisi of a Rakornis follow-up', async () => {
    const page = await signedInPage(browser, app.baseUrl, accounts.head);
    const list = await trpcQuery(page, 'actionItems.list', { limit: 100 });
    const items = list.items as { id: string; title: string }[];
    const item = items.find((i) => i.title.startsWith('Pindahkan hosting')) ?? items[0];
    if (!item) throw new Error('the demo has no follow-up the head reads');
    await page.goto(`${app.baseUrl}/tindak-lanjut/${item.id}`);
    const link = page.getByRole('link', { name: 'Cetak lembar disposisi' });
    const href = await link.getAttribute('href');
    expect(href).toBe(`/api/tindak-lanjut/${item.id}/disposisi.pdf`);
    const pdf = await page.request.get(`${app.baseUrl}${href}`);
    expect(pdf.status()).toBe(200);
    const text = pdfText(await pdf.body());
    for (const expected of ['LEMBAR DISPOSISI', 'Surat dari', 'Perihal', 'Isi disposisi', 'Paraf']) {
      expect(text).toContain(expected);
    }
    // The kop of the office that assigned it: a Jambi office, under its government line.
    expect(text).toMatch(/PEMERINTAH (PROVINSI|KABUPATEN|KOTA) /);
    await page.close();
  });
});
