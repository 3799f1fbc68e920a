import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../support/app';
import { launchBrowser, screenshotPath } from '../support/browser';

/**
 * A new Diskominfo from nothing: no demo data, no account. Everything below goes through the
 * browser, as the README tells a new office to do it, starting from the link in the server log.
 */
const fixture = (name: string) => path.join(import.meta.dirname, 'fixtures', name);

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp({ demoData: false }), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  if (app) expect(await app.stop()).toBe(0);
});

async function newPage(width: number): Promise<Page> {
  const page = await browser.newPage({
    viewport: { width, height: 900 },
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
  });
  page.setDefaultTimeout(20_000);
  return page;
}

/** The one-time link the server printed, moved onto the address the test reaches it at. */
function setupLinkFromLog(): string {
  const match = /https?:\/\/[^\s"]+\/persiapan\?token=[A-Za-z0-9_-]+/.exec(app.output());
  if (!match) throw new Error(`no setup link in the server log:\n${app.output()}`);
  const link = new URL(match[0]);
  return `${app.baseUrl}${link.pathname}${link.search}`;
}

/** A Mantine select: type to narrow the options, then pick one by its exact name. */
async function choose(page: Page, label: string, typed: string, option: string) {
  await page.getByRole('combobox', { name: label }).fill(typed);
  await page.getByRole('option', { name: option, exact: true }).click();
}

const admin = {
  name: 'Rahmat Hidayat, S.Kom.',
  email: 'admin@diskominfo.jambiprov.go.id',
  password: 'admin-jambi-2026',
};
const clerk = {
  name: 'Siti Aminah',
  email: 'sekretariat@diskominfo.jambiprov.go.id',
  password: 'sekretariat-2026',
};
let inviteLink = '';

describe('a new office from an empty database', () => {
  it('says where the setup link is, then sets up the home office and the first admin', async () => {
    const page = await newPage(360);
    await page.goto(app.baseUrl);
    await page.getByRole('heading', { name: 'Tindak belum disiapkan' }).waitFor();
    await page.screenshot({ path: screenshotPath('40-first-run-notice-360'), fullPage: true });

    const link = setupLinkFromLog();
    await page.goto(link);
    await page.getByRole('heading', { name: 'Menyiapkan Tindak' }).waitFor();
    // A Diskominfo is what installs Tindak first: the kind is already chosen.
    expect(await page.getByRole('combobox', { name: 'Jenis kantor' }).inputValue()).toBe('Diskominfo');
    await page
      .getByRole('textbox', { name: 'Nama kantor' })
      .fill('Dinas Komunikasi dan Informatika Provinsi Jambi');
    await choose(page, 'Wilayah', 'jambi', 'Provinsi Jambi');
    await page.getByRole('textbox', { name: 'Nama lengkap' }).fill(admin.name);
    await page.getByRole('textbox', { name: 'Email' }).fill(admin.email);
    await page.getByRole('textbox', { name: 'Kata sandi' }).fill(admin.password);
    await page.screenshot({ path: screenshotPath('41-setup-form-360'), fullPage: true });
    await page.getByRole('button', { name: 'Siapkan Tindak' }).click();

    // Signed in as the admin, with the first steps on Beranda.
    await page.getByRole('heading', { name: 'Langkah pertama' }).waitFor();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: screenshotPath('42-admin-checklist-1280'), fullPage: true });

    // The link is spent: opening it again sets nothing up.
    const again = await newPage(1280);
    await again.goto(link);
    await expect.poll(() => again.getByRole('button', { name: 'Siapkan Tindak' }).count()).toBe(0);
    await again.close();

    // The admin invites the secretariat, and reads the invitation link off the screen.
    await page.goto(`${app.baseUrl}/admin/pengguna`);
    await page.getByRole('button', { name: 'Undang pengguna' }).click();
    const form = page.getByRole('form', { name: 'Undang pengguna' });
    await form.getByRole('textbox', { name: 'Nama lengkap' }).fill(clerk.name);
    await form.getByRole('textbox', { name: 'Email' }).fill(clerk.email);
    await form.getByRole('combobox', { name: 'Peran' }).selectOption('secretariat');
    await form.getByRole('combobox', { name: 'Instansi' }).fill('Provinsi Jambi');
    await page.getByRole('option', { name: /Dinas Komunikasi dan Informatika Provinsi Jambi/ }).click();
    await form.getByRole('button', { name: 'Buat undangan' }).click();
    const linkBox = page.getByRole('textbox', { name: 'Tautan undangan' });
    await linkBox.waitFor();
    inviteLink = await linkBox.inputValue();
    expect(inviteLink).toMatch(/\/atur-kata-sandi\?token=/);
    await page.close();
  });

  it('lets the invited secretariat in, who adds an office and a person, imports offices and logs a meeting with them', async () => {
    expect(inviteLink).not.toBe('');
    const page = await newPage(1280);
    const link = new URL(inviteLink);
    await page.goto(`${app.baseUrl}${link.pathname}${link.search}`);
    await page.getByRole('textbox', { name: 'Kata sandi baru' }).fill(clerk.password);
    await page.getByRole('button', { name: 'Simpan kata sandi' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/atur-kata-sandi'));

    // A regency office that is not in the directory yet.
    await page.goto(`${app.baseUrl}/instansi`);
    await page.getByRole('button', { name: 'Tambah instansi' }).click();
    const office = page.getByRole('form', { name: 'Tambah instansi' });
    await office
      .getByRole('textbox', { name: 'Nama resmi' })
      .fill('Dinas Komunikasi dan Informatika Kabupaten Kerinci');
    await office.getByRole('textbox', { name: 'Singkatan' }).fill('Diskominfo Kerinci');
    await office.getByRole('combobox', { name: 'Jenis instansi' }).selectOption('diskominfo');
    await office.getByRole('combobox', { name: 'Wilayah' }).fill('kerinci');
    await page.getByRole('option', { name: 'Kabupaten Kerinci', exact: true }).click();
    await office.getByRole('button', { name: 'Simpan' }).click();
    await office.waitFor({ state: 'hidden' });
    await expect
      .poll(() => page.getByText('Dinas Komunikasi dan Informatika Kabupaten Kerinci').count())
      .toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath('43-offices-1280'), fullPage: true });

    // The rest of the province's offices from a file: previewed row by row, then imported once.
    await page.getByRole('button', { name: 'Impor' }).click();
    const importing = page.getByRole('dialog', { name: 'Impor instansi dari berkas' });
    await importing.locator('input[type="file"]').setInputFiles(fixture('direktori-instansi.csv'));
    await importing.getByText('5 baru · 0 diperbarui · 0 sudah ada · 0 dilewati · 0 galat').waitFor();
    await page.screenshot({ path: screenshotPath('45-import-preview-1280'), fullPage: true });
    await importing.getByRole('button', { name: 'Impor 5 baris' }).click();
    await importing.getByRole('status').filter({ hasText: /5/ }).first().waitFor();
    await importing.getByRole('button', { name: 'Tutup' }).click();
    await expect
      .poll(() => page.getByText('Badan Pusat Statistik Provinsi Jambi').count())
      .toBeGreaterThan(0);

    // A person of the new regency office, found later without her title or apostrophe.
    await page.goto(`${app.baseUrl}/orang`);
    await page.getByRole('button', { name: 'Tambah orang' }).click();
    const person = page.getByRole('form', { name: 'Tambah orang' });
    await person.getByRole('textbox', { name: 'Nama lengkap' }).fill("Dra. Nur'aini, M.Si.");
    await person.getByRole('textbox', { name: 'Jabatan' }).fill('Kepala Bidang Aplikasi Informatika');
    await person.getByRole('combobox', { name: 'Instansi' }).fill('Kerinci');
    await page
      .getByRole('option', { name: /Kabupaten Kerinci/ })
      .first()
      .click();
    await person.getByRole('button', { name: 'Simpan' }).click();
    await person.waitFor({ state: 'hidden' });
    await page.getByRole('searchbox', { name: 'Cari orang' }).fill('nuraini');
    await expect.poll(() => page.getByRole('link', { name: "Dra. Nur'aini, M.Si." }).count()).toBe(1);
    await page.screenshot({ path: screenshotPath('46-people-1280'), fullPage: true });

    // The first meeting, with a guest from the new office.
    await page.goto(`${app.baseUrl}/rapat/baru`);
    await page.getByLabel('Jenis rapat').selectOption('rakor');
    await page
      .getByRole('textbox', { name: 'Judul rapat' })
      .fill('Rapat Koordinasi Satu Data Kabupaten Kerinci');
    await page.getByRole('combobox', { name: 'Instansi penyelenggara' }).fill('Provinsi Jambi');
    await page.getByRole('option', { name: 'Dinas Komunikasi dan Informatika Provinsi Jambi' }).click();
    await page.getByLabel('Tanggal mulai').fill('02/12/2026');
    await page.getByLabel('Jam mulai').fill('09:00');
    await page.getByLabel('Tanggal selesai').fill('02/12/2026');
    await page.getByLabel('Jam selesai').fill('12:00');
    await page.getByRole('textbox', { name: 'Tempat' }).fill('Aula Diskominfo Provinsi Jambi');
    await page.getByRole('searchbox', { name: 'Cari orang' }).fill('nuraini');
    await page.getByRole('button', { name: "Tambah Dra. Nur'aini, M.Si. ke peserta" }).click();
    await page.getByRole('button', { name: 'Tambah tamu' }).click();
    await page.getByRole('textbox', { name: 'Nama tamu' }).fill('Kepala BPS Provinsi Jambi');
    await page.getByRole('combobox', { name: 'Instansi' }).last().fill('Statistik');
    await page
      .getByRole('option', { name: /Badan Pusat Statistik Provinsi Jambi/ })
      .first()
      .click();
    await page.getByRole('button', { name: 'Simpan rapat' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Rapat Koordinasi Satu Data Kabupaten Kerinci' })
      .waitFor();
    await expect.poll(() => page.getByText("Dra. Nur'aini, M.Si.").count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText('Kepala BPS Provinsi Jambi').count()).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath('44-first-meeting-1280'), fullPage: true });
    await page.close();
  });
});
