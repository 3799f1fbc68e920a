import type { Browser, Page } from 'playwright-core';

/** A fresh browser context (no cookies) at this width, signed in through the sign-in page's demo account button. */
export async function signedInPage(
  browser: Browser,
  baseUrl: string,
  account: string,
  width = 1280,
): Promise<Page> {
  const page = await browser.newPage({
    viewport: { width, height: 900 },
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
  });
  page.setDefaultTimeout(15_000);
  await page.goto(`${baseUrl}/masuk`);
  await page.getByRole('button', { name: `Gunakan akun ${account}` }).click();
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/masuk'));
  return page;
}

export const accounts = {
  head: 'Kepala Dinas Kominfo Provinsi Jambi',
  secretariat: 'Sekretariat Diskominfo Provinsi Jambi',
  staff: 'Staf Diskominfo Kabupaten Kerinci',
  viewer: 'Pemantau Diskominfo Kabupaten Tebo',
  admin: 'Admin',
  /** Komdigi: an office without a region, who sees the provinces side by side. */
  national: 'Pemantau Komdigi (nasional)',
  /** Banyuasin (16.07): keeps its agreement with APJII and three providers (issue 19). */
  banyuasin: 'Sekretariat Diskominfo SP Banyuasin',
} as const;
