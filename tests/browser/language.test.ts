import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, mapReady, openPage } from './portalViews.ts';

// The Persian UI shows no English words. Every view of portalViews.ts is read for them by the walk of
// accessibility.test.ts (one visit per view and language serves both checks, see latinWords.ts); here, what
// that walk does not see: the map's scale bar and credits, and the English names the app makes up.
// Needs `pnpm --filter @tavazon/web build`.
const baseUrl = process.env.TAVAZON_BASE_URL || inject('baseUrl');

describe('no English words in the Persian UI', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
  });

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
