import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { decodeLayer, tileOf } from '../integration/mvt.ts';
import { openBrowser } from './openBrowser.ts';

// The map draws the projects from the vector tiles: it never fetches the whole list, says when it is idle
// (`data-idle`, for the benchmark), zooms into a cluster on a click and opens a project's panel on a click.
const baseUrl = process.env.TAVAZON_BASE_URL || inject('baseUrl');
/** Ijrud (Zanjan), whose 15 projects cluster at zoom 6. */
const ijrud: [number, number] = [48.3, 36.45];

interface HooksHost {
  __tavazon: {
    projectToScreen: (ll: [number, number]) => { x: number; y: number };
    jumpTo: (center: [number, number], zoom: number) => void;
  };
}

/** The lng/lat of a tile coordinate (extent 4096). */
function lngLatOf(t: { z: number; x: number; y: number }, px: number, py: number): [number, number] {
  const n = 2 ** t.z;
  const wx = t.x + px / 4096;
  const wy = t.y + py / 4096;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * wy) / n))) * 180) / Math.PI;
  return [(wx / n) * 360 - 180, lat];
}

const idleMap = (page: Page) =>
  page.locator('[data-testid=map][data-state=ready][data-idle=true]').waitFor({ timeout: 90_000 });

describe('projects on the map, from tiles', () => {
  let browser: Browser;
  let page: Page;
  const requested: string[] = [];

  beforeAll(async () => {
    ({ browser, page } = await openBrowser(baseUrl, { width: 1280, height: 800 }));
    page.on('request', (r) => requested.push(new URL(r.url()).pathname + new URL(r.url()).search));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('loads project tiles, not the whole list, and says when it is idle', async () => {
    await page.goto(baseUrl);
    await idleMap(page);
    expect(requested.some((r) => r.startsWith('/tiles/projects/'))).toBe(true);
    expect(requested.filter((r) => r === '/api/projects' || r.startsWith('/api/projects?'))).toEqual([]);
    await page.evaluate((c) => (globalThis as unknown as HooksHost).__tavazon.jumpTo(c, 6), ijrud);
    await page
      .locator('[data-testid=map][data-idle=false]')
      .waitFor({ timeout: 30_000 })
      .catch(() => undefined);
    await idleMap(page);
  });

  it('zooms into a cluster when it is clicked', async () => {
    const t = tileOf(ijrud[0], ijrud[1], 6);
    const res = await fetch(new URL(`/tiles/projects/6/${t.x}/${t.y}.mvt`, baseUrl));
    const cluster = decodeLayer(new Uint8Array(await res.arrayBuffer()), 'projects')
      .filter((f) => typeof f.properties.count === 'number')
      .sort((a, b) => Number(b.properties.count) - Number(a.properties.count))[0];
    expect(cluster, 'a cluster near Ijrud at zoom 6').toBeDefined();
    const at = lngLatOf(t, cluster!.geometry[0]![0]!.x, cluster!.geometry[0]![0]!.y);
    await page.evaluate((c) => (globalThis as unknown as HooksHost).__tavazon.jumpTo(c, 6), at);
    await idleMap(page);
    const zoomOf = () => Number(new URL(page.url()).hash.match(/^#map=([0-9.]+)\//)?.[1]);
    expect(zoomOf()).toBeCloseTo(6, 1);
    const point = await page.evaluate(
      (ll) => (globalThis as unknown as HooksHost).__tavazon.projectToScreen(ll),
      at,
    );
    await page.mouse.click(point.x, point.y);
    await expect.poll(zoomOf, { timeout: 30_000 }).toBeGreaterThan(7.5);
    // A cluster is not a county: no panel opened.
    expect(await page.getByTestId('county-panel').count()).toBe(0);
  });

  it('opens a project panel, read from /api/projects/:id, when a project is clicked', async () => {
    const project = (await (await fetch(new URL(`/api/projects?county=osm-6554899`, baseUrl))).json()) as {
      features: { id: number; geometry: { coordinates: [number, number] } }[];
    };
    const first = project.features[0]!;
    await page.evaluate(([c, z]) => (globalThis as unknown as HooksHost).__tavazon.jumpTo(c, z), [
      first.geometry.coordinates,
      12,
    ] as const);
    await idleMap(page);
    const point = await page.evaluate(
      (ll) => (globalThis as unknown as HooksHost).__tavazon.projectToScreen(ll),
      first.geometry.coordinates,
    );
    requested.length = 0;
    await page.mouse.click(point.x, point.y);
    await page
      .locator(`[data-testid=project-panel][data-project="${first.id}"]`)
      .waitFor({ timeout: 30_000 });
    expect(requested).toContain(`/api/projects/${first.id}`);
  });
});
