import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../support/app';
import { launchBrowser, screenshotPath } from '../support/browser';
import { accounts, signedInPage } from '../support/session';

/**
 * Live updates and mail, as people see them: a head keeps an item open while staff in Kerinci send
 * evidence; the page turns to "awaiting verification" by itself, and the head finds the notification
 * in their mail (the in-app outbox: the demo has no SMTP server) and this week's digest preview.
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

const itemCards = (page: Page) =>
  page.getByRole('list', { name: 'Daftar tindak lanjut' }).getByRole('article');

async function openItem(page: Page, title: RegExp) {
  await page.goto(`${app.baseUrl}/tindak-lanjut?wilayah=15.01`);
  await itemCards(page).first().waitFor();
  const card = itemCards(page).filter({ hasText: 'Kabupaten Kerinci' }).filter({ hasText: title }).first();
  await card.getByRole('link').first().click();
  await page.getByRole('region', { name: 'Tindakan' }).waitFor();
}

describe('notifications and live updates', () => {
  it('a head sees an item turn to awaiting verification without reloading, then finds the email', async () => {
    const head = await signedInPage(browser, app.baseUrl, accounts.head);
    await openItem(head, /Pindahkan hosting/);
    const headActions = head.getByRole('region', { name: 'Tindakan' });
    expect(await headActions.getByRole('button', { name: 'Verifikasi' }).count()).toBe(0);

    const staff = await signedInPage(browser, app.baseUrl, accounts.staff);
    await openItem(staff, /Pindahkan hosting/);
    await staff
      .getByRole('region', { name: 'Tindakan' })
      .getByRole('button', { name: 'Kirim bukti' })
      .click();
    const evidence = staff.getByRole('dialog', { name: 'Kirim bukti penyelesaian' });
    await evidence.getByLabel('Catatan bukti').fill('Laporan migrasi server ke Pusat Data Provinsi.');
    await evidence.getByRole('button', { name: 'Kirim untuk verifikasi' }).click();
    await evidence.waitFor({ state: 'hidden' });
    await staff.close();

    // No reload: the subscription tells the head's page, which refetches the item.
    await headActions.getByRole('button', { name: 'Verifikasi' }).waitFor({ timeout: 15_000 });
    await expect
      .poll(() => head.getByText('Laporan migrasi server ke Pusat Data Provinsi.').count())
      .toBeGreaterThan(0);
    await head.screenshot({
      path: screenshotPath('20-head-live-awaiting-verification-1280'),
      fullPage: true,
    });

    await head.getByRole('link', { name: 'Surel saya' }).first().click();
    const subject = /Bukti menunggu verifikasi: Pindahkan hosting.* — Kabupaten Kerinci/;
    await expect
      .poll(
        async () => {
          await head.reload();
          await head.getByRole('heading', { name: 'Surel saya' }).waitFor();
          return head.getByText(subject).count();
        },
        { timeout: 30_000, interval: 1000 },
      )
      .toBeGreaterThan(0);
    await head.screenshot({ path: screenshotPath('21-head-outbox-1280'), fullPage: true });
    await head.getByText(subject).first().click();
    await head.waitForURL(/\/kotak-keluar\/[0-9a-f-]+$/);
    const body = head.frameLocator('iframe[title^="Isi surel"]');
    await body
      .getByText(/Pindahkan hosting/)
      .first()
      .waitFor();
    await head.screenshot({ path: screenshotPath('22-head-email-1280'), fullPage: true });
    await head.getByRole('tab', { name: 'Teks biasa' }).click();
    await head
      .getByText(/Laporan migrasi server ke Pusat Data Provinsi\./)
      .first()
      .waitFor();
    await head.close();
  });

  it("shows a head this week's digest, on a desktop and on a phone", async () => {
    for (const width of [1280, 360]) {
      const head = await signedInPage(browser, app.baseUrl, accounts.head, width);
      await head.goto(`${app.baseUrl}/ringkasan`);
      await head.getByRole('heading', { name: 'Ringkasan mingguan' }).first().waitFor();
      const body = head.frameLocator('iframe[title^="Isi surel"]');
      // The province head's digest has the completion table by regency/city.
      await body.getByText('Kabupaten Kerinci').first().waitFor();
      await head.screenshot({ path: screenshotPath(`23-head-digest-${width}`), fullPage: true });
      await head.close();
    }
  });
});
