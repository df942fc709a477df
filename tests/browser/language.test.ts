/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The functions handed to page.evaluate run in the page: they are typed with the DOM.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { officialForViews } from './officialForViews.ts';
import {
  firstProjectId,
  launch,
  mapReady,
  openPage,
  openView,
  portalViews,
  type ViewFixtures,
} from './portalViews.ts';

// The Persian UI shows no English words: every view of portalViews.ts is read as a user sees it (the
// visible text, and the names screen readers read: aria-label, title, placeholder, alt) and any run of
// two or more Latin letters fails the test, except the few below. Needs `pnpm --filter @tavazon/web build`.
const baseUrl = process.env.TAVAZON_BASE_URL || inject('baseUrl');

/**
 * Words that must stay in Latin letters, each with its reason:
 * - CSV, GeoJSON, XLSX, PNG, FlatGeobuf: names of file formats, shown on the export buttons as the user's
 *   file manager shows them; they have no Persian names (the Shapefile has one: «شیپ‌فایل»).
 * - English: the language switch names the other language in that language (marked lang="en"), so a
 *   reader of English finds it.
 */
const allowed = new Set(['CSV', 'GeoJSON', 'XLSX', 'PNG', 'FlatGeobuf', 'English']);

/** Latin-letter words in what the page shows and names, with where each was found. */
async function latinWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const latin = /[A-Za-z]{2,}/g;
    const seen = (text: string, where: string) => {
      for (const word of text.match(latin) ?? []) found.push(`${word} (${where})`);
    };
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is wanted (not hidden nodes).
    seen(document.body.innerText, 'text');
    for (const el of document.querySelectorAll<HTMLElement>('[aria-label], [title], [placeholder], [alt]')) {
      // Only what is shown: a hidden element's name is not read either.
      if (el.closest('[hidden], [aria-hidden="true"]') || el.getClientRects().length === 0) continue;
      for (const attr of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = el.getAttribute(attr);
        if (value) seen(value, `${el.tagName.toLowerCase()}[${attr}]`);
      }
    }
    seen(document.title, 'title');
    return found;
  });
}

describe('no English words in the Persian UI', () => {
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

  for (const view of portalViews) {
    it(`${view.name}: only Persian words`, async () => {
      const page = await openPage(browser, 'fa');
      try {
        await openView(page, baseUrl, view, fixtures);
        const words = (await latinWords(page)).filter((w) => !allowed.has(w.split(' ')[0] ?? ''));
        expect(words).toEqual([]);
      } finally {
        await page.context().close();
      }
    });
  }

  it('writes the scale bar in Persian digits and units, and credits OpenStreetMap in Persian', async () => {
    const page = await openPage(browser, 'fa');
    try {
      await page.goto(baseUrl);
      await mapReady(page);
      const scale = page.locator('.maplibregl-ctrl-scale');
      await expect.poll(() => scale.textContent()).toMatch(/^[۰-۹٫]+\s(کیلومتر|متر)$/);
      const osm = page.locator('.maplibregl-ctrl-attrib a[href="https://www.openstreetmap.org/copyright"]');
      expect(await osm.textContent()).toBe('© مشارکت‌کنندگان اوپن‌استریت‌مپ');
      expect(await page.locator('.maplibregl-ctrl-attrib').textContent()).toContain('مرکز آمار ایران');
      // The English map keeps the licence's own words.
      await page.getByTestId('language-switch').click();
      await expect.poll(() => osm.textContent()).toBe('© OpenStreetMap contributors');
      await expect.poll(() => scale.textContent()).toMatch(/^[0-9.]+\s(km|m)$/);
    } finally {
      await page.context().close();
    }
  });

  it('gives a county without an English name a marked transliteration in the English UI', async () => {
    const counties = (await (await fetch(new URL('/api/counties?set=current&zoom=5', baseUrl))).json()) as {
      features: { properties: { code: string; name_fa: string; name_en: string | null } }[];
    };
    const unnamed = counties.features.find((f) => !f.properties.name_en);
    expect(unnamed, 'a current county without an English name').toBeDefined();
    const page = await openPage(browser, 'en');
    try {
      await page.goto(new URL(`/county/current/${unnamed!.properties.code}`, baseUrl).href);
      await mapReady(page);
      const name = (await page.getByTestId('county-name').textContent()) ?? '';
      expect(name).toMatch(/^[A-Za-z][A-Za-z' -]*†$/);
      expect(await page.getByTestId('transliterated-note').textContent()).toContain('transliterated');
      // The Persian name stays beside it for whoever can read it.
      expect(await page.locator('.panel-subtitle[lang=fa]').textContent()).toBe(unnamed!.properties.name_fa);
    } finally {
      await page.context().close();
    }
  });
});
