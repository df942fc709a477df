import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type PageWatch } from './openBrowser.ts';

// The header's one search box in the built app: every spelling the issue lists finds its county, the
// keyboard drives the list, Enter opens the first result, and Back after county → project returns to the
// county; also on a phone-sized screen. Needs `pnpm --filter @tavazon/web build`.
const baseUrl = process.env.TAVAZON_BASE_URL || inject('baseUrl');
const artifacts = fileURLToPath(new URL('../.artifacts/', import.meta.url));
const slow = { timeout: 30_000 };

const IJRUD = 'osm-6554899';
const KERMAN = 'osm-6555167';
const NAJAFABAD = 'osm-6555232';

const path = (page: Page) => new URL(page.url()).pathname;
const result = (page: Page, to: string) => page.locator(`[data-testid=search-result][data-path="${to}"]`);
const mapReady = (page: Page) =>
  page.locator('[data-testid=map][data-state=ready]').waitFor({ timeout: 90_000 });

interface ListHost {
  querySelector(selector: string): { dataset: Record<string, string | undefined>; hidden: boolean } | null;
}

/** Types into the search box and waits for the answer to exactly that text. */
async function typeInSearch(page: Page, text: string) {
  const box = page.getByTestId('site-search');
  await box.focus();
  await box.fill(text);
  await page.waitForFunction(
    (q) => {
      const list = (globalThis as unknown as { document: ListHost }).document.querySelector(
        '[data-testid=search-results]',
      );
      return list?.dataset.state === 'ready' && list.dataset.query === q && !list.hidden;
    },
    text.trim(),
    slow,
  );
  return box;
}

