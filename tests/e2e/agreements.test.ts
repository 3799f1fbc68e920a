import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../support/app';
import { launchBrowser, screenshotPath } from '../support/browser';
import { accounts, signedInPage } from '../support/session';

/**
 * Issue 19's agreement journey on the demo data: Banyuasin's one agreement with APJII and the three
 * internet providers (seed 003). Its secretariat opens it from the commitments area, sees each
 * partner's commitment and its status, and records one more promise for a partner.
 */
let app: RunningApp;
let browser: Browser;

const TITLE = 'Kesepakatan Kota dan Desa Digital Mandiri Kabupaten Banyuasin';
const PARTNERS = [
  'Asosiasi Penyelenggara Jasa Internet Indonesia',
  'PT Jala Nusa Telematika',
  'PT Satata Neka Tama',
  'PT Djaya Sampoerna Net',
];

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  if (app) expect(await app.stop()).toBe(0);
});

async function openAgreement(page: Page) {
  await page.goto(`${app.baseUrl}/komitmen`);
  await page
    .getByRole('navigation', { name: 'Komitmen dan kesepakatan' })
    .getByRole('link', { name: 'Kesepakatan' })
    .click();
  // The first page of a fresh app also waits for its list's file and the demo's first queries.
  await page.getByRole('link', { name: TITLE }).click({ timeout: 45_000 });
  await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
}

const partyCard = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

describe('agreements: Banyuasin with APJII and three providers', () => {
  it('the secretariat opens the agreement and sees each partner’s commitment and its status', async () => {
    const page = await signedInPage(browser, app.baseUrl, accounts.banyuasin);
    await openAgreement(page);
    await page.getByText('Ditandatangani di Palembang, 31 Juli 2025').waitFor();
    for (const partner of PARTNERS) {
      const card = partyCard(page, partner);
      await expect.poll(() => card.getByRole('link').count()).toBe(1);
      expect(await card.getByText('Terbuka').count()).toBe(1);
    }
    // The Pemkab signed for Banyuasin; the promises are the partners'.
    await partyCard(page, 'Pemerintah Kabupaten Banyuasin')
      .getByText('Belum ada komitmen pihak ini.')
      .waitFor();
    const scope = page.getByRole('region', { name: 'Ruang lingkup' }).getByRole('listitem');
    expect(await scope.count()).toBe(5);
    await page.screenshot({ path: screenshotPath('65-agreement-1280'), fullPage: true });

    // A partner's commitment says which agreement it is part of.
    await partyCard(page, 'PT Jala Nusa Telematika').getByRole('link').click();
    await page.getByText(`Bagian dari kesepakatan: ${TITLE}`).waitFor();

    // The audiensi's page lists the agreement made in it.
    await page
      .getByRole('link', { name: /Audiensi Pemkab Banyuasin/ })
      .first()
      .click();
    const made = page.getByRole('region', { name: 'Kesepakatan dari rapat ini' });
    await made.getByRole('link', { name: TITLE }).waitFor();
    expect(await made.getByText('Kesepakatan · 5 pihak').count()).toBe(1);
    await page.close();
  });

  it('adds a party commitment, prefilled with the agreement and the party', async () => {
    const page = await signedInPage(browser, app.baseUrl, accounts.banyuasin);
    await openAgreement(page);
    const satata = 'PT Satata Neka Tama';
    await page.getByRole('button', { name: `Tambah komitmen pihak: ${satata}` }).click();
    const dialog = page.getByRole('dialog', { name: `Komitmen baru: ${satata}` });
    expect(await dialog.getByRole('combobox', { name: /Pihak yang berkomitmen/ }).inputValue()).toBe(satata);
    await dialog
      .getByRole('textbox', { name: /Isi komitmen/ })
      .fill('Menyediakan bandwidth desa digital untuk 10 desa');
    await dialog.getByRole('button', { name: 'Simpan komitmen' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const card = partyCard(page, satata);
    await card.getByRole('link', { name: 'Menyediakan bandwidth desa digital untuk 10 desa' }).waitFor();
    expect(await card.getByText('Terbuka').count()).toBe(2);
    await page.close();
  });

  it('reads on a phone without scrolling sideways', async () => {
    const page = await signedInPage(browser, app.baseUrl, accounts.banyuasin, 360);
    await openAgreement(page);
    await partyCard(page, PARTNERS[0] as string).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.screenshot({ path: screenshotPath('66-agreement-360'), fullPage: true });
    await page.close();
  });
});
