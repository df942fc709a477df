import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Sql } from '@tavazon/data';
import { gini, theil } from '@tavazon/geo';
import type { Browser, Page } from 'playwright-core';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createUser } from '../../server/src/users/createUser.ts';
import { openBrowser, type PageWatch } from './openBrowser.ts';
import { signIn } from './signIn.ts';

// Issue 10's "Done means", in the built app on the real data: a planner of Isfahan builds a need score
// from four census criteria with entropy weights, reads the counties below the band ranked by gap with
// their rank ranges, drafts a scenario of three projects in the three neediest counties and submits it;
// an admin approves it; the projects are in the registry with their history; the printable scenario,
// printed to PDF by Chromium, has the Persian text (pdftotext). The figures are checked against the API
// and the Gini/Theil against geo; the pages have no serious or critical accessibility violations.
const baseUrl = process.env.TAVAZON_BASE_URL || inject('baseUrl');
const artifacts = fileURLToPath(new URL('../.artifacts/', import.meta.url));
const isfahan = 'IR-10';
const password = 'a-long-enough-test-password';
const criteria = [
  'unemployment_rate',
  'female_unemployment_rate',
  'higher_education_share',
  'dependency_ratio',
];
const suffix = randomBytes(3).toString('hex');
const scenarioName = `سناریوی پیشران اصفهان ${suffix}`;

/** GET or POST from inside the page, with its session cookie and CSRF token as the app sends them. */
async function api<T = any>(page: Page, path: string, body?: unknown): Promise<T> {
  return page.evaluate(
    async ({ path, body }) => {
      const session = (await (await fetch('/api/auth/session')).json()) as { csrfToken?: string };
      const res = await fetch(path, {
        method: body === undefined ? 'GET' : 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken ?? '' },
        body: body === undefined ? null : JSON.stringify(body),
      });
      return res.json();
    },
    { path, body },
  ) as Promise<T>;
}

/**
 * axe-core on the page at `path`, in a context of its own (AxeBuilder needs one it may open pages in)
 * carrying the session of `page`: no serious or critical violation.
 */
