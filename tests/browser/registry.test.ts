import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type PageWatch } from './openBrowser.ts';
import { signIn } from './signIn.ts';

// The "done means", in the built app: the admin CLI creates a planner, who signs in, adds a project
// for Ijrud by clicking the map, moves it from study to execution with a note and a progress report, while a
// visitor sees it on the public map only once it is published. Also the 409 path of the form and archiving.
const baseUrl = process.env.TAVAZON_BASE_URL || inject('baseUrl');
const databaseUrl = inject('databaseUrl');
const artifacts = fileURLToPath(new URL('../.artifacts/', import.meta.url));
const repo = fileURLToPath(new URL('../../', import.meta.url));
const password = 'a-long-enough-test-password';
const IJRUD = 'osm-6554899';
const title = 'گلخانهٔ آزمون ایجرود <script>window.__xss = 1</script><b>پررنگ</b>';

interface HooksHost {
  __tavazon: { projectToScreen: (ll: [number, number]) => { x: number; y: number }; isIdle: () => boolean };
  __xss?: number;
}

const idle = (page: Page) =>
  page.waitForFunction(() => (globalThis as unknown as HooksHost).__tavazon.isIdle(), undefined, {
    timeout: 90_000,
  });

async function clickMapAt(page: Page, lngLat: [number, number]) {
  await idle(page);
  const p = await page.evaluate(
    (ll) => (globalThis as unknown as HooksHost).__tavazon.projectToScreen(ll),
    lngLat,
  );
  await page.mouse.click(p.x, p.y);
}

async function openMap(page: Page) {
  await page.goto(baseUrl);
  await page.locator('[data-testid=map][data-state=ready]').waitFor({ timeout: 90_000 });
}

/** The titles a visitor's registry lists for Zanjan: what the public map shows there. */
async function publicTitles(page: Page): Promise<string[]> {
  await openMap(page);
  await page.getByTestId('view-projects').click();
  const response = page.waitForResponse((r) => r.url().includes('/api/projects?province=IR-19'));
  await page.getByTestId('registry-province').selectOption('IR-19');
  const listed = (await (await response).json()) as { features: unknown[] };
  await expect.poll(() => page.locator('[data-testid=project-item]').count()).toBe(listed.features.length);
  return page.locator('[data-testid=project-item] .project-title').allTextContents();
}

