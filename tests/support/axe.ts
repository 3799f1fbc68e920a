import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export interface Finding {
  page: string;
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

const BLOCKING = new Set(['serious', 'critical']);

/** Waits until the page shows its main heading and nothing is still loading. */
export async function settled(page: Page) {
  await page.locator('h1').first().waitFor({ state: 'visible' });
  await page.waitForFunction(() => document.querySelectorAll('[aria-busy="true"]').length === 0);
  // Mantine's transitions (modals, menus) end within 250 ms; axe reads colours mid-fade otherwise.
  await page.waitForTimeout(300);
}

/** axe-core's WCAG 2.x A/AA checks on what the page shows now; only serious and critical findings. */
export async function audit(page: Page, label: string): Promise<Finding[]> {
  // Legacy mode runs axe inside the page itself: the support helpers open pages without their own
  // context (browser.newPage), where the default mode cannot open its extra blank page.
  const result = await new AxeBuilder({ page })
    .setLegacyMode(true)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return result.violations
    .filter((v) => BLOCKING.has(v.impact ?? ''))
    .map((v) => ({
      page: label,
      rule: v.id,
      impact: v.impact ?? '',
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
}

/** One line per finding, readable in a test failure: "page: rule (impact) help -> targets". */
export function describeFindings(findings: Finding[]): string {
  return findings
    .map((f) => `${f.page}: ${f.rule} (${f.impact}) ${f.help}\n    -> ${f.targets.join('\n    -> ')}`)
    .join('\n');
}
