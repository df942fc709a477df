/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The functions handed to page.evaluate run in the page: they are typed with the DOM.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ijrud, type Lang, launch, mapReady, openPage } from './portalViews.ts';

// The portal on a phone (390 × 844) and the narrowest one (320 × 640): the header folds into the search
// and a menu, legends and the period control into chips, the side panel is a bottom sheet, every control
// is a 44 px target, and a slow link shows the skeleton before any script. Needs the web build.
const baseUrl = process.env.TAVAZON_BASE_URL || inject('baseUrl');
const artifacts = fileURLToPath(new URL('../.artifacts/', import.meta.url));
const slow = { timeout: 30_000 };
const path = (page: Page) => new URL(page.url()).pathname;

/** Visible controls smaller than 44 × 44 px (links inside running text are exempt, as WCAG 2.5.5 says). */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const controls = document.querySelectorAll<HTMLElement>(
      'button, select, input:not([type=hidden]), a.button, [role=tab], summary',
    );
    for (const el of controls) {
      if (el.closest('.maplibregl-ctrl-attrib')) continue;
      // A radio or checkbox drawn inside its label: the label is the target.
      const target =
        el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox')
          ? (el.closest('label') ?? el)
          : el;
      const box = target.getBoundingClientRect();
      const style = getComputedStyle(target);
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden') continue;
      if (box.bottom < 0 || box.top > innerHeight || box.right < 0 || box.left > innerWidth) continue;
      const name = el.getAttribute('data-testid') ?? el.getAttribute('aria-label') ?? el.textContent?.trim();
      if (box.height < 43.5 || box.width < 43.5)
        out.push(
          `${el.tagName.toLowerCase()} «${(name ?? '').slice(0, 30)}» ${box.width.toFixed(0)}×${box.height.toFixed(0)}`,
        );
    }
    return out;
  });
}

const overflowsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

async function shot(page: Page, name: string) {
  await page.waitForFunction(
    () => (globalThis as unknown as { __tavazon?: { isIdle: () => boolean } }).__tavazon?.isIdle() ?? true,
    undefined,
    { timeout: 60_000 },
  );
  await page.screenshot({ path: `${artifacts}/${name}.png` });
}