async function axe(page: Page, path: string, ready: string, what: string) {
  const context = await page.context().browser()!.newContext({ viewport: page.viewportSize()! });
  await context.addCookies(await page.context().cookies());
  const checked = await context.newPage();
  await checked.goto(new URL(path, baseUrl).href);
  await checked.locator(ready).first().waitFor({ timeout: 90_000 });
  const result = await new AxeBuilder({ page: checked as never }).analyze();
  await context.close();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    bad.map(
      (v) =>
        `${what}: ${v.id} (${v.impact}) ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    ),
  ).toEqual([]);
}

// pdftotext writes each line between bidi embedding marks and may put a hamza above (U+0654) before the
// letter it sits on; neither is the text.
const persianNormal = (s: string) =>
  s.normalize('NFKC').replace(/[\s\u200c\u200e\u200f\u202a-\u202e\u2066-\u2069\u0654]+/g, '');

describe('the officials’ workspace', () => {
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;
  let sql: Sql | undefined;
  const planner = `planner-${suffix}`;
  const admin = `admin-${suffix}`;
  let scenarioId = 0;
  let neediest: string[] = [];

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    sql = postgres(inject('databaseUrl'), { max: 1, onnotice: () => {} }) as unknown as Sql;
    await createUser(sql, { username: planner, role: 'planner', provinces: [isfahan], password });
    await createUser(sql, { username: admin, role: 'admin', provinces: [], password });
    ({ browser, page, watch } = await openBrowser(baseUrl, { width: 1366, height: 900 }));
  });

  afterAll(async () => {
    await browser?.close();
    if (sql) {
      await sql`DELETE FROM project WHERE scenario_id IN (SELECT id FROM scenario WHERE name = ${scenarioName})`;
      await sql`DELETE FROM scenario WHERE name = ${scenarioName}`;
      await (sql as unknown as { end: () => Promise<void> }).end();
    }
  });

  it('a planner of Isfahan ranks the counties below the band by gap, with their rank ranges', async () => {
    await page.goto(baseUrl);
    await page.locator('[data-testid=map][data-state=ready]').waitFor({ timeout: 90_000 });
    await signIn(page, planner, password);
    await page.getByTestId('view-workspace').click();
    await page.getByTestId('workspace-province').selectOption(isfahan);
    for (const code of criteria)
      expect(await page.getByTestId(`need-indicator-${code}`).isChecked()).toBe(true);
    await page.getByTestId('need-weighting').selectOption('entropy');
    await page.locator('[data-testid=gap-row][data-low]').first().waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('rank-order').textContent()).toBe('رتبهٔ ۱ = نیازمندترین شهرستان');

    const gap = await api(page, '/api/need/gap', {
      province: isfahan,
      indicators: criteria,
      weights: 'entropy',
    });
    const rows = await page.getByTestId('gap-row').evaluateAll((els) =>
      els.map((e) => ({
        code: e.getAttribute('data-code'),
        position: e.getAttribute('data-position'),
        low: Number(e.getAttribute('data-low')),
        high: Number(e.getAttribute('data-high')),
      })),
    );
    expect(rows.map((r) => r.code)).toEqual(gap.units.map((u: { code: string }) => u.code));
    const below = rows.filter((r) => r.position === 'below');
    expect(below.length).toBeGreaterThan(0);
    // Below the band first, each with a rank range.
    expect(rows.slice(0, below.length).every((r) => r.position === 'below')).toBe(true);
    for (const r of below) expect(r.low).toBeLessThanOrEqual(r.high);
    const stability = await api(page, '/api/need/stability', {
      province: isfahan,
      indicators: criteria,
      draws: 1000,
      seed: 1404,
      topK: Math.max(3, Math.round(gap.units.length / 10)),
    });
    const byCode = new Map(stability.units.map((u: { code: string }) => [u.code, u]));
    for (const r of below) expect(byCode.get(r.code)).toMatchObject({ low: r.low, high: r.high });
    neediest = [...gap.units]
      .sort((a: { rank: number }, b: { rank: number }) => a.rank - b.rank)
      .slice(0, 3)
      .map((u: { code: string }) => u.code);

    // The scatter and the table highlight each other: a row ringing its dot, the dot drawn last (on top of
    // any it overlaps) lighting its row.
    await page.locator(`[data-testid=gap-row][data-code="${neediest[0]}"]`).hover();
    await expect
      .poll(() => page.locator(`[data-testid=scatter-point][data-code="${neediest[0]}"]`).getAttribute('r'))
      .toBe('7');
    const last = gap.units.at(-1).code;
    await page.locator(`[data-testid=scatter-point][data-code="${last}"]`).hover();
    await expect
      .poll(() => page.locator(`[data-testid=gap-row][data-code="${last}"]`).getAttribute('class'))
      .toContain('row-hovered');
    await page.screenshot({ path: `${artifacts}/workspace-gap-1366-fa.png` });
    await axe(page, `/workspace?wp=${isfahan}`, '[data-testid=gap-row][data-low]', 'workspace');
  });

  it('drafts a scenario of three projects in the three neediest counties and submits it', async () => {
    await page.getByTestId('scenario-new').click();
    await page.getByTestId('scenario-name').fill(scenarioName);
    await page.getByTestId('fill-neediest').click();
    const titles = page.getByTestId('scenario-project-title');
    await expect.poll(() => titles.count()).toBe(3);
    for (let i = 0; i < 3; i++) await titles.nth(i).fill(`پروژهٔ پیشران ${i + 1} ${suffix}`);
    await page.getByTestId('scenario-project-investment').nth(0).fill('250');
    await page.getByTestId('scenario-project-jobs').nth(0).fill('120');
    const counties = await page
      .getByTestId('scenario-project-county')
      .evaluateAll((els) => els.map((e) => (e as unknown as { value: string }).value));
    expect(counties).toEqual(neediest);
    await page.getByTestId('scenario-save').click();
    await page.locator('[data-testid=scenario-editor][data-status=draft]').waitFor({ timeout: 30_000 });
    scenarioId = Number(new URL(page.url()).searchParams.get('ws'));
    expect(scenarioId).toBeGreaterThan(0);
    await page.getByTestId('scenario-submit').click();
    await page.locator('[data-testid=scenario-editor][data-status=submitted]').waitFor({ timeout: 30_000 });

    // The before/after figures as the page shows them are the API's, and its Gini/Theil are geo's.
    await page.locator('[data-testid=figures-below] [data-testid=figure-after]').waitFor();
    const figures = await api(page, `/api/scenarios/${scenarioId}/figures`);
    for (const position of ['below', 'within', 'above']) {
      const shown = await page
        .locator(`[data-testid=figures-${position}] [data-testid=figure-after]`)
        .getAttribute('data-value');
      expect(Number(shown)).toBe(figures.after.counts[position]);
      const before = await page
        .locator(`[data-testid=figures-${position}] [data-testid=figure-before]`)
        .getAttribute('data-value');
      expect(Number(before)).toBe(figures.before.counts[position]);
    }
    const density = figures.counties
      .map((c: { per_100k_after: number | null }) => c.per_100k_after)
      .filter((x: number | null) => x !== null);
    expect(figures.after.gini_active).toBeCloseTo(gini(density), 12);
    expect(figures.after.theil_active).toBeCloseTo(theil(density), 12);
    const money = figures.counties
      .map((c: { investment_per_capita_after: number | null }) => c.investment_per_capita_after)
      .filter((x: number | null) => x !== null);
    expect(figures.after.gini_investment).toBeCloseTo(gini(money), 12);
    expect(figures.after.theil_investment).toBeCloseTo(theil(money), 12);
    const shownGini = await page
      .locator('[data-testid=figures-gini_active] [data-testid=figure-after]')
      .getAttribute('data-value');
    expect(Number(shownGini)).toBeCloseTo(figures.after.gini_active, 12);
    // Three more active projects in the three neediest counties.
    for (const code of neediest) {
      const c = figures.counties.find((x: { code: string }) => x.code === code);
      expect(c.active_after - c.active_before).toBe(1);
    }
    await page.getByTestId('sign-out').click();
    await page.getByTestId('sign-in').waitFor();
  });

  it('an admin approves it: the projects are in the registry, approved, with their history', async () => {
    await signIn(page, admin, password);
    await page.goto(`${baseUrl}/workspace?wp=${isfahan}&ws=${scenarioId}`);
    await page.locator('[data-testid=scenario-editor][data-status=submitted]').waitFor({ timeout: 60_000 });
    await page.getByTestId('scenario-note').fill('با اولویت نخست تصویب شد');
    await page.getByTestId('scenario-approve').click();
    await page.locator('[data-testid=scenario-editor][data-status=approved]').waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByTestId('scenario-made-project').count()).toBe(3);
    const actions = await page
      .getByTestId('scenario-step')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-action')));
    expect(actions).toEqual(['created', 'submitted', 'approved']);

    const scenario = await api(page, `/api/scenarios/${scenarioId}`);
    for (const [i, p] of scenario.projects.entries()) {
      const project = await api(page, `/api/projects/${p.project_id}`);
      expect(project.properties).toMatchObject({ status: 'approved', county: neediest[i] });
      const timeline = await api(page, `/api/projects/${p.project_id}/timeline`);
      expect(timeline.events[0]).toMatchObject({ action: 'scenario', actor: admin });
      expect(timeline.events[0].note).toContain(scenarioName);
    }
    // The project's own page shows it.
    await page.goto(`${baseUrl}/project/${scenario.projects[0].project_id}`);
    await page.getByText(`پروژهٔ پیشران 1 ${suffix}`).first().waitFor({ timeout: 30_000 });
  });

  it('prints the scenario to a PDF with its Persian text', async () => {
    await page.goto(`${baseUrl}/workspace/print/${scenarioId}`);
    await page.locator('[data-testid=print-page][data-ready=true]').waitFor({ timeout: 90_000 });
    await axe(page, `/workspace/print/${scenarioId}`, '[data-testid=print-page][data-ready=true]', 'print');
    await page.screenshot({ path: `${artifacts}/workspace-print-1366-fa.png`, fullPage: true });
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const file = `${artifacts}/workspace-scenario-${scenarioId}.pdf`;
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    writeFileSync(`${artifacts}/workspace-scenario-${scenarioId}.txt`, text);
    const flat = persianNormal(text);
    const has = (words: string) => {
      const w = persianNormal(words);
      return flat.includes(w) || flat.includes([...w].reverse().join(''));
    };
    for (const words of ['پروژه‌های پیشنهادی', 'گردش تصویب', 'تصویب‌شده', 'معیارها و وزن‌ها', scenarioName]) {
      expect(has(words), `${words} in the PDF text:\n${text.slice(0, 800)}`).toBe(true);
    }
    // Printed on today's Solar Hijri date, in Persian digits («۱۱ آذر ۱۴۰۵»).
    const today = new Intl.DateTimeFormat('fa-IR-u-ca-persian', {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
    });
    const year = today.formatToParts(new Date()).find((p) => p.type === 'year')!.value;
    const month = today.formatToParts(new Date()).find((p) => p.type === 'month')!.value;
    expect(has(month), `month ${month}`).toBe(true);
    expect(has(year) || flat.includes(year.replace(/[^۰-۹]/g, '')), `year ${year}`).toBe(true);
    await page.emulateMedia({ media: 'screen' });
  });

  it('reads on a phone', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${baseUrl}/workspace?wp=${isfahan}&ws=${scenarioId}`);
    await page.locator('[data-testid=gap-row][data-low]').first().waitFor({ timeout: 60_000 });
    await page.screenshot({ path: `${artifacts}/workspace-390-fa.png` });
    await page.setViewportSize({ width: 1366, height: 900 });
    expect(watch.consoleErrors, watch.failedRequests.join('\n')).toEqual([]);
    expect(watch.offOrigin).toEqual([]);
  });
});
