// axe-core in Chromium with the WCAG 2.0–2.2 A/AA tags, as the acceptance bar of the site.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

/**
 * Rules switched off, each with the reason. Empty on purpose: a violation is fixed, not hidden.
 * Add an entry only with a written reason that a reviewer can check.
 */
export const DISABLED_RULES: Readonly<Record<string, string>> = {};

export interface Finding {
  readonly rule: string;
  readonly impact: string;
  readonly help: string;
  readonly targets: readonly string[];
}

export async function axeFindings(page: Page): Promise<Finding[]> {
  const results = await new AxeBuilder({ page })
    .withTags([...WCAG_TAGS])
    .disableRules(Object.keys(DISABLED_RULES))
    // Only violations are read; skipping passes and incomplete results saves most of the time.
    .options({ resultTypes: ['violations'] })
    .analyze();
  return results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact ?? 'unknown',
    help: violation.help,
    targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
  }));
}

export const formatFindings = (path: string, findings: readonly Finding[]) =>
  findings
    .map(
      (f) => `${path}: [${f.rule}, ${f.impact}] ${f.help}\n    at ${f.targets.join('\n    at ')}`,
    )
    .join('\n');