describe('the portal on a phone', () => {
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('walks search → county → project and back at 390 × 844 (fa)', async () => {
    const page = await openPage(browser, 'fa', { width: 390, height: 844 });
    try {
      await page.goto(baseUrl);
      await mapReady(page);
      expect(await overflowsSideways(page)).toBe(false);
      // The header is one row: brand, search, menu button; the legends are a chip, the map uncovered.
      const header = await page.locator('.app-header').boundingBox();
      expect(header!.height).toBeLessThan(70);
      await expect.poll(() => page.getByTestId('site-search').isVisible()).toBe(true);
      expect(await page.getByTestId('indicator-select').isVisible()).toBe(false);
      expect(await page.getByTestId('legend-fold-chip').isVisible()).toBe(true);
      expect(await page.getByTestId('status-legend').isVisible()).toBe(false);
      expect(await smallTargets(page)).toEqual([]);
      await shot(page, 'phone-390-map-fa');

      // Search: the first result of the header's search (Enter) opens the county's page.
      await page.getByTestId('site-search').fill('ایجرود');
      await page.getByTestId('search-result').first().waitFor(slow);
      await page.getByTestId('site-search').press('Enter');
      await expect.poll(() => path(page), slow).toBe(`/county/current/${ijrud}`);
      const sheet = page.getByTestId('side-panel');
      await expect.poll(() => sheet.getAttribute('data-sheet')).toBe('half');
      await page.getByTestId('project-item').first().waitFor(slow);
      // A bottom sheet under the map: the map keeps the upper part of the screen.
      const mapBox = await page.getByTestId('map').boundingBox();
      const sheetBox = await sheet.boundingBox();
      expect(mapBox!.height).toBeGreaterThan(250);
      expect(sheetBox!.y).toBeGreaterThanOrEqual(mapBox!.y + mapBox!.height - 1);
      expect(await smallTargets(page)).toEqual([]);
      await shot(page, 'phone-390-county-fa');

      // The handle steps the sheet through nearly full, a bar, and back to half.
      await page.getByTestId('sheet-handle').click();
      await expect.poll(() => sheet.getAttribute('data-sheet')).toBe('full');
      await page.getByTestId('sheet-handle').click();
      await expect.poll(() => sheet.getAttribute('data-sheet')).toBe('peek');
      expect((await sheet.boundingBox())!.height).toBeLessThan(120);
      await page.getByTestId('sheet-handle').click();
      await expect.poll(() => sheet.getAttribute('data-sheet')).toBe('half');

      await page.getByTestId('project-item').first().click();
      await expect.poll(() => path(page), slow).toMatch(/^\/project\/\d+$/);
      await page.getByTestId('project-details').waitFor(slow);
      expect(await smallTargets(page)).toEqual([]);
      await shot(page, 'phone-390-project-fa');

      await page.goBack();
      await expect.poll(() => path(page), slow).toBe(`/county/current/${ijrud}`);
      await page.getByTestId('county-panel').waitFor(slow);
      await page.goBack();
      await expect.poll(() => path(page), slow).toBe('/');
      expect(await page.getByTestId('side-panel').count()).toBe(0);
    } finally {
      await page.context().close();
    }
  });

  it('opens the menu, the period and the legend chips on tap (390 × 844, en)', async () => {
    const page = await openPage(browser, 'en', { width: 390, height: 844 });
    try {
      await page.goto(baseUrl);
      await mapReady(page);
      await page.getByTestId('header-menu-button').click();
      await page.getByTestId('indicator-select').waitFor({ state: 'visible' });
      expect(await smallTargets(page)).toEqual([]);
      await shot(page, 'phone-390-menu-en');
      await page.getByTestId('indicator-select').selectOption('population|current|1395');
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByTestId('indicator-select').isVisible()).toBe(false);

      // Two periods: the control is a chip naming the period, the legend another chip; neither covers the map.
      const periodChip = page.getByTestId('period-fold-chip');
      await periodChip.waitFor(slow);
      expect(await page.getByTestId('period-control').isVisible()).toBe(false);
      expect(await page.getByTestId('legend').isVisible()).toBe(false);
      await shot(page, 'phone-390-chips-en');
      await periodChip.click();
      await page.getByTestId('period-control').waitFor({ state: 'visible' });
      await periodChip.click();
      await page.getByTestId('legend-fold-chip').click();
      await page.getByTestId('legend').waitFor({ state: 'visible' });
      expect(await page.getByTestId('legend-fold-chip').getAttribute('aria-expanded')).toBe('true');
      expect(await smallTargets(page)).toEqual([]);
      await shot(page, 'phone-390-legend-en');
      await page.getByTestId('legend-fold-chip').click();
      expect(await page.getByTestId('legend').isVisible()).toBe(false);
    } finally {
      await page.context().close();
    }
  });

  for (const lang of ['fa', 'en'] as Lang[]) {
    it(`fits 320 × 640 without sideways scrolling (${lang})`, async () => {
      const page = await openPage(browser, lang, { width: 320, height: 640 });
      try {
        await page.goto(baseUrl);
        await mapReady(page);
        expect(await overflowsSideways(page)).toBe(false);
        expect(await smallTargets(page)).toEqual([]);
        await shot(page, `phone-320-map-${lang}`);
        await page.goto(new URL(`/county/current/${ijrud}`, baseUrl).href);
        await mapReady(page);
        await page.getByTestId('county-panel').waitFor(slow);
        expect(await overflowsSideways(page)).toBe(false);
        expect(await smallTargets(page)).toEqual([]);
        await shot(page, `phone-320-county-${lang}`);
      } finally {
        await page.context().close();
      }
    });
  }

  it('shows the loading skeleton before any script has arrived', async () => {
    const page = await openPage(browser, 'fa', { width: 390, height: 844 });
    try {
      // A link so slow that no script arrives: the page must still say that the map is coming.
      await page.route('**/assets/*.js', () => undefined);
      // Not `domcontentloaded`: that waits for the (deferred) module scripts, which never come here.
      await page.goto(baseUrl, { waitUntil: 'commit' });
      const status = page.locator('.boot [role=status]');
      await status.waitFor({ state: 'visible', timeout: 10_000 });
      expect(await status.textContent()).toContain('در حال بارگذاری نقشه');
      await page.screenshot({ path: `${artifacts}/phone-390-skeleton-fa.png` });
    } finally {
      await page.context().close();
    }
  });
});
