import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { jenksBreaks } from '@tavazon/geo';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type PageWatch } from './openBrowser.ts';

// The planner's spatial-balance analysis in the built app over the real census data: choropleth classes,
// the balance panel (inequality, Theil split, LISA), the composite index ranking, and the exports.
// Needs `pnpm --filter @tavazon/web build` first. TAVAZON_BASE_URL points at a server started by hand.
const baseUrl = process.env.TAVAZON_BASE_URL || inject('baseUrl');
const artifacts = fileURLToPath(new URL('../.artifacts/', import.meta.url));

const isfahan = 'IR-10';
const unemployment = 'unemployment_rate|census-1395|1395';

interface HooksHost {
  __tavazon: { isIdle: () => boolean; projectToScreen: (ll: [number, number]) => { x: number; y: number } };
}

async function api<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(new URL(path, baseUrl), init);
  expect(response.ok, `${init?.method ?? 'GET'} ${path} → ${response.status}`).toBe(true);
  return (await response.json()) as T;
}

/** How the app writes a figure in Persian: fa-IR digits with a fixed number of decimals. */
const fa = (value: number, decimals: number) =>
  new Intl.NumberFormat('fa-IR', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(
    value,
  );

async function idle(page: Page) {
  await page.waitForFunction(() => (globalThis as unknown as HooksHost).__tavazon?.isIdle(), undefined, {
    timeout: 90_000,
  });
}

async function legendCounts(page: Page, testId: string): Promise<number[]> {
  const items = page.getByTestId(testId);
  const counts: number[] = [];
  for (const item of await items.all()) counts.push(Number(await item.getAttribute('data-count')));
  return counts;
}

describe('spatial-balance analysis in a browser', () => {
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    ({ browser, page, watch } = await openBrowser(
      baseUrl,
      { width: 1400, height: 900 },
      { acceptDownloads: true },
    ));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('classes Isfahan unemployment by natural breaks, with a count per class', async () => {
    const values = await api<{ values: { value: number | null }[] }>(
      `/api/indicators/unemployment_rate/values?set=census-1395&period=1395&province=${isfahan}`,
    );
    expect(values.values).toHaveLength(24);
    const expected = jenksBreaks(
      values.values.map((v) => v.value),
      5,
    );

    const response = await page.goto(baseUrl);
    expect(response?.ok(), 'the app is served (was web/ built?)').toBe(true);
    await page.locator('[data-testid=map][data-state=ready]').waitFor({ timeout: 90_000 });
    await page.getByTestId('indicator-select').selectOption(unemployment);
    await page.locator('[data-testid=map][data-counties-set=census-1395]').waitFor({ timeout: 90_000 });
    await page.getByTestId('scope-select').selectOption(isfahan);
    await page.getByTestId('class-method').selectOption('jenks');
    await page.getByTestId('class-count').selectOption('5');

    await expect.poll(() => page.getByTestId('legend-class').count()).toBe(5);
    const counts = await legendCounts(page, 'legend-class');
    expect(counts.reduce((s, c) => s + c, 0)).toBe(24);
    const bounds: number[] = [];
    for (const item of await page.getByTestId('legend-class').all()) {
      if (bounds.length === 0) bounds.push(Number(await item.getAttribute('data-from')));
      bounds.push(Number(await item.getAttribute('data-to')));
    }
    expect(bounds).toEqual(expected);
    expect(await page.getByTestId('legend').textContent()).toContain('جنکس');
    expect(page.url()).toContain('method=jenks');
    await idle(page);
    await page.screenshot({ path: `${artifacts}/analysis-jenks-isfahan-fa.png` });

    // The URL hash keeps the analysis: a reload (or a shared link) opens the same classes.
    await page.reload();
    await page.locator('[data-testid=map][data-state=ready][data-counties-set=census-1395]').waitFor({
      timeout: 90_000,
    });
    expect(await page.getByTestId('class-method').inputValue()).toBe('jenks');
    expect(await page.getByTestId('scope-select').inputValue()).toBe(isfahan);
    await expect.poll(() => page.getByTestId('legend-class').count()).toBe(5);

    // Manual bounds typed by the planner, in Persian digits.
    await page.getByTestId('class-method').selectOption('manual');
    await page.getByTestId('manual-breaks').fill('۰، ۸، ۱۲، ۱۶، ۴۰');
    await expect.poll(() => legendCounts(page, 'legend-class')).toHaveLength(4);
    expect((await legendCounts(page, 'legend-class')).reduce((s, c) => s + c, 0)).toBe(24);
  });

  it('maps the illustrative planning regions of Isfahan', async () => {
    const schemes = await api<{ id: number; province: string; illustrative: boolean }[]>(
      `/api/region-schemes?set=census-1395&province=${isfahan}`,
    );
    const scheme = schemes[0];
    expect(scheme?.illustrative).toBe(true);
    const regions = await api<{ features: unknown[] }>(
      `/api/regions?scheme=${scheme?.id}&indicator=unemployment_rate&period=1395`,
    );
    await page.getByTestId('class-method').selectOption('quantile');
    await page.getByTestId('class-count').selectOption('3');
    await page.getByTestId('scheme-select').selectOption(String(scheme?.id));
    await expect.poll(() => page.getByTestId('scheme-illustrative').isVisible()).toBe(true);
    await page.getByTestId('level-region').check();
    await expect
      .poll(async () => (await legendCounts(page, 'legend-class')).reduce((s, c) => s + c, 0))
      .toBe(regions.features.length);
    expect(await page.getByTestId('legend').textContent()).toContain('نمونه');
    await idle(page);
    await page.screenshot({ path: `${artifacts}/analysis-regions-isfahan-fa.png` });
    await page.getByTestId('level-county').check();
  });

  it('shows the balance of Isfahan: Gini, Theil between/within regions, and LISA clusters', async () => {
    const inequality = await api<{
      gini: number;
      giniWeighted: number;
      groupedBy: string;
      theil: { total: number; between: number; within: number };
    }>(
      `/api/analysis/inequality?indicator=unemployment_rate&set=census-1395&period=1395&province=${isfahan}&scheme=1&weight=population`,
    );
    expect(inequality.groupedBy).toBe('scheme');
    await page.getByTestId('tab-balance').click();
    const panel = page.getByTestId('balance-panel');
    await panel.waitFor();
    await expect.poll(() => page.getByTestId('figure-gini-value').textContent()).toBe(fa(inequality.gini, 3));
    expect(await page.getByTestId('figure-gini-weighted-value').textContent()).toBe(
      fa(inequality.giniWeighted, 3),
    );
    expect(await page.getByTestId('figure-theil-value').textContent()).toBe(fa(inequality.theil.total, 3));
    expect(await page.getByTestId('figure-theil-between-value').textContent()).toBe(
      fa(inequality.theil.between, 3),
    );
    expect(await page.getByTestId('figure-theil-within-value').textContent()).toBe(
      fa(inequality.theil.within, 3),
    );
    expect(Number(await page.getByTestId('between-share').getAttribute('data-value'))).toBeCloseTo(
      inequality.theil.between / inequality.theil.total,
      12,
    );
    await expect.poll(() => page.getByTestId('lorenz-line').count()).toBe(1);
    expect(await page.getByTestId('histogram').getAttribute('data-total')).toBe('24');

    for (const significance of [0.05, 0.01]) {
      await page.getByTestId('lisa-significance').selectOption(String(significance));
      const lisa = await api<{ moranI: number; units: { quadrant: string; name_fa: string }[] }>(
        `/api/analysis/autocorrelation?indicator=unemployment_rate&set=census-1395&period=1395&province=${isfahan}&contiguity=queen&significance=${significance}`,
      );
      const expected = ['HH', 'LL', 'HL', 'LH', 'ns', 'island'].map(
        (q) => lisa.units.filter((u) => u.quadrant === q).length,
      );
      await expect.poll(() => legendCounts(page, 'lisa-legend-item'), { timeout: 60_000 }).toEqual(expected);
      expect(await page.getByTestId('figure-moran-i-value').textContent()).toBe(fa(lisa.moranI, 3));
      const hh = lisa.units.filter((u) => u.quadrant === 'HH').map((u) => u.name_fa);
      if (hh.length > 0) {
        const listed = await page.getByTestId('lisa-list-HH').textContent();
        for (const name of hh) expect(listed).toContain(name);
      }
    }
    await page.getByTestId('lisa-significance').selectOption('0.05');
    await idle(page);
    await page.screenshot({ path: `${artifacts}/analysis-balance-isfahan-fa.png`, fullPage: false });
    await page.getByTestId('histogram').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${artifacts}/analysis-balance-charts-fa.png`, fullPage: false });
  });

  it('ranks counties by a composite index of six indicators with entropy weights', async () => {
    await page.getByTestId('tab-composite').click();
    const six = [
      'unemployment_rate',
      'female_unemployment_rate',
      'dependency_ratio',
      'higher_education_share',
      'youth_share',
      'working_age_population',
    ];
    for (const code of six) await page.getByTestId(`composite-indicator-${code}`).check();
    await page.getByTestId('composite-polarity-youth_share').selectOption('higher_worse');
    const body = {
      set: 'census-1395',
      period: '1395',
      province: isfahan,
      indicators: six,
      weights: 'entropy',
      normalisation: 'minmax',
      method: 'topsis',
      polarities: { youth_share: 'higher_worse', working_age_population: 'higher_better' },
    };
    const result = await api<{ units: { code: string; rank: number; name_fa: string }[] }>(
      '/api/analysis/composite',
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
    );
    const rows = page.getByTestId('ranking-row');
    await expect.poll(() => rows.count(), { timeout: 60_000 }).toBe(24);
    await expect
      .poll(async () =>
        (
          await rows.evaluateAll((els) =>
            els.map((e) => `${e.getAttribute('data-code')}:${e.getAttribute('data-rank')}`),
          )
        ).join(' '),
      )
      .toBe(result.units.map((u) => `${u.code}:${u.rank}`).join(' '));
    // Competition ranks: sorted, and a tie shares its rank.
    const ranks = result.units.map((u) => u.rank);
    for (let i = 1; i < ranks.length; i++) {
      expect(ranks[i]).toBeGreaterThanOrEqual(ranks[i - 1] as number);
      if (ranks[i] !== ranks[i - 1]) expect(ranks[i]).toBe(i + 1);
    }
    await expect.poll(() => legendCounts(page, 'score-legend-item')).toHaveLength(5);

    // Sorting by score ascending puts the last-ranked first.
    await page.getByTestId('ranking-sort-score').click();
    await page.getByTestId('ranking-sort-score').click();
    expect(await rows.first().getAttribute('data-code')).toBe(result.units[result.units.length - 1]?.code);
    await page.getByTestId('ranking-sort-rank').click();
    expect(await rows.first().getAttribute('data-rank')).toBe('1');

    // The county under the pointer on the map is highlighted in the table.
    const counties = await api<{ features: { properties: { code: string; label: [number, number] } }[] }>(
      `/api/counties?set=census-1395&province=${isfahan}&zoom=8`,
    );
    await idle(page);
    const target = counties.features.find((f) => f.properties.code === result.units[0]?.code);
    expect(target).toBeDefined();
    const point = await page.evaluate(
      (ll) => (globalThis as unknown as HooksHost).__tavazon.projectToScreen(ll),
      target!.properties.label,
    );
    await page.mouse.move(point.x, point.y);
    await expect
      .poll(() => page.locator('[data-testid=ranking-row].row-hovered').getAttribute('data-code'))
      .toBe(target?.properties.code);
    await page.screenshot({ path: `${artifacts}/analysis-composite-isfahan-fa.png` });

    // Given weights instead of entropy: one number per indicator, divided by their sum by the API.
    await page.getByTestId('composite-weighting').selectOption('given');
    await page.getByTestId('composite-weight-unemployment_rate').fill('3');
    await expect.poll(() => page.getByTestId('composite-weights').textContent()).toContain(fa(3 / 8, 3));
    await page.getByTestId('composite-weighting').selectOption('entropy');
    await expect.poll(() => page.getByTestId('composite-weight-unemployment_rate').count()).toBe(0);
  });

  it('exports the national ranking as CSV and the map as PNG', async () => {
    await page.getByTestId('scope-select').selectOption('');
    const rows = page.getByTestId('ranking-row');
    await expect.poll(() => rows.count(), { timeout: 90_000 }).toBe(429);

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    const csvPath = `${artifacts}/analysis-ranking.csv`;
    await csv.saveAs(csvPath);
    const text = readFileSync(csvPath, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.trim().split('\r\n');
    expect(lines).toHaveLength(430);
    expect(lines[0]).toContain('رتبه');

    await idle(page);
    const [png] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByTestId('export-png').click(),
    ]);
    const pngPath = `${artifacts}/analysis-export.png`;
    await png.saveAs(pngPath);
    const bytes = readFileSync(pngPath);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.length).toBeGreaterThan(20_000);
    writeFileSync(`${artifacts}/analysis-export-size.txt`, String(bytes.length));
  });

  it('compares two indicators on two synchronised maps', async () => {
    await page.getByTestId('scope-select').selectOption(isfahan);
    await page.getByTestId('tab-compare').click();
    await page.getByTestId('compare-select').selectOption('higher_education_share');
    await page.locator('[data-testid=compare-map][data-state=ready]').waitFor({ timeout: 90_000 });
    await expect
      .poll(async () => (await legendCounts(page, 'compare-legend-class')).reduce((s, c) => s + c, 0))
      .toBe(24);
    expect((await legendCounts(page, 'legend-class')).reduce((s, c) => s + c, 0)).toBe(24);
    await idle(page);
    // Zooming the second map moves the main one (its view is in the URL hash as map=zoom/lat/lng).
    const zoomOf = () => Number(/map=([\d.]+)/.exec(page.url())?.[1]);
    const before = zoomOf();
    const box = await page.getByTestId('compare-map').boundingBox();
    expect(box).not.toBeNull();
    await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2);
    await page.mouse.wheel(0, -400);
    await expect.poll(zoomOf, { timeout: 20_000 }).toBeGreaterThan(before + 0.2);
    await idle(page);
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${artifacts}/analysis-compare-isfahan-fa.png` });
  });

  it('reads the balance in English with Latin digits', async () => {
    await page.getByTestId('tab-balance').click();
    // The national scope of the export dropped the Isfahan scheme; choosing it again brings the split back.
    await page.getByTestId('scheme-select').selectOption('1');
    await page.getByTestId('language-switch').click();
    await expect.poll(() => page.getAttribute('html', 'dir')).toBe('ltr');
    await expect.poll(() => page.getByTestId('figure-gini-value').textContent()).toMatch(/^0\.\d{3}$/);
    expect(await page.getByTestId('between-share').textContent()).toContain('between the groups');
    await idle(page);
    await page.screenshot({ path: `${artifacts}/analysis-balance-isfahan-en.png` });
    await page.getByTestId('language-switch').click();
  });

  it('logged no console errors and fetched nothing from another origin', () => {
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.offOrigin).toEqual([]);
    expect(watch.failedRequests).toEqual([]);
  });
});
