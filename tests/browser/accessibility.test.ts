import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { officialForViews } from './officialForViews.ts';
import {
  firstProjectId,
  type Lang,
  launch,
  openPage,
  openView,
  portalViews,
  type ViewFixtures,
} from './portalViews.ts';

// axe-core over every view of portalViews.ts in both languages: no serious or critical finding (WCAG 2.1
// A and AA, which includes text contrast ≥ 4.5:1, names of controls, and the map canvas's text alternative).
// Needs `pnpm --filter @tavazon/web build`.
const baseUrl = process.env.TAVAZON_BASE_URL || inject('baseUrl');

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

describe('accessibility (axe-core)', () => {
  let browser: Browser;
  let fixtures: ViewFixtures;

  beforeAll(async () => {
    browser = await launch();
    fixtures = {
      project: await firstProjectId(baseUrl),
      official: await officialForViews(inject('databaseUrl')),
    };
  });

  afterAll(async () => {
    await browser?.close();
  });

  for (const lang of ['fa', 'en'] as Lang[]) {
    for (const view of portalViews) {
      it(`${view.name} (${lang}): no serious or critical finding`, async () => {
        const page = await openPage(browser, lang);
        try {
          await openView(page, baseUrl, view, fixtures);
          const result = await new AxeBuilder({ page }).withTags(tags).analyze();
          const findings = result.violations
            .filter((v) => v.impact === 'serious' || v.impact === 'critical')
            .map((v) => ({
              rule: v.id,
              impact: v.impact,
              nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
            }));
          expect(findings).toEqual([]);
        } finally {
          await page.context().close();
        }
      });
    }
  }
});
