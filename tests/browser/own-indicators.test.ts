import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Sql } from '@tavazon/data';
import type { Browser, Page } from 'playwright-core';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createUser } from '../../server/src/users/createUser.ts';
import { openBrowser, type PageWatch } from './openBrowser.ts';
import { signIn } from './signIn.ts';

// A planner brings their own indicator: defines it, uploads an illustrative "health centres per 10,000
// people" file with two periods (TEST DATA, generated here, never real figures), sees the misspelt
// county of one row in the preview with the right name suggested, uploads the corrected file, commits,
// switches the map between the two periods and reads the delta ranking, the most improved county first.
// Needs `pnpm --filter @tavazon/web build` first.
const baseUrl = process.env.TAVAZON_BASE_URL || inject('baseUrl');
const artifacts = fileURLToPath(new URL('../.artifacts/', import.meta.url));
const password = 'a-long-enough-test-password';
const code = `test_health_centres_${randomBytes(3).toString('hex')}`;

interface County {
  properties: { code: string; name_fa: string };
}

describe('a planner’s own indicator in a browser', () => {
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;
  let sql: Sql;
  let counties: County['properties'][];
  const username = `own-${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    sql = postgres(inject('databaseUrl'), { max: 1, onnotice: () => {} }) as unknown as Sql;
    await createUser(sql, { username, role: 'planner', provinces: [], password });
    const res = await fetch(new URL('/api/counties?set=current&province=IR-19&zoom=5', baseUrl));
    counties = ((await res.json()) as { features: County[] }).features
      .map((f) => f.properties)
      .sort((a, b) => a.code.localeCompare(b.code));
    expect(counties.length).toBeGreaterThan(5);
    ({ browser, page, watch } = await openBrowser(baseUrl, { width: 1366, height: 800 }));
  });

  afterAll(async () => {
    if (sql) await sql`DELETE FROM indicator WHERE code = ${code}`;
    await sql?.end({ timeout: 5 });
    await browser?.close();
  });

  // Every Zanjan county in 1401 and 1402; the fourth improves most (+5), by name in Persian, the rest by code.
  const improved = 3;
  const csv = (misspell: boolean) => {
    const rows = counties.flatMap((c, i) => {
      const name = i === improved ? (misspell ? `${c.name_fa.slice(0, -1)}ز` : c.name_fa) : c.code;
      const before = 2 + i * 0.1;
      return [
        `${name},1401,${before.toFixed(2)}`,
        `${name},۱۴۰۲,${(before + (i === improved ? 5 : 0.5)).toFixed(2)}`,
      ];
    });
    return Buffer.from(`شهرستان,دوره,مقدار\n${rows.join('\n')}\n`);
  };
  const file = (name: string, bytes: Buffer) => ({ name, mimeType: 'text/csv', buffer: bytes });

  it('defines the indicator, previews a bad file, fixes it and commits', async () => {
    const response = await page.goto(baseUrl);
    expect(response?.ok(), 'the app is served (was web/ built?)').toBe(true);
    await page.locator('[data-testid=map][data-state=ready]').waitFor({ timeout: 90_000 });
    await signIn(page, username, password);
    await page.getByTestId('new-indicator').click();
    const form = page.getByTestId('indicator-form');
    await form.waitFor();
    await page.getByTestId('indicator-name_fa').fill('مراکز بهداشت به ازای هر ۱۰٬۰۰۰ نفر (داده آزمایشی)');
    await page.getByTestId('indicator-name_en').fill('Health centres per 10,000 people (TEST DATA)');
    await page.getByTestId('indicator-code').fill(code);
    await page.getByTestId('indicator-unit').fill('در ۱۰٬۰۰۰ نفر');
    await page.getByTestId('indicator-aggregation').selectOption('weighted_mean');
    await form.locator('select[name=weight_indicator]').selectOption('population');
    await page.getByTestId('indicator-source').fill('داده آزمایشی ساخته‌شده در آزمون مرورگر (TEST DATA)');
    await page.getByTestId('indicator-description').fill('داده آزمایشی، نه آمار واقعی');
    await page.screenshot({ path: `${artifacts}/own-indicator-form-fa.png` });
    await page.getByTestId('indicator-create').click();

    await page.getByTestId('values-upload').waitFor({ timeout: 30_000 });
    const [row] = await sql<{ kind: string; weight_indicator: string }[]>`
      SELECT kind, weight_indicator FROM indicator WHERE code = ${code}`;
    expect(row).toEqual({ kind: 'user', weight_indicator: 'population' });

    await page.getByTestId('values-file').setInputFiles(file('test-data-health-centres.csv', csv(true)));
    await page.getByTestId('values-preview').click();
    const problems = page.locator('[data-testid=import-problems] tbody tr');
    await problems.first().waitFor({ timeout: 30_000 });
    // The misspelt name on both of its rows (lines 2 + 2·improved and the next), the right name suggested.
    const line = 2 + 2 * improved;
    expect(
      await problems.evaluateAll((trs) =>
        trs.map((tr) => [tr.getAttribute('data-row'), tr.getAttribute('data-column')]),
      ),
    ).toEqual([
      [String(line), 'شهرستان'],
      [String(line + 1), 'شهرستان'],
    ]);
    expect(await problems.first().textContent()).toContain(counties[improved]!.name_fa);
    expect(await page.getByTestId('values-commit').isDisabled()).toBe(true);
    await page.screenshot({ path: `${artifacts}/own-indicator-preview-fa.png` });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${artifacts}/own-indicator-preview-phone-fa.png` });
    await page.setViewportSize({ width: 1366, height: 800 });

    await page
      .getByTestId('values-file')
      .setInputFiles(file('test-data-health-centres-fixed.csv', csv(false)));
    await page.getByTestId('values-preview').click();
    // A clean report enables the commit; the old report's problems are gone with it.
    await expect.poll(() => page.getByTestId('values-commit').isEnabled(), { timeout: 30_000 }).toBe(true);
    expect(await problems.count()).toBe(0);
    const periods = page.locator('[data-testid=values-periods] tbody tr');
    expect(await periods.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-period')))).toEqual([
      '1401',
      '1402',
    ]);
    await page.getByTestId('values-commit').click();
    await page.getByTestId('values-saved').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('values-saved').getAttribute('data-imported')).toBe(
      String(counties.length * 2),
    );
    const [stored] = await sql<
      { n: number }[]
    >`SELECT count(*)::int AS n FROM indicator_value WHERE indicator = ${code}`;
    expect(stored!.n).toBe(counties.length * 2);
    await page.locator('[data-testid=own-indicator-dialog] .import-close').click();
  });

  it('switches the map between the two periods and ranks the most improved county first', async () => {
    await expect.poll(() => new URL(page.url()).searchParams.get('indicator')).toBe(code);
    const control = page.getByTestId('period-control');
    await control.waitFor({ timeout: 60_000 });
    await page.getByTestId('period-option-1401').check();
    await expect.poll(() => page.getByTestId('legend-period').getAttribute('data-period')).toBe('1401');
    await page.getByTestId('period-option-1402').check();
    await expect.poll(() => page.getByTestId('legend-period').getAttribute('data-period')).toBe('1402');

    await page.goto(`${baseUrl}/analysis/composite?indicator=${code}&set=current&period=1402`);
    const ranking = page.getByTestId('delta-ranking');
    await ranking.waitFor({ timeout: 90_000 });
    expect(await ranking.getAttribute('data-from')).toBe('1401');
    expect(await ranking.getAttribute('data-to')).toBe('1402');
    const rows = page.getByTestId('delta-row');
    await expect.poll(() => rows.count(), { timeout: 60_000 }).toBe(counties.length);
    await expect.poll(() => rows.first().getAttribute('data-code')).toBe(counties[improved]!.code);
    expect(Number(await rows.first().getAttribute('data-change'))).toBeCloseTo(5, 6);
    await page.screenshot({ path: `${artifacts}/own-indicator-delta-fa.png` });
    expect(watch.consoleErrors).toEqual([]);
  });
});
