import type { CDPSession, Page } from 'playwright-core';

const cdpSessions = new WeakMap<Page, CDPSession>();

/**
 * Both halves of "no network": the page's requests (CDP network emulation) and the service
 * worker's (the browser context). One CDP session per page: each session's emulation holds until
 * that same session lifts it.
 */
export async function setOffline(page: Page, offline: boolean): Promise<void> {
  let cdp = cdpSessions.get(page);
  if (!cdp) {
    cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    cdpSessions.set(page, cdp);
  }
  await cdp.send('Network.emulateNetworkConditions', {
    offline,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });
  await page.context().setOffline(offline);
}
