import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Sql } from '@tavazon/data';
import type { Browser, Page } from 'playwright-core';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createUser } from '../../server/src/users/createUser.ts';
import { openBrowser, type PageWatch } from './openBrowser.ts';

// A planner draws planning regions for Zanjan in the built app: sign in, a new scheme of two regions by
// clicking the counties on the map, Save only once every county has a region, then delete it and sign out.
const baseUrl = process.env.TAVAZON_BASE_URL || inject('baseUrl');
const artifacts = fileURLToPath(new URL('../.artifacts/', import.meta.url));
const zanjan = 'IR-19';
const unemployment = 'unemployment_rate|census-1395|1395';
const password = 'a-long-enough-test-password';

interface TavazonHooks {
  projectToScreen: (lngLat: [number, number]) => { x: number; y: number };
  isIdle: () => boolean;
}
type HooksHost = { __tavazon: TavazonHooks };

interface County {
  properties: { code: string; name_fa: string; label: [number, number] };
}

async function idle(page: Page) {
  await page.waitForFunction(() => (globalThis as unknown as HooksHost).__tavazon.isIdle(), undefined, {
    timeout: 90_000,
  });
}

const unassignedCount = async (page: Page) => {
  const box = page.getByTestId('unassigned');
  return (await box.count()) === 0 ? 0 : Number(await box.getAttribute('data-count'));
};

