import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../support/app';
import { audit, describeFindings, settled } from '../support/axe';
import { launchBrowser, screenshotPath } from '../support/browser';
import { accounts, signedInPage } from '../support/session';

let app: RunningApp;
let browser: Browser;

/** Addresses of demo records, found by following links as a person would. */
const ids = {
  meeting: '',
  proposal: '',
  commitment: '',
  actionItem: '',
  email: '',
  staffItem: '',
  indicator: '',
  agreement: '',
  directive: '',
};

async function firstHref(page: Page, prefix: string): Promise<string> {
  const link = page.locator(`main a[href^="${prefix}"]`).first();
  return (await link.count()) ? ((await link.getAttribute('href')) ?? '') : '';
}

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
  const head = await signedInPage(browser, app.baseUrl, accounts.head);
  await head.goto(`${app.baseUrl}/rapat`);
  const rakornis = head.getByRole('link', { name: /Rakornis\) Bidang Komunikasi dan Informatika 2025/ });
  ids.meeting = (await rakornis.first().getAttribute('href')) ?? '';
  const meetings = await head
    .locator('main a[href^="/rapat/"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  for (const href of [ids.meeting, ...meetings].filter((h) => /^\/rapat\/[0-9a-f-]{36}$/.test(h))) {
    await head.goto(`${app.baseUrl}${href}`);
    await settled(head);
    await head.waitForTimeout(500);
    ids.proposal ||= await firstHref(head, '/usulan/');
    ids.commitment ||= await firstHref(head, '/komitmen/');
    ids.actionItem ||= await firstHref(head, '/tindak-lanjut/');
    if (ids.proposal && ids.commitment && ids.actionItem) break;
  }
  await head.goto(`${app.baseUrl}/indikator`);
  ids.indicator = (await head.getByRole('link', { name: 'Indeks SPBE' }).first().getAttribute('href')) ?? '';
  // One of the Rakornis directives to the 11 regencies/cities (issue 19).
  await head.goto(`${app.baseUrl}/arahan`);
  await head.locator('main a[href^="/arahan/"]').first().waitFor();
  ids.directive = await firstHref(head, '/arahan/');
  await head.close();

  const admin = await signedInPage(browser, app.baseUrl, accounts.admin);
  await admin.goto(`${app.baseUrl}/kotak-keluar`);
  // The demo's mail is written by the job worker shortly after start: look again until it is there.
  for (let i = 0; i < 20 && !ids.email; i++) {
    await admin.goto(`${app.baseUrl}/kotak-keluar`);
    await settled(admin);
    ids.email = await firstHref(admin, '/kotak-keluar/');
    if (!ids.email) await admin.waitForTimeout(1500);
  }
  await admin.close();

  // An item of Kerinci's where the staff may ask for more time.
  const staff = await signedInPage(browser, app.baseUrl, accounts.staff);
  await staff.goto(`${app.baseUrl}/tindak-lanjut`);
  await staff.locator('main a[href^="/tindak-lanjut/"]').first().waitFor();
  const hrefs = await staff
    .locator('main a[href^="/tindak-lanjut/"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  for (const href of hrefs.slice(0, 8)) {
    await staff.goto(`${app.baseUrl}${href}`);
    await settled(staff);
    if ((await staff.getByRole('button', { name: 'Minta perpanjangan' }).count()) > 0) {
      ids.staffItem = href;
      break;
    }
  }
  await staff.close();

  // Banyuasin's agreement with APJII and the three providers (issue 19).
  const banyuasin = await signedInPage(browser, app.baseUrl, accounts.banyuasin);
  await banyuasin.goto(`${app.baseUrl}/kesepakatan`);
  await banyuasin.locator('main a[href^="/kesepakatan/"]').first().waitFor();
  ids.agreement = await firstHref(banyuasin, '/kesepakatan/');
  await banyuasin.close();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

type Who = keyof typeof accounts | 'visitor';

interface Check {
  name: string;
  who: Who;
  path: () => string;
  /** Opens a dialog or view before the audit. */
  prepare?: (page: Page) => Promise<void>;
}

async function openAction(page: Page, name: string, dialog: string) {
  await page.getByRole('button', { name, exact: true }).first().click();
  await page.getByRole('dialog', { name: dialog }).waitFor();
  await page.waitForTimeout(300);
}

