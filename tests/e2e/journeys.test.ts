import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../support/app';
import { launchBrowser, screenshotPath } from '../support/browser';
import { accounts } from '../support/session';

/**
 * Whole journeys, as the people who use Tindak each week would make them, on a desktop (1280 px)
 * and on a phone (360 px): log the Rakornis with all 11 regions, pass a follow-up down to Kerinci,
 * ask for and approve more time, send evidence that is rejected once and then accepted, and find
 * the item as resolved in next Monday's digest.
 */
let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  if (app) expect(await app.stop()).toBe(0);
});

/**
 * One signed-in browser context per person for the whole file: people stay signed in between
 * journeys (and the sign-in rate limit, 5 per 15 minutes per account, is not spent by the test).
 */
const sessions = new Map<string, BrowserContext>();

async function pageAs(account: string, width: number): Promise<Page> {
  let context = sessions.get(account);
  if (!context) {
    context = await browser.newContext({ locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
    const signIn = await context.newPage();
    await signIn.goto(`${app.baseUrl}/masuk`);
    await signIn.getByRole('button', { name: `Gunakan akun ${account}` }).click();
    await signIn.getByRole('button', { name: 'Masuk', exact: true }).click();
    await signIn.waitForURL((url) => !url.pathname.startsWith('/masuk'));
    await signIn.close();
    sessions.set(account, context);
  }
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 900 });
  page.setDefaultTimeout(15_000);
  return page;
}

const regencies = [
  'Kabupaten Kerinci',
  'Kabupaten Merangin',
  'Kabupaten Sarolangun',
  'Kabupaten Batanghari',
  'Kabupaten Muaro Jambi',
  'Kabupaten Tanjung Jabung Barat',
  'Kabupaten Tanjung Jabung Timur',
  'Kabupaten Bungo',
  'Kabupaten Tebo',
  'Kota Jambi',
  'Kota Sungai Penuh',
];
const PROVINCE_OFFICE = 'Dinas Komunikasi dan Informatika Provinsi Jambi';
const KERINCI_OFFICE = 'Dinas Komunikasi dan Informatika Kabupaten Kerinci';

/** A select's input, whatever role the component gives it (combobox or textbox). */
function selectField(scope: Page | Locator, name: string): Locator {
  return scope
    .getByRole('combobox', { name, exact: true })
    .or(scope.getByRole('textbox', { name, exact: true }))
    .first();
}

/** Chooses an option in a searchable select: types to filter, then clicks the option. */
async function choose(page: Page, field: Locator, typed: string, option: string | RegExp) {
  await field.click();
  await field.fill(typed);
  await page.getByRole('option', { name: option }).first().click();
}

async function noHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(1);
}

