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

// A Zanjan planner reports a project's monthly progress in the built app: opens the project from its
// marker, types Solar Hijri dates in Persian and Arabic-Indic digits, sees the reports and the edit
// history on the timeline, is told when a date already has a report; a visitor sees the published
// report only. The project is made over the API first (so the loaded data stays as it was for the other
// tests) and has one edit, so that the history shows a change old → new.
const baseUrl = process.env.TAVAZON_BASE_URL || inject('baseUrl');
const artifacts = fileURLToPath(new URL('../.artifacts/', import.meta.url));
const zanjan = 'IR-19';
/** Near Zanjan city: inside Zanjan county, a third of a degree from the nearest loaded project. */
const place: [number, number] = [48.52, 36.7];
const password = 'a-long-enough-test-password';

interface TavazonHooks {
  projectToScreen: (lngLat: [number, number]) => { x: number; y: number };
  jumpTo: (center: [number, number], zoom: number) => void;
  isIdle: () => boolean;
}
type HooksHost = { __tavazon: TavazonHooks };

/** Signs in over the API, as the browser would, for the setup writes. */
async function apiSession(username: string) {
  const origin = new URL(baseUrl).origin;
  const login = await fetch(new URL('/api/auth/login', baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify({ username, password }),
  });
  expect(login.status).toBe(200);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return async (method: 'POST' | 'PATCH', path: string, body: unknown) => {
    const res = await fetch(new URL(path, baseUrl), {
      method,
      headers: { 'content-type': 'application/json', origin, cookie, 'x-csrf-token': csrfToken },
      body: JSON.stringify(body),
    });
    const text = await res.text();
    expect(res.ok, `${method} ${path} → ${res.status} ${text}`).toBe(true);
    return JSON.parse(text) as { id: number; properties: { version: number } };
  };
}

/** Moves the map onto the project and clicks its marker; the side panel then shows it. */
async function openProject(page: Page, id: number) {
  await page.locator('[data-testid=map][data-state=ready]').waitFor({ timeout: 90_000 });
  await page.evaluate(([c, z]) => (globalThis as unknown as HooksHost).__tavazon.jumpTo(c, z), [
    place,
    12,
  ] as const);
  await page.waitForFunction(() => (globalThis as unknown as HooksHost).__tavazon.isIdle(), undefined, {
    timeout: 90_000,
  });
  const point = await page.evaluate(
    (ll) => (globalThis as unknown as HooksHost).__tavazon.projectToScreen(ll),
    place,
  );
  await page.mouse.click(point.x, point.y);
  await page.locator(`[data-testid=project-timeline][data-project="${id}"]`).waitFor({ timeout: 30_000 });
}

const events = (page: Page, kind: 'history' | 'progress') =>
  page.locator(`[data-testid=timeline-event][data-kind=${kind}]`);