describe('the search box', () => {
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    ({ browser, page, watch } = await openBrowser(baseUrl, { width: 1366, height: 900 }));
    await page.goto(baseUrl);
    await mapReady(page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  // Each variant of the issue: Arabic letters, a half-space or a space or none, «شهرستان», diacritics,
  // the English name in the Persian UI, and a typo.
  it.each([
    ['ايجرود', IJRUD, 'ایجرود'],
    ['ایجرود', IJRUD, 'ایجرود'],
    ['كرمان', KERMAN, 'کرمان'],
    ['نجف‌آباد', NAJAFABAD, 'نجف آباد'],
    ['نجف آباد', NAJAFABAD, 'نجف آباد'],
    ['نجفآباد', NAJAFABAD, 'نجف آباد'],
    ['شهرستان نجف‌آباد', NAJAFABAD, 'نجف آباد'],
    ['Najafabad', NAJAFABAD, 'نجف آباد'],
    ['اِیجْرود', IJRUD, 'ایجرود'],
    ['کرمن', KERMAN, 'کرمان'],
  ])('finds «%s» and opens its county page', async (text, code, name) => {
    await typeInSearch(page, text);
    const hit = result(page, `/county/current/${code}`);
    await hit.waitFor(slow);
    await hit.click();
    await expect.poll(() => path(page), slow).toBe(`/county/current/${code}`);
    await expect.poll(() => page.getByTestId('county-name').textContent(), slow).toBe(name);
    expect(await page.getByTestId('site-search').inputValue()).toBe('');
  });

  it('opens the first result with Enter, and the one chosen with the arrow keys', async () => {
    const box = await typeInSearch(page, 'ايجرود');
    const first = page.getByTestId('search-result').first();
    expect(await first.getAttribute('data-path')).toBe(`/county/current/${IJRUD}`);
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    await page.screenshot({ path: `${artifacts}/search-results-fa.png` });
    await box.press('Enter');
    await expect.poll(() => path(page), slow).toBe(`/county/current/${IJRUD}`);

    await typeInSearch(page, 'کرمان');
    const paths = await page
      .getByTestId('search-result')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-path')));
    expect(paths).toContain(`/county/current/${KERMAN}`);
    const target = paths.indexOf(`/county/current/${KERMAN}`);
    for (let i = 0; i <= target; i++) await page.keyboard.press('ArrowDown');
    const active = await box.getAttribute('aria-activedescendant');
    expect(await page.locator(`[id="${active}"]`).getAttribute('aria-selected')).toBe('true');
    expect(await page.locator(`[id="${active}"]`).getAttribute('data-path')).toBe(
      `/county/current/${KERMAN}`,
    );
    await page.keyboard.press('Enter');
    await expect.poll(() => path(page), slow).toBe(`/county/current/${KERMAN}`);

    // Escape closes the list, then empties the box.
    await typeInSearch(page, 'کرمان');
    await page.keyboard.press('Escape');
    await expect.poll(() => box.getAttribute('aria-expanded')).toBe('false');
    expect(await box.inputValue()).toBe('کرمان');
    await page.keyboard.press('Escape');
    await expect.poll(() => box.inputValue()).toBe('');
    // The page under it stays open: Escape was the box's.
    expect(path(page)).toBe(`/county/current/${KERMAN}`);
  });

  it('opens a province page and a project page from the results', async () => {
    await typeInSearch(page, 'استان کرمان');
    await result(page, '/province/IR-08').click();
    await expect.poll(() => path(page), slow).toBe('/province/IR-08');
    await expect.poll(() => page.getByTestId('province-name').textContent(), slow).toBe('کرمان');
    expect(await page.title()).toBe('کرمان · توازن');
    await page.getByTestId('province-county').first().waitFor();

    const project = (await (await fetch(new URL(`/api/projects?county=${IJRUD}`, baseUrl))).json()) as {
      features: { properties: { id: number; title_fa: string } }[];
    };
    const { id, title_fa } = project.features[0]!.properties;
    await typeInSearch(page, title_fa);
    await result(page, `/project/${id}`).click();
    await expect.poll(() => path(page), slow).toBe(`/project/${id}`);
    await expect.poll(() => page.locator('.project-details-title').textContent(), slow).toBe(title_fa);
  });

  it('goes back from a project to the county it was opened from', async () => {
    await typeInSearch(page, 'ایجرود');
    await page.keyboard.press('Enter');
    await expect.poll(() => path(page), slow).toBe(`/county/current/${IJRUD}`);
    const item = page.getByTestId('project-item').first();
    await item.waitFor(slow);
    await item.click();
    await expect.poll(() => path(page), slow).toMatch(/^\/project\/\d+$/);
    await page.goBack();
    await expect.poll(() => path(page), slow).toBe(`/county/current/${IJRUD}`);
    await expect.poll(() => page.getByTestId('county-name').textContent(), slow).toBe('ایجرود');
  });

  it('walks search → county → project → back on a phone-sized screen', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await phone.goto(baseUrl);
    await mapReady(phone);
    const box = await typeInSearch(phone, 'ايجرود');
    await phone.screenshot({ path: `${artifacts}/search-results-phone-fa.png` });
    await box.press('Enter');
    await expect.poll(() => path(phone), slow).toBe(`/county/current/${IJRUD}`);
    const item = phone.getByTestId('project-item').first();
    await item.waitFor(slow);
    await item.scrollIntoViewIfNeeded();
    await item.click();
    await expect.poll(() => path(phone), slow).toMatch(/^\/project\/\d+$/);
    await phone.goBack();
    await expect.poll(() => path(phone), slow).toBe(`/county/current/${IJRUD}`);
    await expect.poll(() => phone.getByTestId('county-name').textContent(), slow).toBe('ایجرود');
    await phone.close();
  });

  it('finds by the English name in the English UI', async () => {
    await page.getByTestId('language-switch').click();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
    await typeInSearch(page, 'Ijrud');
    await page.keyboard.press('Enter');
    await expect.poll(() => path(page), slow).toBe(`/county/current/${IJRUD}`);
    await expect.poll(() => page.getByTestId('county-name').textContent(), slow).toBe('Ijrud');
    await typeInSearch(page, 'Kerman');
    await page.screenshot({ path: `${artifacts}/search-results-en.png` });
    await page.getByTestId('language-switch').click();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('fa');
  });

  it('logged no console errors and fetched nothing from another origin', () => {
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.offOrigin).toEqual([]);
    expect(watch.failedRequests).toEqual([]);
  });
});