describe.each([1280, 360])('journeys at %i px', (width) => {
  const shot = (name: string) => screenshotPath(`j-${name}-${width}`);
  const meetingTitle = `Rakornis Kominfo 2025 (uji ${width} px)`;
  const itemTitle = `Percepat Rencana Aksi SPBE Kerinci (uji ${width} px)`;
  let meetingUrl = '';
  let itemUrl = '';

  it('1. the secretariat logs the Rakornis with all 11 regions, two proposals and one commitment', async () => {
    const page = await pageAs(accounts.secretariat, width);
    await page.goto(`${app.baseUrl}/rapat/baru`);
    await page.getByRole('heading', { name: 'Catat rapat' }).waitFor();
    await page.getByLabel('Jenis rapat').selectOption('rakornis');
    await page.getByRole('textbox', { name: 'Judul rapat' }).fill(meetingTitle);
    await choose(page, selectField(page, 'Instansi penyelenggara'), 'Provinsi Jambi', PROVINCE_OFFICE);
    await page.getByLabel('Tanggal mulai').fill('2025-11-03');
    await page.getByLabel('Jam mulai').fill('09:00');
    await page.getByLabel('Tanggal selesai').fill('2025-11-03');
    await page.getByLabel('Jam selesai').fill('15:00');
    await page.getByRole('textbox', { name: 'Tempat' }).fill('Auditorium Rumah Dinas Gubernur Jambi');
    for (const [index, regency] of regencies.entries()) {
      await page.getByRole('button', { name: 'Tambah tamu' }).click();
      const guest = page.getByRole('group', { name: `Tamu ${index + 1}` });
      await guest.getByRole('textbox', { name: 'Nama tamu' }).fill(`Kepala Diskominfo ${regency}`);
      await choose(page, selectField(guest, 'Wilayah'), regency.replace(/^(Kabupaten|Kota) /, ''), regency);
    }
    await expect.poll(() => page.getByText('Jumlah peserta: 11').count()).toBe(1);
    await noHorizontalScroll(page);
    await page.screenshot({ path: shot('1a-rakornis-form'), fullPage: true });
    await page.getByRole('button', { name: 'Simpan rapat' }).click();
    // The demo data holds this very Rakornis (same type, host and day): the form warns once, and
    // the journey deliberately records its own copy beside it.
    await page.getByRole('button', { name: 'Tetap simpan' }).click();
    await page.getByRole('heading', { name: meetingTitle }).waitFor();
    meetingUrl = page.url();
    await expect
      .poll(() => page.getByText(/Kabupaten\/kota yang hadir \(11 dari 11\)/).count())
      .toBeGreaterThan(0);

    for (const proposal of [
      'Training of Trainers Talent Digital bagi ASN',
      'Penanganan blank spot di Kerinci, Merangin dan Bungo',
    ]) {
      await page.getByRole('button', { name: 'Catat usulan' }).click();
      const form = page
        .getByRole('form', { name: /usulan/i })
        .or(page.locator('form').filter({ hasText: 'Judul usulan' }))
        .first();
      await form.getByRole('textbox', { name: 'Judul usulan' }).fill(proposal);
      await choose(
        page,
        selectField(form, 'Ditujukan kepada'),
        'Komunikasi dan Digital',
        /Kementerian Komunikasi dan Digital/,
      );
      await form.getByRole('button', { name: 'Simpan usulan' }).click();
      await page.getByRole('link', { name: proposal }).first().waitFor();
    }
    await page.getByRole('button', { name: 'Catat komitmen' }).click();
    const commitment = page.locator('form').filter({ hasText: 'Isi komitmen' }).first();
    await commitment
      .getByRole('textbox', { name: 'Isi komitmen' })
      .fill('Jambi menjadi daerah prioritas akses internet');
    await choose(
      page,
      selectField(commitment, 'Pihak yang berkomitmen'),
      'Komunikasi dan Digital',
      /Kementerian Komunikasi dan Digital/,
    );
    await commitment.getByRole('button', { name: 'Simpan komitmen' }).click();
    await page.getByRole('link', { name: 'Jambi menjadi daerah prioritas akses internet' }).first().waitFor();
    await noHorizontalScroll(page);
    await page.screenshot({ path: shot('1b-rakornis-page'), fullPage: true });
    await page.close();
  });

  it('2. the head passes a follow-up down to Kerinci with an instruction', async () => {
    const page = await pageAs(accounts.head, width);
    await page.goto(meetingUrl);
    await page.getByRole('heading', { name: meetingTitle }).waitFor();
    await page.getByRole('button', { name: 'Buat tindak lanjut' }).click();
    const form = page.getByRole('form', { name: 'Tambah tindak lanjut' });
    await form.getByRole('textbox', { name: 'Judul tindak lanjut' }).fill(itemTitle);
    await choose(page, selectField(form, 'Instansi penanggung jawab'), 'Provinsi Jambi', PROVINCE_OFFICE);
    await form.getByLabel('Tenggat').fill('2027-03-31');
    await form.getByRole('button', { name: 'Simpan tindak lanjut' }).click();
    await page.getByRole('link', { name: itemTitle }).first().click();
    await page.getByRole('heading', { name: itemTitle }).waitFor();
    itemUrl = page.url();
    await page
      .getByRole('region', { name: 'Tindakan' })
      .getByRole('button', { name: 'Disposisikan' })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Disposisikan tindak lanjut' });
    await choose(page, selectField(dialog, 'Instansi tujuan'), 'Kerinci', KERINCI_OFFICE);
    await dialog
      .getByRole('textbox', { name: 'Instruksi' })
      .fill('Mohon disusun dan dilaporkan setiap minggu.');
    await dialog.getByRole('button', { name: 'Kirim disposisi' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect
      .poll(() => page.getByText('Mohon disusun dan dilaporkan setiap minggu.').count())
      .toBeGreaterThan(0);
    await noHorizontalScroll(page);
    await page.screenshot({ path: shot('2-passed-down'), fullPage: true });
    await page.close();
  });

  it('3. staff in Kerinci ask for more time and the head approves it', async () => {
    const staff = await pageAs(accounts.staff, width);
    await staff.goto(itemUrl);
    await staff
      .getByRole('region', { name: 'Tindakan' })
      .getByRole('button', { name: 'Minta perpanjangan' })
      .click();
    const ask = staff.getByRole('dialog', { name: 'Minta perpanjangan tenggat' });
    await ask.getByLabel('Tenggat baru').fill('2027-06-30');
    await ask.getByLabel('Alasan').fill('Menunggu hasil evaluasi SPBE dari Kementerian PANRB.');
    await ask.getByRole('button', { name: 'Kirim permintaan' }).click();
    await ask.waitFor({ state: 'hidden' });
    await staff.screenshot({ path: shot('3a-extension-asked'), fullPage: true });
    await staff.close();

    const head = await pageAs(accounts.head, width);
    await head.goto(itemUrl);
    await head
      .getByRole('region', { name: 'Tindakan' })
      .getByRole('button', { name: 'Putuskan perpanjangan' })
      .click();
    const decide = head.getByRole('dialog', { name: 'Putuskan perpanjangan tenggat' });
    await decide.getByRole('button', { name: 'Setujui perpanjangan' }).click();
    await decide.waitFor({ state: 'hidden' });
    await expect.poll(() => head.getByText('30 Juni 2027').count()).toBeGreaterThan(0);
    await head.screenshot({ path: shot('3b-extension-approved'), fullPage: true });
    await head.close();
  });

  it('4. staff send evidence; the head rejects it once, then accepts it', async () => {
    const sendEvidence = async (note: string) => {
      const staff = await pageAs(accounts.staff, width);
      await staff.goto(itemUrl);
      await staff
        .getByRole('region', { name: 'Tindakan' })
        .getByRole('button', { name: 'Kirim bukti' })
        .click();
      const dialog = staff.getByRole('dialog', { name: 'Kirim bukti penyelesaian' });
      await dialog.getByLabel('Catatan bukti').fill(note);
      await dialog.getByRole('button', { name: 'Kirim untuk verifikasi' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await expect.poll(() => staff.getByText('Menunggu verifikasi').count()).toBeGreaterThan(0);
      await staff.close();
    };
    const verify = async (accept: boolean) => {
      const head = await pageAs(accounts.head, width);
      await head.goto(itemUrl);
      await head
        .getByRole('region', { name: 'Tindakan' })
        .getByRole('button', { name: 'Verifikasi' })
        .click();
      const dialog = head.getByRole('dialog', { name: 'Verifikasi bukti' });
      if (accept) {
        await dialog.getByRole('button', { name: 'Terima bukti' }).click();
      } else {
        await dialog
          .getByLabel('Alasan penolakan atau catatan')
          .fill('Lampirkan dokumen Rencana Aksi yang ditandatangani.');
        await dialog.getByRole('button', { name: 'Tolak bukti' }).click();
      }
      await dialog.waitFor({ state: 'hidden' });
      return head;
    };
    await sendEvidence('Draf Rencana Aksi SPBE Kabupaten Kerinci.');
    const rejected = await verify(false);
    await expect
      .poll(() => rejected.getByText('Lampirkan dokumen Rencana Aksi yang ditandatangani.').count())
      .toBeGreaterThan(0);
    await rejected.close();
    await sendEvidence('Rencana Aksi SPBE Kabupaten Kerinci yang sudah ditandatangani Bupati.');
    const accepted = await verify(true);
    await expect.poll(() => accepted.getByText('Selesai', { exact: true }).count()).toBeGreaterThan(0);
    await accepted.screenshot({ path: shot('4-accepted'), fullPage: true });
    await accepted.close();
  });

  it("5. the head's digest for next Monday shows the item as resolved last week", async () => {
    const head = await pageAs(accounts.head, width);
    await head.goto(`${app.baseUrl}/ringkasan?minggu=depan`);
    await head.getByRole('heading', { name: 'Ringkasan mingguan' }).first().waitFor();
    const mail = head.frameLocator('iframe[title^="Isi surel"]');
    const resolved = mail.locator('section, div, table').filter({ hasText: 'Selesai minggu lalu' }).last();
    await resolved.getByText(itemTitle).first().waitFor();
    await noHorizontalScroll(head);
    await head.screenshot({ path: shot('5-digest-next-monday'), fullPage: true });
    await head.close();
  });
});
