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

/** On a phone every control is at least this big to a finger (or this far from the next one). */
export const TOUCH_TARGET_PX = 44;

export interface AuditOptions {
  /** A phone-width page: tap targets are measured against TOUCH_TARGET_PX instead of 24 px. */
  touch?: boolean;
}

/**
 * axe-core's WCAG 2.x A/AA checks on what the page shows now; only serious and critical findings.
 * `target-size` (WCAG 2.2 AA, 2.5.8) is named outright: axe ships it switched off. On a phone it
 * measures against the 44 px the app promises there (AAA's size) rather than AA's 24, keeping its
 * own judgement of what counts: links inside a sentence are exempt, and a smaller control passes
 * when no other target is within a 44 px circle around it.
 */
export async function audit(page: Page, label: string, options: AuditOptions = {}): Promise<Finding[]> {
  const minimum = options.touch ? TOUCH_TARGET_PX : 24;
  // axe reads a rule's check options from `rules[id].checks` (getCheckOption), which its types omit.
  const rules: Record<string, { enabled: boolean; checks?: Record<string, { options: object }> }> = {
    'target-size': {
      enabled: true,
      checks: {
        'target-size': { options: { minSize: minimum } },
        'target-offset': { options: { minOffset: minimum } },
      },
    },
  };
  // Legacy mode runs axe inside the page itself: the support helpers open pages without their own
  // context (browser.newPage), where the default mode cannot open its extra blank page.
  const result = await new AxeBuilder({ page })
    .setLegacyMode(true)
    // Before withTags: `options` replaces everything set so far, `withTags` adds to it.
    .options({ rules })
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