const checks: Check[] = [
  { name: 'sign-in', who: 'visitor', path: () => '/masuk' },
  { name: 'forgot-password', who: 'visitor', path: () => '/lupa-kata-sandi' },
  { name: 'public-provinces', who: 'visitor', path: () => '/publik' },
  { name: 'public-jambi', who: 'visitor', path: () => '/publik/15' },
  { name: 'home', who: 'head', path: () => '/' },
  { name: 'meetings', who: 'head', path: () => '/rapat' },
  { name: 'new-meeting', who: 'head', path: () => '/rapat/baru' },
  { name: 'meeting', who: 'head', path: () => ids.meeting },
  { name: 'edit-meeting', who: 'head', path: () => `${ids.meeting}/ubah` },
  // Issue 19: the series page, and the form logging the next meeting of the series with its checklist.
  { name: 'meeting-series', who: 'head', path: () => `${ids.meeting}/rangkaian` },
  {
    name: 'follow-up-meeting',
    who: 'head',
    path: () => `/rapat/baru?lanjutanDari=${ids.meeting.split('/').at(-1)}`,
  },
  { name: 'action-items', who: 'head', path: () => '/tindak-lanjut' },
  { name: 'action-items-board', who: 'head', path: () => '/tindak-lanjut?tampilan=papan' },
  { name: 'action-item', who: 'head', path: () => ids.actionItem },
  {
    name: 'action-item-extension-dialog',
    who: 'staff',
    path: () => ids.staffItem || ids.actionItem,
    prepare: (page) => openAction(page, 'Minta perpanjangan', 'Minta perpanjangan tenggat'),
  },
  { name: 'proposal', who: 'head', path: () => ids.proposal },
  { name: 'commitment', who: 'head', path: () => ids.commitment },
  { name: 'commitments', who: 'head', path: () => '/komitmen' },
  { name: 'regions', who: 'head', path: () => '/wilayah' },
  { name: 'region-jambi', who: 'head', path: () => '/wilayah/15' },
  { name: 'outbox', who: 'head', path: () => '/kotak-keluar' },
  { name: 'email', who: 'admin', path: () => ids.email },
  { name: 'digest', who: 'head', path: () => '/ringkasan' },
  { name: 'account', who: 'head', path: () => '/akun' },
  { name: 'users', who: 'admin', path: () => '/admin/pengguna' },
  { name: 'search', who: 'head', path: () => '/cari?q=jambi' },
  { name: 'offices', who: 'secretariat', path: () => '/instansi' },
  { name: 'people', who: 'secretariat', path: () => '/orang' },
  {
    name: 'people-import-dialog',
    who: 'secretariat',
    path: () => '/orang',
    prepare: (page) => openAction(page, 'Impor', 'Impor orang dari berkas'),
  },
  { name: 'proposals', who: 'head', path: () => '/usulan' },
  { name: 'agreements', who: 'banyuasin', path: () => '/kesepakatan' },
  { name: 'agreement', who: 'banyuasin', path: () => ids.agreement },
  { name: 'directives', who: 'head', path: () => '/arahan' },
  { name: 'directive', who: 'head', path: () => ids.directive },
  { name: 'directive-staff', who: 'staff', path: () => ids.directive },
  { name: 'directive-issue-form', who: 'head', path: () => '/arahan?baru=1' },
  { name: 'indicators', who: 'head', path: () => '/indikator' },
  { name: 'indicator', who: 'head', path: () => ids.indicator },
  {
    name: 'indicator-record-dialog',
    who: 'head',
    path: () => ids.indicator,
    prepare: (page) => openAction(page, 'Catat nilai', 'Catat nilai'),
  },
  {
    name: 'indicator-targets-dialog',
    who: 'head',
    path: () => ids.indicator,
    prepare: (page) => openAction(page, 'Tetapkan target', 'Tetapkan target'),
  },
  {
    name: 'indicator-import-dialog',
    who: 'secretariat',
    path: () => ids.indicator,
    prepare: (page) => openAction(page, 'Impor nilai', 'Impor nilai Indeks SPBE dari berkas'),
  },
  { name: 'national-home', who: 'national', path: () => '/' },
  { name: 'national-regions', who: 'national', path: () => '/wilayah' },
  {
    name: 'search-dialog',
    who: 'head',
    path: () => '/rapat',
    prepare: async (page) => {
      await page.keyboard.press('Control+k');
      await page.getByRole('combobox', { name: /Cari rapat/ }).fill('rakornis');
      await page.getByRole('listbox', { name: 'Hasil pencarian' }).getByRole('option').first().waitFor();
      await page.keyboard.press('ArrowDown');
      await page.waitForTimeout(300);
    },
  },
];

const pictured = ['search', 'offices', 'people', 'national', 'indicator', 'proposals'];

describe.each([1280, 360])('accessibility at %i px', (width) => {
  const pages = new Map<Who, Page>();

  async function pageFor(who: Who): Promise<Page> {
    const existing = pages.get(who);
    if (existing) return existing;
    const page =
      who === 'visitor'
        ? await browser.newPage({ viewport: { width, height: 900 }, locale: 'id-ID' })
        : await signedInPage(browser, app.baseUrl, accounts[who], width);
    page.setDefaultTimeout(15_000);
    pages.set(who, page);
    return page;
  }

  afterAll(async () => {
    for (const page of pages.values()) await page.close();
  });

  it.each(checks)('$name has no serious or critical axe violations', async ({ name, who, path, prepare }) => {
    const target = path();
    expect(target, `no demo record found for ${name}`).not.toBe('');
    const page = await pageFor(who);
    await page.goto(`${app.baseUrl}${target}`);
    await settled(page);
    if (prepare) await prepare(page);
    // At 360 px, tap targets are measured too: 44 px (tests/support/axe.ts).
    const findings = await audit(page, `${name} (${target}, ${width} px)`, { touch: width <= 360 });
    // New pages: keep a picture of them at both widths; of other pages only when they fail.
    if (findings.length || pictured.some((prefix) => name.startsWith(prefix)))
      await page.screenshot({
        path: screenshotPath(`a11y-${name}-${width}`),
        fullPage: !name.endsWith('dialog'),
      });
    expect(findings, describeFindings(findings)).toEqual([]);
  });
});
