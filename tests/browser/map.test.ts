import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon } from 'geojson';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type PageWatch } from './openBrowser.ts';

// The app as a user meets it: the built web app served by the real server over the real loaded data,
// in headless Chromium. Needs `pnpm --filter @tavazon/web build` first (the server serves web/dist).
// TAVAZON_BASE_URL points the test at a server started by hand instead of the global setup's.
const baseUrl = process.env.TAVAZON_BASE_URL || inject('baseUrl');
const artifacts = fileURLToPath(new URL('../.artifacts/', import.meta.url));

/** Inside Ijrud (Zanjan province), clear of its project markers; both checked against the API below. */
const ijrudInterior: [number, number] = [48.23, 36.42];
const clickZoom = 8;

/** The hooks the app installs for tests (web/src/features/map/testHooks.ts). */
interface TavazonHooks {
  projectToScreen: (lngLat: [number, number]) => { x: number; y: number };
  jumpTo: (center: [number, number], zoom: number) => void;
  isIdle: () => boolean;
}
// Functions passed to page.evaluate run in the page, where the app has set `__tavazon`; they are sent as
// source text, so each reaches it through globalThis itself (this project's types have no DOM).
type HooksHost = { __tavazon: TavazonHooks };

interface Feature {
  geometry: { type: 'Polygon' | 'MultiPolygon' | 'Point'; coordinates: unknown };
  properties: Record<string, unknown>;
}

async function api<T>(path: string): Promise<T> {
  const response = await fetch(new URL(path, baseUrl));
  expect(response.ok, `GET ${path} → ${response.status}`).toBe(true);
  return (await response.json()) as T;
}

async function screenToPage(page: Page, lngLat: [number, number]) {
  return page.evaluate((ll) => (globalThis as unknown as HooksHost).__tavazon.projectToScreen(ll), lngLat);
}

describe('the map in a browser', () => {
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;
  let ijrudCode = '';

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    ({ browser, page, watch } = await openBrowser(baseUrl, { width: 1280, height: 800 }));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('draws every county of the current boundaries', async () => {
    const meta = await api<{ boundarySets: { code: string; counties: number }[] }>('/api/meta');
    const current = meta.boundarySets.find((s) => s.code === 'current');
    expect(current?.counties).toBe(478);

    const response = await page.goto(baseUrl);
    expect(response?.ok(), 'the app is served (was web/ built?)').toBe(true);
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    // Software-rendered WebGL is slow: the map reports ready once the counties are drawn, not just fetched.
    const map = page.locator('[data-testid=map][data-state=ready][data-counties-set=current]');
    await map.waitFor({ timeout: 90_000 });
    expect(await map.getAttribute('data-counties-count')).toBe(String(current?.counties));
    await page.screenshot({ path: `${artifacts}/map-national-fa.png` });
  });

  it('opens Ijrud with its driver projects when the county is clicked', async () => {
    const zanjan = await api<{ features: Feature[] }>('/api/counties?set=current&province=IR-19&zoom=8');
    const ijrud = zanjan.features.find((f) => f.properties.name_en === 'Ijrud');
    expect(ijrud, 'Ijrud is a county of Zanjan').toBeDefined();
    ijrudCode = String(ijrud?.properties.code);
    expect(
      booleanPointInPolygon(ijrudInterior, ijrud!.geometry as Polygon | MultiPolygon),
      'the click point lies inside Ijrud',
    ).toBe(true);
    const projects = await api<{ features: Feature[] }>(
      `/api/projects?county=${encodeURIComponent(ijrudCode)}`,
    );
    expect(projects.features).toHaveLength(15);

    await page.evaluate(
      ([center, zoom]) => (globalThis as unknown as HooksHost).__tavazon.jumpTo(center, zoom),
      [ijrudInterior, clickZoom] as const,
    );
    await page.waitForFunction(() => (globalThis as unknown as HooksHost).__tavazon.isIdle(), undefined, {
      timeout: 90_000,
    });
    const target = await screenToPage(page, ijrudInterior);
    // A project marker under the pointer would open that project instead of the county.
    for (const project of projects.features) {
      const marker = await screenToPage(page, project.geometry.coordinates as [number, number]);
      expect(
        Math.hypot(marker.x - target.x, marker.y - target.y),
        'click point clear of markers',
      ).toBeGreaterThan(14);
    }
    await page.mouse.click(target.x, target.y);

    const panel = page.getByTestId('county-panel');
    await panel.waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByTestId('county-name').textContent()).toBe('ایجرود');
    expect(await panel.getAttribute('data-county-code')).toBe(ijrudCode);
    await expect.poll(() => page.getByTestId('project-item').count(), { timeout: 30_000 }).toBe(15);
    const titles = await page.getByTestId('project-item').allTextContents();
    expect(titles.join(' ')).toContain('گازرسانی به روستاها');
    await page.waitForFunction(() => (globalThis as unknown as HooksHost).__tavazon.isIdle(), undefined, {
      timeout: 90_000,
    });
    await page.screenshot({ path: `${artifacts}/map-ijrud-fa.png` });
  });

  it('switches to English: layout, names and digits', async () => {
    await page.getByTestId('language-switch').click();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getAttribute('html', 'dir')).toBe('ltr');
    await expect.poll(() => page.getByTestId('county-name').textContent()).toBe('Ijrud');
    expect(await page.getByTestId('project-count').textContent()).toBe('15 projects');
    expect(await page.getByTestId('project-item').allTextContents()).toContainEqual(
      expect.stringContaining('Natural gas for villages'),
    );
    await page.waitForFunction(() => (globalThis as unknown as HooksHost).__tavazon.isIdle(), undefined, {
      timeout: 90_000,
    });
    await page.screenshot({ path: `${artifacts}/map-ijrud-en.png` });

    // The choice survives a reload.
    await page.reload();
    await page.locator('[data-testid=map][data-state=ready]').waitFor({ timeout: 90_000 });
    expect(await page.getAttribute('html', 'lang')).toBe('en');
  });

  it('finds a county by name from the keyboard', async () => {
    const search = page.getByTestId('site-search');
    await search.focus();
    await search.fill('Abhar');
    await search.press('Enter');
    await expect.poll(() => page.getByTestId('county-name').textContent()).toBe('Abhar');
    expect(await search.inputValue()).toBe('');
  });

  it('logged no console errors and fetched nothing from another origin', () => {
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.offOrigin).toEqual([]);
    expect(watch.failedRequests).toEqual([]);
  });
});
