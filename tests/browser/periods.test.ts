import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type PageWatch } from './openBrowser.ts';

// Indicators over time in the built app over the real data: the period switch on the map (population
// 1390 and 1395 on the current counties), the change map, the "≈" of estimated values, and the delta
// ranking checked against the API's values. Needs `pnpm --filter @tavazon/web build` first.
const baseUrl = process.env.TAVAZON_BASE_URL || inject('baseUrl');
const artifacts = fileURLToPath(new URL('../.artifacts/', import.meta.url));

interface HooksHost {
  __tavazon: {
    isIdle: () => boolean;
    projectToScreen: (ll: [number, number]) => { x: number; y: number };
    jumpTo: (center: [number, number], zoom: number) => void;
  };
}
interface Value {
  code: string;
  name_fa: string;
  province: string;
  value: number;
  estimated: boolean;
  method: string;
}

async function api<T>(path: string): Promise<T> {
  const response = await fetch(new URL(path, baseUrl));
  expect(response.ok, `GET ${path} → ${response.status}`).toBe(true);
  return (await response.json()) as T;
}

const fa = (value: number, decimals = 0) =>
  new Intl.NumberFormat('fa-IR', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(
    value,
  );

/** A change as the app writes it in Persian: the locale's sign before the digits. */
const faSigned = (value: number) =>
  new Intl.NumberFormat('fa-IR', { maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(value);

async function idle(page: Page) {
  await page.waitForFunction(() => (globalThis as unknown as HooksHost).__tavazon?.isIdle(), undefined, {
    timeout: 90_000,
  });
}

const search = (page: Page) => new URL(page.url()).searchParams;

describe('indicators over time in a browser', () => {
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;
  let v1390: Map<string, Value>;
  let v1395: Map<string, Value>;

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    ({ browser, page, watch } = await openBrowser(baseUrl, { width: 1366, height: 800 }));
    const [a, b] = await Promise.all(
      ['1390', '1395'].map((p) =>
        api<{ values: Value[] }>(`/api/indicators/population/values?set=current&period=${p}`),
      ),
    );
    v1390 = new Map(a!.values.map((v) => [v.code, v]));
    v1395 = new Map(b!.values.map((v) => [v.code, v]));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('moves the population map between 1390 and 1395 with the period switch', async () => {
    const indicators = await api<{ code: string; periods: Record<string, string[]> }[]>('/api/indicators');
    expect(indicators.find((i) => i.code === 'population')?.periods.current).toEqual(['1390', '1395']);

    const response = await page.goto(baseUrl);
    expect(response?.ok(), 'the app is served (was web/ built?)').toBe(true);
    await page.locator('[data-testid=map][data-state=ready]').waitFor({ timeout: 90_000 });
    await page.getByTestId('indicator-select').selectOption('population|current|1395');
    const control = page.getByTestId('period-control');
    await control.waitFor();
    // Two periods: a switch, not a slider, labelled in Persian digits.
    expect(await page.getByTestId('period-slider').count()).toBe(0);
    expect(await page.getByTestId('period-switch').textContent()).toBe('۱۳۹۰۱۳۹۵');
    expect(await page.getByTestId('period-option-1395').isChecked()).toBe(true);

    await page.getByTestId('period-option-1390').check();
    await expect.poll(() => search(page).get('period')).toBe('1390');
    await expect.poll(() => page.getByTestId('legend-period').getAttribute('data-period')).toBe('1390');
    // Every current county is in a class or counted as without data, in the new period.
    const counts = async () => {
      const items = await page.getByTestId('legend-class').all();
      let n = 0;
      for (const item of items) n += Number(await item.getAttribute('data-count'));
      const noData = page.getByTestId('legend-nodata');
      return n + ((await noData.count()) ? Number(await noData.getAttribute('data-count')) : 0);
    };
    await expect.poll(counts, { timeout: 30_000 }).toBe(478);
    const classed1390 = await page
      .getByTestId('legend-class')
      .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-count'))).reduce((s, n) => s + n, 0));
    expect(classed1390).toBe(v1390.size);

    // From the keyboard: the next radio of the group is the other period.
    await page.getByTestId('period-option-1390').focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => search(page).get('period')).toBe('1395');
    await expect.poll(() => page.getByTestId('legend-period').getAttribute('data-period')).toBe('1395');
    await idle(page);
    await page.screenshot({ path: `${artifacts}/periods-switch-fa.png` });
  });

  it('shows the change map and reads a county’s change from the map', async () => {
    await page.getByTestId('change-toggle').check();
    await expect.poll(() => search(page).get('change')).toBe('diff');
    const legend = page.getByTestId('change-legend');
    await legend.waitFor();
    const changes = [...v1395.values()].flatMap((b) => {
      const a = v1390.get(b.code);
      return a ? [{ code: b.code, change: b.value - a.value }] : [];
    });
    await expect
      .poll(async () => {
        let n = 0;
        for (const item of await page.getByTestId('change-legend-class').all())
          n += Number(await item.getAttribute('data-count'));
        return n;
      })
      .toBe(changes.length);
    const noData = page.getByTestId('change-legend-nodata');
    expect((await noData.count()) ? Number(await noData.getAttribute('data-count')) : 0).toBe(
      478 - changes.length,
    );
    // Centred on 0: the classes below 0 say "decrease", those above "increase" (population is neutral).
    for (const item of await page.getByTestId('change-legend-class').all()) {
      const side = await item.getAttribute('data-side');
      const to = Number(await item.getAttribute('data-to'));
      const from = Number(await item.getAttribute('data-from'));
      if (side === 'worse') expect(to).toBeLessThan(0);
      if (side === 'better') expect(from).toBeGreaterThan(0);
    }

    // The county's change in the tooltip: Tehran, a same county, both figures exact.
    const tehran = [...v1395.values()].find((v) => v.name_fa === 'تهران' && v.province === 'IR-23');
    expect(tehran, 'Tehran county on the current set').toBeDefined();
    expect(tehran?.estimated).toBe(false);
    const change = tehran!.value - v1390.get(tehran!.code)!.value;
    const counties = await api<{ features: { properties: { code: string; label: [number, number] } }[] }>(
      '/api/counties?set=current&province=IR-23&zoom=8',
    );
    const label = counties.features.find((f) => f.properties.code === tehran?.code)?.properties.label;
    await page.evaluate(
      (ll) => (globalThis as unknown as HooksHost).__tavazon.jumpTo(ll, 9),
      label as [number, number],
    );
    await idle(page);
    const point = await page.evaluate(
      (ll) => (globalThis as unknown as HooksHost).__tavazon.projectToScreen(ll),
      label as [number, number],
    );
    await page.mouse.move(point.x, point.y);
    const tooltip = page.locator('.deck-tooltip');
    await expect.poll(() => tooltip.textContent(), { timeout: 20_000 }).toContain(faSigned(change));
    expect(await tooltip.textContent()).not.toContain('≈');
    await page.screenshot({ path: `${artifacts}/periods-change-map-fa.png` });

    await page.getByTestId('change-mode-pct').check();
    await expect.poll(() => legend.getAttribute('data-mode')).toBe('pct');
    expect(search(page).get('change')).toBe('pct');
    await page.getByTestId('change-toggle').uncheck();
    await expect.poll(() => search(page).get('change')).toBeNull();
  });

  it('marks an estimated value with ≈ and its method, and a same county’s without', async () => {
    const split = [...v1395.values()].find((v) => v.estimated && v.method === 'area-share');
    const same = [...v1395.values()].find(
      (v) => !v.estimated && v.method === 'same-county' && v1390.get(v.code)?.estimated === false,
    );
    expect(split, 'a split county').toBeDefined();
    expect(same, 'a same county').toBeDefined();
    const open = async (code: string) => {
      await page.goto(`${baseUrl}/county/current/${code}?indicator=population&set=current&period=1395`);
      const row = page.locator('[data-testid=indicator-value][data-code=population]');
      await row.waitFor({ timeout: 60_000 });
      return row;
    };
    const splitRow = await open(split!.code);
    expect(await splitRow.getAttribute('data-period')).toBe('1395');
    expect(await splitRow.getByTestId('estimated-value').textContent()).toBe(`≈ ${fa(split!.value)}`);
    expect(await splitRow.getByTestId('estimate-note').getAttribute('data-method')).toBe('area-share');
    const sameRow = await open(same!.code);
    expect(await sameRow.locator('dd').first().textContent()).toBe(fa(same!.value));
    expect(await sameRow.getByTestId('estimated-value').count()).toBe(0);
    expect(await sameRow.getByTestId('estimate-note').count()).toBe(0);

    // On the map, the tooltip of the split county says ≈ and names the method.
    const labels = await api<{ features: { properties: { code: string; label: [number, number] } }[] }>(
      `/api/counties?set=current&province=${split!.province}&zoom=8`,
    );
    const label = labels.features.find((f) => f.properties.code === split!.code)!.properties.label;
    // Hover texts come with deck.gl, which loads once MapLibre has drawn the counties (`ready` after it).
    await page.locator('[data-testid=map][data-state=ready]').waitFor({ timeout: 90_000 });
    await page.evaluate((ll) => (globalThis as unknown as HooksHost).__tavazon.jumpTo(ll, 9), label);
    await idle(page);
    const point = await page.evaluate(
      (ll) => (globalThis as unknown as HooksHost).__tavazon.projectToScreen(ll),
      label,
    );
    await page.mouse.move(point.x, point.y);
    const tooltip = page.locator('.deck-tooltip');
    await expect
      .poll(() => tooltip.textContent(), { timeout: 20_000 })
      .toContain(`≈\u00a0${fa(split!.value)}`);
    expect(await tooltip.textContent()).toContain('برآورد: سهم مساحت از شهرستان سرشماری');

    // The county panel follows the period.
    await page.getByTestId('period-option-1390').check();
    await expect.poll(() => sameRow.getAttribute('data-period')).toBe('1390');
    expect(await sameRow.locator('dd').first().textContent()).toBe(fa(v1390.get(same!.code)!.value));

    // Ijrud on the default map (no indicator chosen) shows its census indicators.
    const zanjan = await api<{ features: { properties: { code: string; name_en: string } }[] }>(
      '/api/counties?set=current&province=IR-19&zoom=5',
    );
    const ijrud = zanjan.features.find((f) => f.properties.name_en === 'Ijrud')!.properties.code;
    await page.goto(`${baseUrl}/county/current/${ijrud}`);
    await page.getByTestId('indicator-values').waitFor({ timeout: 60_000 });
    expect(await page.locator('[data-testid=indicator-value][data-code=unemployment_rate]').count()).toBe(1);
  });

  it('ranks the counties by their change, in the order of the API’s values', async () => {
    await page.goto(`${baseUrl}/analysis/composite?indicator=population&set=current&period=1395`);
    const ranking = page.getByTestId('delta-ranking');
    await ranking.waitFor({ timeout: 90_000 });
    expect(await ranking.getAttribute('data-subject')).toBe('indicator');
    expect(await ranking.getAttribute('data-from')).toBe('1390');
    expect(await ranking.getAttribute('data-to')).toBe('1395');
    const rows = page.getByTestId('delta-row');
    await expect.poll(() => rows.count(), { timeout: 60_000 }).toBe(v1395.size);

    // Population is neutral: "largest increase" first, counties without a 1390 value last.
    const expected = [...v1395.values()]
      .map((b) => {
        const a = v1390.get(b.code);
        return { code: b.code, change: a ? b.value - a.value : null };
      })
      .sort((x, y) =>
        x.change === null || y.change === null
          ? x.change === y.change
            ? x.code.localeCompare(y.code)
            : x.change === null
              ? 1
              : -1
          : y.change - x.change || x.code.localeCompare(y.code),
      );
    const shown = async () => rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
    await expect.poll(shown).toEqual(expected.map((e) => e.code));
    const first = rows.first();
    expect(Number(await first.getAttribute('data-change'))).toBe(expected[0]?.change);
    await page.screenshot({ path: `${artifacts}/periods-delta-ranking-fa.png` });

    // Sorted the other way round: the largest decrease first, still with the unranked last; kept in the URL.
    await page.getByTestId('delta-sort-improved').click();
    await expect.poll(() => search(page).get('drev')).toBe('true');
    const ranked = expected.filter((e) => e.change !== null);
    const reversed = [...ranked]
      .sort((x, y) => x.change! - y.change! || x.code.localeCompare(y.code))
      .map((e) => e.code);
    await expect
      .poll(shown)
      .toEqual([...reversed, ...expected.filter((e) => e.change === null).map((e) => e.code)]);
    await page.getByTestId('delta-most-improved').click();
    await expect.poll(() => search(page).get('drev')).toBeNull();
    await expect.poll(shown).toEqual(expected.map((e) => e.code));
    expect(watch.consoleErrors).toEqual([]);
  });
});
