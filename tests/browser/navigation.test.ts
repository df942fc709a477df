import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type PageWatch } from './openBrowser.ts';

// The web app's pages: real paths that Back and Forward move between, that a reload (or a shared link)
// reopens, and old `#…` links that still land where they pointed. Needs `pnpm --filter @tavazon/web build`.
const baseUrl = process.env.TAVAZON_BASE_URL || inject('baseUrl');
const artifacts = fileURLToPath(new URL('../.artifacts/', import.meta.url));

/** Inside Ijrud (Zanjan province), clear of its project markers (map.test.ts checks both). */
const ijrudInterior: [number, number] = [48.23, 36.42];
const IJRUD = 'osm-6554899';

interface HooksHost {
  __tavazon: {
    projectToScreen: (ll: [number, number]) => { x: number; y: number };
    jumpTo: (center: [number, number], zoom: number) => void;
    isIdle: () => boolean;
  };
}

const idle = (page: Page) =>
  page.waitForFunction(() => (globalThis as unknown as HooksHost).__tavazon?.isIdle(), undefined, {
    timeout: 90_000,
  });
const mapReady = (page: Page) =>
  page.locator('[data-testid=map][data-state=ready]').waitFor({ timeout: 90_000 });
// The machine may be busy (2 cores, a software-rendered map): network-bound waits get time.
const slow = { timeout: 30_000 };
const path = (page: Page) => {
  const url = new URL(page.url());
  return `${url.pathname}${url.search}`;
};

async function api<T>(p: string): Promise<T> {
  const response = await fetch(new URL(p, baseUrl));
  expect(response.ok, `GET ${p} → ${response.status}`).toBe(true);
  return (await response.json()) as T;
}