describe('driver-project registry in the browser', () => {
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;
  let visitor: BrowserContext;
  let visitorPage: Page;
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  const username = `ijrud-${randomBytes(4).toString('hex')}`;
  let ijrudLabel: [number, number];
  const agency = 'سازمان جهاد کشاورزی استان زنجان';

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    // The admin CLI itself, as the README tells an administrator to run it (no default account exists).
    const cli = spawnSync(
      'pnpm',
      [
        '-s',
        'user:create',
        '--username',
        username,
        '--role',
        'planner',
        '--province',
        'IR-19',
        '--name',
        'کارشناس ایجرود',
      ],
      {
        cwd: repo,
        env: { ...process.env, DATABASE_URL: databaseUrl, TAVAZON_PASSWORD: password },
        encoding: 'utf8',
      },
    );
    expect(cli.status, cli.stderr).toBe(0);
    expect(cli.stdout).toContain(`created planner ${username}`);
    const counties = (await (
      await fetch(new URL('/api/counties?set=current&province=IR-19', baseUrl))
    ).json()) as any;
    ijrudLabel = counties.features.find((f: any) => f.properties.code === IJRUD).properties.label;
    ({ browser, page, watch } = await openBrowser(baseUrl, { width: 1400, height: 900 }));
    page.on('dialog', (dialog) => void dialog.accept());
    visitor = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    visitorPage = await visitor.newPage();
    // The project form picks its executing agency from the organisations (migration 0012).
    await sql`
      INSERT INTO organisation (name_fa, kind, province_code)
      VALUES (${agency}, 'government_agency', 'IR-19') ON CONFLICT DO NOTHING`;
  });

  afterAll(async () => {
    await browser?.close();
    // Even when a step failed: the other browser tests count Ijrud's projects as loaded.
    await sql`DELETE FROM project WHERE title_fa = ${title}`;
    await sql`
      DELETE FROM organisation o WHERE o.name_fa = ${agency}
        AND NOT EXISTS (SELECT 1 FROM project p WHERE p.executing_org_id = o.id OR o.id = ANY (p.supporting_org_ids))`;
    await sql.end({ timeout: 5 });
  });

  it('lets a planner add a project for Ijrud by clicking the map, refusing a point outside every county', async () => {
    await openMap(page);
    await signIn(page, username, password);
    await expect.poll(() => page.getByTestId('auth-name').textContent()).toBe('کارشناس ایجرود');

    await page.getByTestId('view-projects').click();
    await page.getByTestId('new-project').click();
    await page.getByTestId('project-editor').waitFor();
    // Typed coordinates in Iraq (inside Iran's bounding box): the form says so before saving, and the save
    // is refused by the server with the field named; nothing is written.
    await page.getByTestId('project-lat').fill('۳۶٫۱۹');
    await page.getByTestId('project-lng').fill('44.01');
    await page.getByTestId('location-outside').waitFor();
    await page.getByTestId('project-title-fa').fill(title);
    const before = await sql`SELECT count(*)::int AS n FROM project`;
    const refused = page.waitForResponse(
      (r) => r.url().endsWith('/api/projects') && r.request().method() === 'POST',
    );
    await page.getByTestId('project-save').click();
    expect((await refused).status()).toBe(400);
    expect(await (await refused).json()).toMatchObject({ error: { field: 'location' } });
    expect(await page.getByTestId('location-outside').textContent()).toContain('در هیچ شهرستانی نیست');
    expect((await sql`SELECT count(*)::int AS n FROM project`)[0]!.n).toBe(before[0]!.n);

    // A click in Ijrud sets the location (and the marker); the county is shown from the same test as the trigger.
    await clickMapAt(page, ijrudLabel);
    await expect.poll(() => page.getByTestId('derived-county').getAttribute('data-code')).toBe(IJRUD);
    expect(await page.getByTestId('derived-county').textContent()).toContain('ایجرود');
    await page.getByTestId('location-marker').waitFor();
    await page.getByTestId('project-title-en').fill('Ijrud test greenhouse');
    await page.getByTestId('project-sector').selectOption('agriculture');
    await page.getByTestId('project-status').selectOption('study');
    await page.getByTestId('project-executing').selectOption({ label: agency });
    await page.getByTestId('project-investment').fill('۱۲۵۰');
    await page.getByTestId('project-unit').selectOption('IRR-billion');
    await page.getByTestId('project-start').fill('۱۴۰۴/۰۷/۰۱');
    await page.getByTestId('project-end').fill('1405/06/31');
    await page.getByTestId('project-note').fill('پیشنهاد کارگروه توسعهٔ متوازن');
    await idle(page);
    await page.screenshot({ path: `${artifacts}/registry-form-fa.png` });
    await page.getByTestId('project-save').click();
    await page.getByTestId('project-details').waitFor();

    const [row] = await sql`
      SELECT p.id, p.status, p.published, to_char(p.start_date, 'YYYY-MM-DD') AS start,
             to_char(p.end_date, 'YYYY-MM-DD') AS "end", p.investment::float8 AS investment, u.code AS county
      FROM project p JOIN admin_unit u ON u.id = p.county_id WHERE p.title_en = 'Ijrud test greenhouse'`;
    expect(row).toMatchObject({
      status: 'study',
      published: false,
      start: '2025-09-23',
      end: '2026-09-22',
      investment: 1250,
      county: IJRUD,
    });
    // The title's markup is text: shown literally, never run or parsed.
    expect(await page.locator('.project-details-title').textContent()).toBe(title);
    expect(await page.evaluate(() => (globalThis as unknown as HooksHost).__xss)).toBeUndefined();
    expect(await page.locator('.project-details-title b').count()).toBe(0);
    await page.getByTestId('unpublished-badge').waitFor();

    // Not yet published: the visitor does not see it.
    expect(await publicTitles(visitorPage)).not.toContain(title);
  });

  it('moves the project from study to execution with a note and a progress report, all in its timeline', async () => {
    await page.getByTestId('project-edit').click();
    await page.getByTestId('project-editor').waitFor();
    const options = await page
      .locator('[data-testid=project-status] option')
      .evaluateAll((os) => os.map((o) => (o as unknown as { value: string }).value));
    expect(options).toEqual(['study', 'approved', 'execution', 'operational', 'suspended', 'cancelled']);
    await page.getByTestId('project-status').selectOption('execution');
    await page.getByTestId('project-note').fill('آغاز عملیات اجرایی بنا بر صورت‌جلسهٔ آبان');
    await page.getByTestId('project-save').click();
    await page.getByTestId('project-details').waitFor();
    await page.getByTestId('progress-form').waitFor();
    await page.getByTestId('progress-date').fill('۱۴۰۵/۰۸/۰۱');
    await page.getByTestId('progress-percent').fill('۲۰');
    await page.getByTestId('progress-note').fill('پی‌ریزی گلخانه به پایان رسید');
    await page.getByTestId('progress-submit').click();
    await expect
      .poll(() => page.locator('[data-testid=timeline-event][data-kind=progress]').count(), {
        timeout: 15_000,
      })
      .toBe(1);
    const timeline = await page.getByTestId('project-timeline').textContent();
    expect(timeline).toContain('آغاز عملیات اجرایی بنا بر صورت‌جلسهٔ آبان');
    expect(timeline).toContain('پی‌ریزی گلخانه به پایان رسید');

    const history = await sql`
      SELECT h.action, h.changes, h.note, u.username FROM project_history h
      JOIN project p ON p.id = h.project_id LEFT JOIN app_user u ON u.id = h.actor_id
      WHERE p.title_en = 'Ijrud test greenhouse' ORDER BY h.version`;
    expect(history.map((h) => h.action)).toEqual(['created', 'updated', 'progress']);
    expect(history[1]).toMatchObject({
      username,
      note: 'آغاز عملیات اجرایی بنا بر صورت‌جلسهٔ آبان',
      changes: { status: { old: 'study', new: 'execution' } },
    });
    const [progress] = await sql`
      SELECT to_char(q.reported_on, 'YYYY-MM-DD') AS day, q.percent FROM project_progress q
      JOIN project p ON p.id = q.project_id WHERE p.title_en = 'Ijrud test greenhouse'`;
    expect(progress).toMatchObject({ day: '2026-10-23', percent: 20 });
    await idle(page);
    await page.screenshot({ path: `${artifacts}/registry-timeline-fa.png` });
  });

  it('shows the visitor the project only once it is published, without internal fields', async () => {
    await page.getByTestId('project-edit').click();
    await page.getByTestId('project-published').check();
    await page.getByTestId('project-save').click();
    await page.getByTestId('project-details').waitFor();
    await expect.poll(() => page.getByTestId('unpublished-badge').count()).toBe(0);

    expect(await publicTitles(visitorPage)).toContain(title);
    await visitorPage.locator('[data-testid=project-item]', { hasText: 'گلخانهٔ آزمون ایجرود' }).click();
    await visitorPage.getByTestId('project-details').waitFor();
    const details = await visitorPage.getByTestId('project-details').textContent();
    expect(details).toContain('در حال اجرا');
    expect(details).not.toContain('۱٬۲۵۰'); // the investment is internal
    expect(await visitorPage.getByTestId('project-edit').count()).toBe(0);
    // The project's page has an address: a reload (or a shared link) opens it again.
    const [row] = await sql<{ id: number }[]>`SELECT id FROM project WHERE title_fa = ${title}`;
    const id = row!.id;
    expect(new URL(visitorPage.url()).pathname).toBe(`/project/${id}`);
    await visitorPage.reload();
    await visitorPage.getByTestId('project-details').waitFor();
    expect(await visitorPage.locator('.project-details-title').textContent()).toBe(title);
    // The visitor's export of the filtered list: the same projects, public columns only.
    await visitorPage.getByTestId('panel-close').click();
    const href = await visitorPage.getByTestId('export-csv').getAttribute('href');
    expect(href).toBe('/api/projects/export?format=csv&province=IR-19');
    const csv = await (await visitorPage.request.get(new URL(href!, baseUrl).toString())).text();
    expect(csv).toContain('Ijrud test greenhouse');
    expect(csv.split('\r\n')[0]).not.toContain('investment');
    await visitorPage.screenshot({ path: `${artifacts}/registry-public-fa.png` });
  });

  it('answers a stale save with what changed meanwhile, keeping both edits', async () => {
    await page.getByTestId('project-edit').click();
    await page.getByTestId('project-editor').waitFor();
    // Someone else (the same planner in another tab, through the API) changes the English title meanwhile.
    const [p] = await sql`SELECT id, version FROM project WHERE title_en = 'Ijrud test greenhouse'`;
    const other = await page.context().request.patch(new URL(`/api/projects/${p!.id}`, baseUrl).toString(), {
      data: { version: p!.version, title_en: 'Ijrud greenhouse complex' },
      headers: {
        'x-csrf-token': await page.evaluate(
          async () => ((await (await fetch('/api/auth/session')).json()) as { csrfToken: string }).csrfToken,
        ),
        origin: new URL(baseUrl).origin,
      },
    });
    expect(other.status()).toBe(200);
    await page.getByTestId('project-jobs').fill('۴۵');
    await page.getByTestId('project-save').click();
    await page.getByTestId('conflict-notice').waitFor();
    // Brought into view: the save button that caused it is at the far end of the form.
    const top = await page.getByTestId('conflict-notice').evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(900);
    expect(
      await page
        .locator('[data-testid=conflict-field]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-field'))),
    ).toEqual(['title_en']);
    expect(await page.getByTestId('conflict-notice').textContent()).toContain('Ijrud greenhouse complex');
    expect(await page.getByTestId('project-title-en').inputValue()).toBe('Ijrud greenhouse complex');
    expect(await page.getByTestId('project-jobs').inputValue()).toBe('۴۵');
    await page.screenshot({ path: `${artifacts}/registry-conflict-fa.png` });
    await page.getByTestId('project-save').click();
    await page.getByTestId('project-details').waitFor();
    const [now] = await sql`SELECT title_en, expected_jobs FROM project WHERE id = ${p!.id}`;
    expect(now).toMatchObject({ title_en: 'Ijrud greenhouse complex', expected_jobs: 45 });
  });

  it('archives the project: gone from the public map, kept with its history', async () => {
    await page.getByTestId('project-edit').click();
    await page.getByTestId('project-archive').click();
    await page.getByTestId('project-details').waitFor();
    const [p] = await sql`SELECT archived FROM project WHERE title_en = 'Ijrud greenhouse complex'`;
    expect(p!.archived).toBe(true);
    expect(await publicTitles(visitorPage)).not.toContain(title);
    // The refused save (400) and the stale one (409) are logged by Chromium as failed loads; nothing else.
    expect(watch.consoleErrors.filter((e) => !/status of (400|409)/.test(e))).toEqual([]);
    expect(watch.offOrigin).toEqual([]);
  });
});
