import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Sql } from '@tavazon/data';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createUser } from '../../server/src/users/createUser.ts';
import { openBrowser, type PageWatch } from './openBrowser.ts';
import { signIn } from './signIn.ts';

// The "done means": a visitor's suggestion on a county page, moderated by a planner of the
// province and then shown on the county page with the reply; the page's own link, its preview title, the
// map layer of suggestions and the open-data page. Needs `pnpm --filter @tavazon/web build`.
const baseUrl = process.env.TAVAZON_BASE_URL || inject('baseUrl');
const artifacts = fileURLToPath(new URL('../.artifacts/', import.meta.url));
const slow = { timeout: 30_000 };
const IJRUD = 'osm-6554899';
const ijrudInterior: [number, number] = [48.23, 36.42];
const password = 'a-long-enough-test-password';
const text = `<b>جادهٔ روستای آزمون</b> را آسفالت کنید https://example.com ${Date.now()}`;
const reply = 'در برنامهٔ سال آینده آمده است.';

interface HooksHost {
  __tavazon: {
    projectToScreen: (ll: [number, number]) => { x: number; y: number };
    isIdle: () => boolean;
    jumpTo: (c: [number, number], z: number) => void;
  };
}
const idle = (page: Page) =>
  page.waitForFunction(() => (globalThis as unknown as HooksHost).__tavazon?.isIdle(), undefined, {
    timeout: 90_000,
  });
const mapReady = (page: Page) =>
  page.locator('[data-testid=map][data-state=ready]').waitFor({ timeout: 90_000 });

