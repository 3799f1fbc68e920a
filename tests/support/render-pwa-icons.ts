import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '@tindak/db';
import { launchBrowser } from './browser';

/**
 * Renders the installed app's icons (packages/web/public/icons/*.png) from their SVG sources with
 * the test suite's Chromium, so the PNGs in the repository come from files anyone can read and
 * change. Run after editing an SVG: `pnpm --filter @tindak/tests exec tsx support/render-pwa-icons.ts`.
 * The maskable icon keeps its mark inside the middle 80% that every launcher's mask leaves visible.
 */
const iconsDir = path.join(repoRoot, 'packages/web/public/icons');
const icons = [
  { svg: 'tindak.svg', png: 'icon-192.png', size: 192 },
  { svg: 'tindak.svg', png: 'icon-512.png', size: 512 },
  { svg: 'tindak-maskable.svg', png: 'icon-maskable-512.png', size: 512 },
];

const browser = await launchBrowser();
try {
  for (const icon of icons) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
    const svg = readFileSync(path.join(iconsDir, icon.svg), 'utf8');
    await page.setContent(
      `<html><body style="margin:0;background:transparent"><img alt="" width="${icon.size}" height="${icon.size}" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"></body></html>`,
    );
    await page.locator('img').screenshot({ path: path.join(iconsDir, icon.png), omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