describe('project timeline and monthly progress', () => {
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;
  let sql: Sql | undefined;
  let projectId = 0;
  const username = `planner-${randomBytes(4).toString('hex')}`;
  const title = `پروژهٔ آزمایشی روند ${randomBytes(3).toString('hex')}`;

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    sql = postgres(inject('databaseUrl'), { max: 1, onnotice: () => {} }) as unknown as Sql;
    await createUser(sql, {
      username,
      role: 'planner',
      provinces: [zanjan],
      password,
      display_name: 'برنامه‌ریز زنجان',
    });
    const send = await apiSession(username);
    const created = await send('POST', '/api/projects', {
      title_fa: title,
      sector: 'energy',
      status: 'idea',
      location: { lng: place[0], lat: place[1] },
      published: true,
    });
    projectId = created.id;
    await send('PATCH', `/api/projects/${projectId}`, {
      version: 1,
      status: 'study',
      note: 'مطالعه آغاز شد',
    });
    ({ browser, page, watch } = await openBrowser(baseUrl, { width: 1280, height: 900 }));
  });

  afterAll(async () => {
    await browser?.close();
    // History and reports go with the project (ON DELETE CASCADE).
    if (sql && projectId) await sql`DELETE FROM project WHERE id = ${projectId}`;
    await (sql as unknown as { end: () => Promise<void> } | undefined)?.end();
  });

  it('a planner adds reports in Solar Hijri and sees them, with the history, on the timeline', async () => {
    await page.goto(baseUrl);
    await page.locator('[data-testid=map][data-state=ready]').waitFor({ timeout: 90_000 });
    await signIn(page, username, password);
    await expect.poll(() => page.getByTestId('auth-name').textContent()).toBe('برنامه‌ریز زنجان');
    await openProject(page, projectId);

    // The history, newest first: the edit (status, translated, old → new, with its note), then the creation.
    await expect.poll(() => events(page, 'history').count(), { timeout: 15_000 }).toBe(2);
    const history = events(page, 'history');
    expect(await history.evaluateAll((els) => els.map((e) => e.getAttribute('data-action')))).toEqual([
      'updated',
      'created',
    ]);
    const edit = (await history.first().textContent()) ?? '';
    expect(edit).toContain('ویرایش');
    expect(edit).toMatch(/ایده\s*←\s*در دست مطالعه/);
    expect(edit).toContain('مطالعه آغاز شد');
    expect(edit).toContain(username);
    await expect.poll(() => page.getByTestId('progress-form').count()).toBe(1);

    // A published report for 12 Mordad 1403 (= 2 August 2024), typed with Persian digits.
    const date = page.getByTestId('progress-date');
    await date.fill('۱۴۰۳/۰۵/۱۲');
    await expect.poll(() => page.getByTestId('progress-form').textContent()).toContain('۲ اوت ۲۰۲۴');
    await page.getByTestId('progress-percent').fill('35');
    expect(await page.getByTestId('progress-percent').inputValue()).toBe('۳۵');
    await page.getByTestId('progress-note').fill('پی‌ریزی تمام شد');
    await page.getByTestId('progress-published').check();
    await page.getByTestId('progress-submit').click();
    await expect.poll(() => events(page, 'progress').count(), { timeout: 15_000 }).toBe(1);
    const report = events(page, 'progress').first();
    expect(await report.getAttribute('data-action')).toBe('progress');
    expect(await report.getAttribute('data-reported-on')).toBe('2024-08-02');
    const reportText = (await report.textContent()) ?? '';
    expect(reportText).toContain('۱۲ مرداد ۱۴۰۳');
    expect(reportText).toContain('۳۵٪');
    expect(reportText).toContain('پی‌ریزی تمام شد');
    expect(reportText).toContain('منتشرشده');
    await expect.poll(() => page.getByTestId('timeline-progress').getAttribute('data-percent')).toBe('35');

    // An internal report for 10 Shahrivar 1403 (= 31 August 2024), with Arabic-Indic digits and dashes.
    await date.fill('١٤٠٣-٦-١٠');
    await page.getByTestId('progress-percent').fill('۴۰');
    await page.getByTestId('progress-note').fill('یادداشت درون‌سازمانی');
    await page.getByTestId('progress-submit').click();
    await expect.poll(() => events(page, 'progress').count(), { timeout: 15_000 }).toBe(2);
    expect(await events(page, 'progress').first().getAttribute('data-reported-on')).toBe('2024-08-31');
    expect(await events(page, 'progress').first().getByTestId('timeline-published').textContent()).toBe(
      'درون‌سازمانی',
    );

    // What was stored: ISO Gregorian days, and the project's progress from the latest one.
    const rows = await sql!<{ reported_on: string; percent: number; published: boolean; note: string }[]>`
      SELECT to_char(reported_on, 'YYYY-MM-DD') AS reported_on, percent, published, note
      FROM project_progress WHERE project_id = ${projectId} ORDER BY reported_on`;
    expect(rows).toEqual([
      { reported_on: '2024-08-02', percent: 35, published: true, note: 'پی‌ریزی تمام شد' },
      { reported_on: '2024-08-31', percent: 40, published: false, note: 'یادداشت درون‌سازمانی' },
    ]);
    const [project] = await sql!<
      { progress: number }[]
    >`SELECT progress FROM project WHERE id = ${projectId}`;
    expect(project?.progress).toBe(40);

    // A second report for 12 Mordad: the API refuses (409) and the form says why, under the date.
    await date.fill('1403/5/12');
    await page.getByTestId('progress-percent').fill('50');
    await page.getByTestId('progress-submit').click();
    await expect
      .poll(() => page.getByTestId('progress-error').textContent(), { timeout: 15_000 })
      .toContain('۱۲ مرداد ۱۴۰۳ پیش‌تر گزارشی ثبت شده است');
    expect(await events(page, 'progress').count()).toBe(2);

    // A day that does not exist (1402 is not a leap year) never reaches the API.
    await date.fill('۱۴۰۲/۱۲/۳۰');
    await page.getByTestId('progress-submit').click();
    await expect
      .poll(() => page.locator('[data-testid=progress-form] .field-error').allTextContents())
      .toContain('چنین روزی در تقویم نیست.');
    await page.getByTestId('project-timeline').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${artifacts}/timeline-planner-fa.png` });

    // English: the same report, in the Gregorian calendar.
    await page.getByTestId('language-switch').click();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
    await expect.poll(() => events(page, 'progress').last().textContent()).toContain('2 August 2024');
    expect(await events(page, 'history').first().textContent()).toMatch(/Idea\s*→\s*Under study/);
    await page.getByTestId('project-timeline').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${artifacts}/timeline-planner-en.png` });

    // The one refusal the test asked for (the duplicate date) is the only failure.
    expect(watch.consoleErrors.filter((e) => !e.includes('status of 409'))).toEqual([]);
    expect(
      watch.failedRequests.filter((r) => !r.includes(`/api/projects/${projectId}/progress → 409`)),
    ).toEqual([]);
    expect(watch.offOrigin).toEqual([]);
  });

  it('a visitor sees the published report only, and no form', async () => {
    const visitor = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      await visitor.goto(baseUrl);
      await openProject(visitor, projectId);
      await expect.poll(() => events(visitor, 'progress').count(), { timeout: 15_000 }).toBe(1);
      expect(await events(visitor, 'history').count()).toBe(0);
      expect(await events(visitor, 'progress').first().getAttribute('data-reported-on')).toBe('2024-08-02');
      const text = (await visitor.getByTestId('project-timeline').textContent()) ?? '';
      expect(text).toContain('۱۲ مرداد ۱۴۰۳');
      expect(text).not.toContain('یادداشت درون‌سازمانی');
      expect(await visitor.getByTestId('progress-form').count()).toBe(0);
      expect(await visitor.getByTestId('timeline-published').count()).toBe(0);
      await visitor.getByTestId('project-timeline').scrollIntoViewIfNeeded();
      await visitor.screenshot({ path: `${artifacts}/timeline-visitor-fa.png` });
    } finally {
      await visitor.close();
    }
  });
});
