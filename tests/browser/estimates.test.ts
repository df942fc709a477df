import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type PageWatch } from './openBrowser.ts';

// The census on the current counties, as the county panel shows it: exact values as they are, estimated
// ones with «≈» and a note naming how they were estimated, in Persian and in English.
const baseUrl = process.env.TAVAZON_BASE_URL || inject('baseUrl');
const IJRUD = 'osm-6554899'; // the same county as census Ijrud: exact
const KUHSORKH = 'osm-11096697'; // formed from census Kashmar after 1395: shared by area
const KARUN = 'osm-6555159'; // formed from 1390 Ahvaz: its 1390 population is a share of Ahvaz's

describe('estimated values in the county panel', () => {
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;

  beforeAll(async () => {
    ({ browser, page, watch } = await openBrowser(baseUrl, { width: 1280, height: 800 }));
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function openCounty(code: string) {
    await page.goto(new URL(`/county/current/${code}`, baseUrl).toString());
    await page.getByTestId('indicator-values').waitFor({ timeout: 90_000 });
    await expect.poll(() => page.getByTestId('county-panel').getAttribute('data-county-code')).toBe(code);
  }

  it('shows Ijrud on the current set with its census indicators, none marked', async () => {
    await openCounty(IJRUD);
    const text = await page.getByTestId('indicator-values').textContent();
    // 36,641 people in 1395, in Persian digits.
    expect(text).toContain('۳۶٬۶۴۱');
    expect(text).not.toContain('≈');
    expect(await page.getByTestId('estimate-note').count()).toBe(0);
  });

  it('marks a split county’s values with ≈ and names the method, in Persian', async () => {
    await openCounty(KUHSORKH);
    await expect.poll(() => page.getByTestId('estimated-value').count()).toBeGreaterThan(5);
    const note = page.getByTestId('estimate-note').first();
    expect(await note.getAttribute('data-method')).toBe('area-share');
    expect(await note.textContent()).toContain('به نسبت مساحت');
    expect(await page.getByTestId('estimated-value').first().textContent()).toMatch(/^≈ [۰-۹]/);
  });

  it('names a lineage estimate and reads the notes in English', async () => {
    await openCounty(KARUN);
    const methods = await page
      .getByTestId('estimate-note')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-method')));
    expect(methods).toContain('same-county+lineage-share');
    expect(methods).toContain('same-county+lineage-group');
    await page.getByTestId('language-switch').click();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
    const notes = await page.getByTestId('estimate-note').allTextContents();
    expect(notes.join(' ')).toContain('shared among the counties formed from it');
    expect(notes.join(' ')).toMatch(/growth rate of all the counties formed from one 1390 county/);
  });

  it('logged no console errors', () => {
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.failedRequests).toEqual([]);
  });
});