describe('pages, history and links', () => {
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;
  let projectId = 0;
  let projectTitle = '';

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    ({ browser, page, watch } = await openBrowser(baseUrl, { width: 1366, height: 800 }));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('walks map → county → project, then Back, Back and Forward', async () => {
    await page.goto(baseUrl);
    await mapReady(page);
    expect(new URL(page.url()).pathname).toBe('/');
    await page.getByTestId('analysis-panel').waitFor();

    // County: a click on Ijrud on the map.
    await page.evaluate(
      (center) => (globalThis as unknown as HooksHost).__tavazon.jumpTo(center, 8),
      ijrudInterior,
    );
    await idle(page);
    const target = await page.evaluate(
      (ll) => (globalThis as unknown as HooksHost).__tavazon.projectToScreen(ll),
      ijrudInterior,
    );
    await page.mouse.click(target.x, target.y);
    await expect.poll(() => path(page), slow).toBe(`/county/current/${IJRUD}`);
    expect(await page.getByTestId('county-panel').getAttribute('data-county-code')).toBe(IJRUD);
    expect(await page.getByTestId('county-name').textContent()).toBe('ایجرود');
    expect(new URL(page.url()).hash).toMatch(/^#map=8\//);

    // Project: the first of the county's list.
    const item = page.getByTestId('project-item').first();
    await item.waitFor({ timeout: 30_000 });
    projectTitle = (await item.locator('.project-title').textContent()) ?? '';
    await item.click();
    await expect.poll(() => new URL(page.url()).pathname, slow).toMatch(/^\/project\/\d+$/);
    projectId = Number(new URL(page.url()).pathname.split('/')[2]);
    await expect.poll(() => page.locator('.project-details-title').textContent(), slow).toBe(projectTitle);
    const project = await api<{ properties: { county_code?: string; title_fa: string } }>(
      `/api/projects/${projectId}`,
    );
    expect(project.properties.title_fa).toBe(projectTitle);
    await page.getByTestId('panel-back').waitFor();
    await idle(page);
    await page.screenshot({ path: `${artifacts}/navigation-project-fa.png` });

    await page.goBack();
    await expect.poll(() => path(page), slow).toBe(`/county/current/${IJRUD}`);
    await expect
      .poll(() => page.getByTestId('county-panel').getAttribute('data-county-code'), slow)
      .toBe(IJRUD);
    expect(await page.locator('.project-details-title').count()).toBe(0);

    await page.goBack();
    await expect.poll(() => path(page), slow).toBe('/');
    await page.getByTestId('analysis-panel').waitFor();
    expect(await page.getByTestId('side-panel').count()).toBe(0);

    await page.goForward();
    await expect.poll(() => path(page), slow).toBe(`/county/current/${IJRUD}`);
    await expect.poll(() => page.getByTestId('county-name').textContent(), slow).toBe('ایجرود');
  });

  it('reopens the county and the project pages on reload', async () => {
    await page.reload();
    await mapReady(page);
    expect(path(page)).toBe(`/county/current/${IJRUD}`);
    await expect
      .poll(() => page.getByTestId('county-panel').getAttribute('data-county-code'), slow)
      .toBe(IJRUD);
    expect(await page.getByTestId('county-name').textContent()).toBe('ایجرود');

    await page.goForward();
    await expect.poll(() => new URL(page.url()).pathname, slow).toBe(`/project/${projectId}`);
    await page.reload();
    await mapReady(page);
    await expect.poll(() => page.locator('.project-details-title').textContent(), slow).toBe(projectTitle);
    // Opened from the county before the reload: "back to the county" still goes there.
    await page.getByTestId('panel-back').click();
    await expect.poll(() => path(page), slow).toBe(`/county/current/${IJRUD}`);
    // Closing a page returns to the view it was opened over, the map.
    await page.getByTestId('panel-close').click();
    await expect.poll(() => new URL(page.url()).pathname, slow).toBe('/');
    await page.getByTestId('analysis-panel').waitFor();
  });

  it('reopens an analysis view with its settings on reload', async () => {
    await page.getByTestId('indicator-select').selectOption('unemployment_rate|census-1395|1395');
    await page.locator('[data-testid=map][data-counties-set=census-1395]').waitFor({ timeout: 90_000 });
    await page.getByTestId('scope-select').selectOption('IR-10');
    await page.getByTestId('tab-balance').click();
    await page.getByTestId('balance-panel').waitFor({ timeout: 30_000 });
    await expect
      .poll(() => path(page), slow)
      .toBe('/analysis/balance?indicator=unemployment_rate&set=census-1395&period=1395&scope=IR-10');
    await page.getByTestId('lisa-significance').selectOption('0.01');
    await expect.poll(() => path(page), slow).toContain('sig=0.01');

    await page.reload();
    await mapReady(page);
    await page.getByTestId('balance-panel').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('tab-balance').getAttribute('aria-selected')).toBe('true');
    expect(await page.getByTestId('scope-select').inputValue()).toBe('IR-10');
    expect(await page.getByTestId('lisa-significance').inputValue()).toBe('0.01');
    await page.locator('[data-testid=map][data-counties-set=census-1395]').waitFor({ timeout: 90_000 });
    await page.getByTestId('lisa-legend').waitFor({ timeout: 60_000 });

    // A setting replaces the history entry; the tab was a page of its own.
    await page.goBack();
    await expect.poll(() => new URL(page.url()).pathname, slow).toBe('/');
    await page.getByTestId('map-controls').waitFor();
  });

  it('reopens the registry with its filter on reload', async () => {
    await page.goto(baseUrl);
    await mapReady(page);
    await page.getByTestId('view-projects').click();
    await expect.poll(() => path(page), slow).toBe('/registry');
    const listed = await api<{ features: unknown[] }>('/api/projects?province=IR-19');
    await page.getByTestId('registry-province').selectOption('IR-19');
    await expect.poll(() => path(page), slow).toBe('/registry?pprov=IR-19');
    await expect
      .poll(() => page.getByTestId('registry-count').getAttribute('data-count'), slow)
      .toBe(String(listed.features.length));

    await page.reload();
    await mapReady(page);
    expect(await page.getByTestId('registry-province').inputValue()).toBe('IR-19');
    await expect.poll(() => page.getByTestId('project-item').count(), slow).toBe(listed.features.length);
    expect(await page.getByTestId('export-csv').getAttribute('href')).toBe(
      '/api/projects/export?format=csv&province=IR-19',
    );
    await idle(page);
    await page.screenshot({ path: `${artifacts}/navigation-registry-fa.png` });
  });

  it('takes an old #project= link to the project page, and old registry links to /registry', async () => {
    await page.goto(`${baseUrl}/#project=${projectId}`);
    await expect.poll(() => new URL(page.url()).pathname, slow).toBe(`/project/${projectId}`);
    await expect.poll(() => page.locator('.project-details-title').textContent(), slow).toBe(projectTitle);
    await mapReady(page);
    // Nothing before it in this tab: closing opens the map.
    await page.getByTestId('panel-close').click();
    await expect.poll(() => new URL(page.url()).pathname, slow).toBe('/');

    // A fresh tab: the link's camera is kept (as MapLibre restores it) rather than flying to the province.
    await page.goto('about:blank');
    await page.goto(`${baseUrl}/#map=6/36.5/48.5&view=projects&pprov=IR-19&pstatus=execution`);
    await expect.poll(() => path(page), slow).toBe('/registry?pprov=IR-19&pstatus=execution');
    await expect.poll(() => new URL(page.url()).hash, slow).toMatch(/^#map=6\//);
    expect(await page.getByTestId('registry-status-execution').isChecked()).toBe(true);
    await mapReady(page);
  });

  it('logged no console errors and fetched nothing from another origin', () => {
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.offOrigin).toEqual([]);
    expect(watch.failedRequests).toEqual([]);
  });
});
