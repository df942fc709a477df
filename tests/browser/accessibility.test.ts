import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { allowedLatin, latinWords } from './latinWords.ts';
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

// Every view of portalViews.ts in both languages, each opened once for two checks:
// - axe-core: no serious or critical finding (WCAG 2.1 A and AA, which includes text contrast ≥ 4.5:1, names
//   of controls, and the map canvas's text alternative);
// - in Persian, no English words: what the page shows and the names screen readers read, any run of two or
//   more Latin letters except the few of latinWords.ts (language.test.ts checks the rest of the rule).
// Needs `pnpm --filter @tavazon/web build`.
const baseUrl = process.env.TAVAZON_BASE_URL || inject('baseUrl');

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

describe('every view: accessibility (axe-core), and only Persian words in Persian', () => {
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
      const what =
        lang === 'fa'
          ? 'no serious or critical finding, only Persian words'
          : 'no serious or critical finding';
      it(`${view.name} (${lang}): ${what}`, async () => {
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
          const english =
            lang === 'fa'
              ? (await latinWords(page)).filter((w) => !allowedLatin.has(w.split(' ')[0] ?? ''))
              : [];
          expect({ findings, english }).toEqual({ findings: [], english: [] });
        } finally {
          await page.context().close();
        }
      });
    }
  }
});