describe('planning-region scheme editor', () => {
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;
  let sql: Sql | undefined;
  const username = `planner-${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    // The same function as `pnpm user:create`: there is no default account to sign in with.
    sql = postgres(inject('databaseUrl'), { max: 1, onnotice: () => {} }) as unknown as Sql;
    await createUser(sql, {
      username,
      role: 'planner',
      provinces: [zanjan],
      password,
      display_name: 'برنامه‌ریز زنجان',
    });
    ({ browser, page, watch } = await openBrowser(baseUrl, { width: 1280, height: 800 }));
    page.on('dialog', (dialog) => void dialog.accept());
  });

  afterAll(async () => {
    await browser?.close();
    await (sql as unknown as { end: () => Promise<void> } | undefined)?.end();
  });

  it('signs in, draws two regions for Zanjan, saves, deletes and signs out', async () => {
    const counties = (await (
      await fetch(new URL(`/api/counties?set=census-1395&province=${zanjan}`, baseUrl))
    ).json()) as { features: County[] };
    expect(counties.features).toHaveLength(8);

    await page.goto(baseUrl);
    await page.locator('[data-testid=map][data-state=ready]').waitFor({ timeout: 90_000 });
    // Anonymous: a sign-in button and no scheme tools.
    await page.getByTestId('sign-in').click();
    await page.locator('input[name=username]').fill(username);
    await page.locator('input[name=password]').fill('wrong-password-for-sure');
    await page.locator('[data-testid=sign-in-dialog] button[type=submit]').click();
    await expect.poll(() => page.getByTestId('sign-in-error').textContent()).toContain('نادرست');
    await page.locator('input[name=password]').fill(password);
    await page.locator('[data-testid=sign-in-dialog] button[type=submit]').click();
    await expect.poll(() => page.getByTestId('auth-name').textContent()).toBe('برنامه‌ریز زنجان');
    expect(await page.getByTestId('auth-user').textContent()).toContain('برنامه‌ریز');

    await page.getByTestId('indicator-select').selectOption(unemployment);
    await page.locator('[data-testid=map][data-counties-set=census-1395]').waitFor({ timeout: 90_000 });
    await page.getByTestId('scope-select').selectOption(zanjan);
    await page.getByTestId('scheme-new').click();
    await page.getByTestId('scheme-name-fa').fill('منطقه‌بندی آزمایشی زنجان');
    await page.getByTestId('scheme-name-en').fill('Zanjan test scheme');
    const regions = [
      { code: 'north', fa: 'شمال', en: 'North' },
      { code: 'south', fa: 'جنوب', en: 'South' },
    ];
    for (const r of regions) {
      await page.getByTestId('region-code').fill(r.code);
      await page.getByTestId('region-name-fa').fill(r.fa);
      await page.getByTestId('region-name-en').fill(r.en);
      await page.getByTestId('region-add').click();
    }
    await expect.poll(() => page.getByTestId('region-row').count()).toBe(2);
    await expect.poll(() => unassignedCount(page)).toBe(8);
    expect(await page.getByTestId('unassigned').textContent()).toContain('۸ شهرستان بدون منطقه');
    await idle(page);
    await page.screenshot({ path: `${artifacts}/regions-editor-empty-fa.png` });

    // The northern half (by label latitude) into the first region, the rest into the second.
    const sorted = [...counties.features].sort((a, b) => b.properties.label[1] - a.properties.label[1]);
    for (const [i, county] of sorted.entries()) {
      const region = i < 4 ? 0 : 1;
      await page.getByTestId('region-activate').nth(region).check();
      const point = await page.evaluate(
        (ll) => (globalThis as unknown as HooksHost).__tavazon.projectToScreen(ll),
        county.properties.label,
      );
      expect(await page.getByTestId('scheme-save').isDisabled(), 'Save waits for every county').toBe(true);
      await page.mouse.click(point.x, point.y);
      await expect.poll(() => unassignedCount(page), { timeout: 15_000 }).toBe(7 - i);
      if (i === 3) {
        await idle(page);
        await page.screenshot({ path: `${artifacts}/regions-editor-half-fa.png` });
      }
    }
    expect(await page.getByTestId('region-count').allTextContents()).toEqual(['۴', '۴']);
    await idle(page);
    await page.screenshot({ path: `${artifacts}/regions-editor-done-fa.png` });
    expect(await page.getByTestId('scheme-save').isDisabled()).toBe(false);
    await page.getByTestId('scheme-save').click();
    await page.getByTestId('scheme-editor').waitFor({ state: 'detached', timeout: 30_000 });

    const saved = (await (
      await fetch(new URL(`/api/region-schemes?set=census-1395&province=${zanjan}`, baseUrl))
    ).json()) as { id: number; name_en: string; regions: { code: string; counties: string[] }[] }[];
    const scheme = saved.find((s) => s.name_en === 'Zanjan test scheme');
    expect(scheme?.regions.map((r) => r.counties.length)).toEqual([4, 4]);
    await expect.poll(() => page.getByTestId('scheme-select').inputValue()).toBe(String(scheme?.id));
    expect(await page.getByTestId('scheme-select').textContent()).toContain('منطقه‌بندی آزمایشی زنجان');
    await idle(page);
    await page.screenshot({ path: `${artifacts}/regions-saved-fa.png` });

    // Edit (PATCH with the updated_at as read): rename a region.
    await page.getByTestId('scheme-edit').click();
    await page.getByTestId('region-row').first().getByLabel('نام انگلیسی').fill('Northern Zanjan');
    await page.getByTestId('scheme-save').click();
    await page.getByTestId('scheme-editor').waitFor({ state: 'detached', timeout: 30_000 });
    const renamed = (await (await fetch(new URL(`/api/region-schemes/${scheme?.id}`, baseUrl))).json()) as {
      regions: { name_en: string }[];
    };
    expect(renamed.regions.map((r) => r.name_en).sort()).toEqual(['Northern Zanjan', 'South']);

    await page.getByTestId('scheme-delete').click();
    await expect.poll(() => page.getByTestId('scheme-select').inputValue()).toBe('');
    await expect
      .poll(async () => (await page.getByTestId('scheme-select').textContent()) ?? '')
      .not.toContain('منطقه‌بندی آزمایشی زنجان');

    await page.getByTestId('sign-out').click();
    await page.getByTestId('sign-in').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('scheme-new').count()).toBe(0);
    await page.screenshot({ path: `${artifacts}/regions-signed-out-fa.png` });

    // Chromium logs the one deliberate wrong-password 401 as "Failed to load resource"; nothing else may appear.
    expect(watch.consoleErrors.filter((e) => !e.includes('status of 401'))).toEqual([]);
    expect(watch.consoleErrors.length).toBeLessThanOrEqual(1);
    expect(watch.offOrigin).toEqual([]);
    // The wrong password is the one refusal the test asked for.
    expect(watch.failedRequests.filter((r) => !r.includes('/api/auth/login → 401'))).toEqual([]);
  });
});