describe('taking part: a suggestion, moderated and shown', () => {
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;
  let planner: BrowserContext;
  const sql = postgres(inject('databaseUrl'), { max: 1, onnotice: () => {} }) as unknown as Sql;
  const username = `moderator-${Date.now().toString(36)}`;

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    // Every test client is 127.0.0.1: the hourly limit per address starts afresh.
    await sql`DELETE FROM suggestion_attempt`;
    await createUser(sql, { username, role: 'planner', provinces: ['IR-19'], password });
    ({ browser, page, watch } = await openBrowser(baseUrl, { width: 1366, height: 900 }));
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    planner = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
    await sql`DELETE FROM suggestion WHERE body = ${text}`;
    await sql`DELETE FROM suggestion_attempt`;
    await sql.end({ timeout: 5 });
  });

  it('opens a county page directly, with its own title for link previews and a link to copy', async () => {
    await page.goto(`${baseUrl}/county/current/${IJRUD}`);
    expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe(
      'شهرستان ایجرود · توازن',
    );
    expect(await page.locator('meta[name=description]').getAttribute('content')).toContain('استان زنجان');
    await mapReady(page);
    await expect.poll(() => page.getByTestId('county-name').textContent(), slow).toBe('ایجرود');
    expect(await page.title()).toBe('ایجرود · توازن');
    await page.getByTestId('county-coverage').waitFor();
    await page.getByTestId('copy-link').click();
    await expect
      .poll(() => page.getByTestId('copy-link-status').textContent(), slow)
      .toBe('پیوند رونوشت شد.');
    expect(
      await page.evaluate(() =>
        (
          globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }
        ).navigator.clipboard.readText(),
      ),
    ).toBe(`${baseUrl}/county/current/${IJRUD}`);
  });

  it('takes a visitor’s suggestion with a point in the county, without an account', async () => {
    await page.getByTestId('suggestion-body').fill(text);
    await page.getByTestId('suggestion-name').fill('مریم');
    await page.getByTestId('suggestion-pick').click();
    await page.evaluate((c) => (globalThis as unknown as HooksHost).__tavazon.jumpTo(c, 9), ijrudInterior);
    await idle(page);
    const at = await page.evaluate(
      (ll) => (globalThis as unknown as HooksHost).__tavazon.projectToScreen(ll),
      ijrudInterior,
    );
    await page.mouse.click(at.x, at.y);
    await page.getByTestId('location-marker').waitFor(slow);
    // The page stays the county's: the click chose the point.
    expect(new URL(page.url()).pathname).toBe(`/county/current/${IJRUD}`);
    await page.screenshot({ path: `${artifacts}/suggestion-form-fa.png` });
    await page.getByTestId('suggestion-send').click();
    await page.getByTestId('suggestion-sent').waitFor(slow);
    const [row] = await sql<{ status: string; show_name: boolean; lng: number }[]>`
      SELECT status, show_name, ST_X(location) AS lng FROM suggestion WHERE body = ${text}`;
    expect(row).toMatchObject({ status: 'pending', show_name: false });
    expect(row!.lng).toBeCloseTo(ijrudInterior[0], 1);
    // Not shown before a planner publishes it.
    await page.reload();
    await page.getByTestId('suggestions-section').waitFor(slow);
    expect(await page.getByTestId('suggestion').filter({ hasText: 'جادهٔ روستای آزمون' }).count()).toBe(0);
  });

  it('is published with a reply by a planner of the province, each step kept', async () => {
    const moderator = await planner.newPage();
    await moderator.goto(baseUrl);
    await mapReady(moderator);
    await signIn(moderator, username, password);
    await moderator.getByTestId('open-moderation').click();
    await expect.poll(() => new URL(moderator.url()).pathname, slow).toBe('/moderation');
    const item = moderator.getByTestId('queue-item').filter({ hasText: 'جادهٔ روستای آزمون' });
    await item.waitFor(slow);
    // The visitor's name is the planners' to read, marked as unpublished.
    expect(await item.textContent()).toContain('مریم');
    await item.getByTestId('queue-reply').click();
    await item.getByTestId('queue-note').fill(reply);
    await item.getByTestId('queue-confirm').click();
    await expect.poll(() => item.locator('.suggestion-reply').count(), slow).toBe(1);
    await item.getByTestId('queue-publish').click();
    await moderator.getByTestId('moderation-status').selectOption('published');
    const done = moderator.getByTestId('queue-item').filter({ hasText: 'جادهٔ روستای آزمون' });
    await expect.poll(() => done.getAttribute('data-status'), slow).toBe('published');
    await moderator.screenshot({ path: `${artifacts}/moderation-fa.png` });
    const steps = await sql<{ action: string; username: string }[]>`
      SELECT st.action, u.username FROM suggestion_step st JOIN suggestion s ON s.id = st.suggestion_id
      JOIN app_user u ON u.id = st.actor_id WHERE s.body = ${text} ORDER BY st.at`;
    expect(steps.map((s) => s.action)).toEqual(['reply', 'publish']);
    expect(steps.every((s) => s.username === username)).toBe(true);
    await moderator.close();
  });

  it('shows the published suggestion on the county page as text, with the reply and no name', async () => {
    await page.reload();
    const shown = page.getByTestId('suggestion').filter({ hasText: 'جادهٔ روستای آزمون' });
    await shown.waitFor(slow);
    // HTML typed by a visitor is shown as the characters typed, never as markup.
    expect(await shown.locator('.suggestion-body').first().textContent()).toBe(text);
    expect(await shown.locator('b').count()).toBe(0);
    expect(await shown.locator('a').count()).toBe(0);
    expect(await shown.getByTestId('suggestion-reply').textContent()).toContain(reply);
    expect(await shown.textContent()).not.toContain('مریم');
    await idle(page);
    await shown.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${artifacts}/county-suggestions-fa.png` });
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await phone.goto(`${baseUrl}/county/current/${IJRUD}`);
    await phone
      .getByTestId('suggestion')
      .filter({ hasText: 'جادهٔ روستای آزمون' })
      .waitFor({ timeout: 90_000 });
    await phone.screenshot({ path: `${artifacts}/county-suggestions-phone-fa.png`, fullPage: false });
    await phone.close();
  });

  it('counts suggestions per county on the map layer, and lists the open data', async () => {
    await page.getByTestId('panel-close').click();
    await page.getByTestId('suggestion-layer').check();
    await expect.poll(() => new URL(page.url()).searchParams.get('sugg'), slow).toBe('true');
    await idle(page);
    await expect
      .poll(
        () =>
          page.evaluate(() =>
            (globalThis as unknown as { __tavazon: { layersOrder: () => string[] } }).__tavazon.layersOrder(),
          ),
        slow,
      )
      .toContain('suggestion-count-circles');
    const counts = (await (await fetch(new URL('/api/suggestions/counts?set=current', baseUrl))).json()) as {
      counties: { code: string; published: number }[];
    };
    expect(counts.counties.find((c) => c.code === IJRUD)?.published).toBeGreaterThan(0);
    await page.screenshot({ path: `${artifacts}/suggestion-layer-fa.png` });
    await page.getByTestId('open-downloads').click();
    await expect.poll(() => new URL(page.url()).pathname, slow).toBe('/downloads');
    await page.getByTestId('download').first().waitFor(slow);
    const kinds = await page
      .getByTestId('download')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
    expect(kinds).toContain('counties');
    expect(kinds).toContain('projects');
    expect(kinds).toContain('suggestions');
    const csv = await page
      .locator('[data-testid=download][data-kind=suggestions] [data-testid=download-csv]')
      .getAttribute('href');
    const file = await (await fetch(new URL(csv!, baseUrl))).text();
    expect(file).toContain('جادهٔ روستای آزمون');
    expect(file).not.toContain('مریم');
    await page.screenshot({ path: `${artifacts}/downloads-fa.png` });
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await phone.goto(`${baseUrl}/downloads`);
    await phone.getByTestId('download').first().waitFor({ timeout: 90_000 });
    await phone.screenshot({ path: `${artifacts}/downloads-phone-fa.png` });
    await phone.close();
  });

  it('logged no console errors and fetched nothing from another origin', () => {
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.offOrigin).toEqual([]);
    expect(watch.failedRequests).toEqual([]);
  });
});
