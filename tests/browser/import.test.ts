import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Sql } from '@tavazon/data';
import type { Browser, Page } from 'playwright-core';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createUser } from '../../server/src/users/createUser.ts';
import { openBrowser, type PageWatch } from './openBrowser.ts';
import { signIn } from './signIn.ts';

// A Zanjan planner imports projects from a file in the built app: a broken CSV is previewed with every
// defect named by row and column (and the valid Persian- and Arabic-digit rows not flagged), the commit
// stays disabled and nothing is written; then a clean file is previewed, committed and found in the
// database, each project's history saying `imported`. Needs `pnpm --filter @tavazon/web build` first.
const baseUrl = process.env.TAVAZON_BASE_URL || inject('baseUrl');
const artifacts = fileURLToPath(new URL('../.artifacts/', import.meta.url));
const zanjan = 'IR-19';
const tehran = 'IR-23';
const password = 'a-long-enough-test-password';
const tag = `آزمون ${randomBytes(3).toString('hex')}`;

interface County {
  properties: { code: string; name_fa: string; label: [number, number] };
}

const persian = (s: string) => s.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!).replace('.', '٫');
const arabic = (s: string) => s.replace(/\d/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)]!).replace('.', '٫');

const header = [
  'title_fa',
  'title_en',
  'sector',
  'status',
  'lat',
  'lng',
  'start_date',
  'end_date',
  'progress',
];
// No value below holds a comma, a quote or a line break, so plain joining is valid CSV.
const csvOf = (rows: string[][]) => `${[header, ...rows].map((r) => r.join(',')).join('\n')}\n`;

async function counties(province: string): Promise<County[]> {
  const res = await fetch(new URL(`/api/counties?set=current&province=${province}`, baseUrl));
  expect(res.status).toBe(200);
  const body = (await res.json()) as { features: County[] };
  return body.features.sort((a, b) => a.properties.code.localeCompare(b.properties.code));
}

/** The rows of a table as the user sees them, with the row and column the dialog marks them with. */
const tableRows = (page: Page, testId: string) =>
  page
    .getByTestId(testId)
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => ({
        row: Number(tr.getAttribute('data-row')),
        column: tr.getAttribute('data-column'),
        cells: [...tr.querySelectorAll('td')].map((td) => td.textContent ?? ''),
      })),
    );

describe('project import dialog', () => {
  let browser: Browser;
  let page: Page;
  let watch: PageWatch;
  let sql: Sql;
  const username = `importer-${randomBytes(4).toString('hex')}`;
  let zanjanCounties: County[];

  const projectCount = async () => (await sql<{ n: number }[]>`SELECT count(*)::int AS n FROM project`)[0]!.n;
  // Count and checksum of every project row: equal means nothing at all was written, not just no new row.
  const projectChecksum = async () =>
    (
      await sql<{ n: number; sum: string }[]>`
        SELECT count(*)::int AS n, md5(coalesce(string_agg(p::text, '|' ORDER BY p.id), '')) AS sum
        FROM project p`
    )[0]!;

  /** The browser's session cookie and its CSRF token, for asking the API as the signed-in planner. */
  async function signedIn() {
    const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    const session = (await (
      await fetch(new URL('/api/auth/session', baseUrl), { headers: { cookie } })
    ).json()) as { csrfToken: string };
    return { cookie, 'x-csrf-token': session.csrfToken };
  }

  /** The API's own preview of a file, asked with the browser's session. */
  async function apiPreview(name: string, bytes: Buffer) {
    const form = new FormData();
    form.set('file', new Blob([new Uint8Array(bytes)], { type: 'text/csv' }), name);
    const res = await fetch(new URL('/api/projects/import?mode=preview', baseUrl), {
      method: 'POST',
      headers: await signedIn(),
      body: form,
    });
    expect(res.status).toBe(200);
    return (await res.json()) as {
      rows: number;
      valid: number;
      problemCount: number;
      problems: { row: number; column: string | null; reason: string; value?: string }[];
      sample: { row: number; county: string }[];
    };
  }

  async function choose(path: string) {
    await page.getByTestId('import-file').setInputFiles(path);
    await page.getByTestId('import-preview').click();
  }

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
    zanjanCounties = await counties(zanjan);
    expect(zanjanCounties.length).toBeGreaterThanOrEqual(3);
    ({ browser, page, watch } = await openBrowser(baseUrl, { width: 1280, height: 900 }));

    await page.goto(baseUrl);
    await page.locator('[data-testid=map][data-state=ready]').waitFor({ timeout: 90_000 });
    // The import lives in the project registry, for editors only.
    await page.getByTestId('view-projects').click();
    await page.getByTestId('registry-panel').waitFor();
    expect(await page.getByTestId('open-import').count(), 'visitors get no import button').toBe(0);
    await signIn(page, username, password);
    await page.getByTestId('open-import').waitFor({ timeout: 15_000 });
    await page.getByTestId('registry-province').selectOption(zanjan);
  });

  afterAll(async () => {
    await browser?.close();
    // The other browser tests find Zanjan's projects as loaded.
    if (sql) await sql`DELETE FROM project WHERE title_fa LIKE ${`${tag}%`}`;
    await (sql as unknown as { end: () => Promise<void> } | undefined)?.end();
  });

  it('names every defect of a broken file by row and column, and imports nothing', async () => {
    const [first, second] = zanjanCounties;
    const [lng, lat] = first!.properties.label.map(String) as [string, string];
    const [lng2, lat2] = second!.properties.label.map(String) as [string, string];
    const [outside] = await counties(tehran);
    const [tLng, tLat] = outside!.properties.label.map(String) as [string, string];
    // One defect per row (header = row 1); rows 5 and 6 are valid, written with Persian and Arabic-Indic digits.
    const rows = [
      ['', 'No title', 'energy', 'idea', lat, lng, '', '', ''],
      [`${tag} وضعیت ناشناخته`, '', 'energy', '<b>finished</b>', lat, lng, '', '', ''],
      [`${tag} تاریخ نادرست`, '', 'energy', 'study', lat, lng, 'بهار ۱۴۰۳', '', ''],
      [
        `${tag} نیروگاه خورشیدی`,
        'Solar plant',
        'energy',
        'study',
        persian(lat),
        persian(lng),
        '۱۴۰۲/۰۵/۱۲',
        '',
        '۴۰',
      ],
      [
        `${tag} سد خاکی`,
        '',
        'water',
        'execution',
        arabic(lat2),
        arabic(lng2),
        '١٤٠٣/٠١/١٥',
        '١٤٠٥/١٢/٢٩',
        '٧٥',
      ],
      [`${tag} بیرون از ایران`, '', 'energy', 'idea', '10', '10', '', '', ''],
      [`${tag} جابه‌جا`, '', 'energy', 'idea', lng, lat, '', '', ''],
      [`${tag} بخش ناشناخته`, '', 'space', 'idea', lat, lng, '', '', ''],
      [`${tag} پایان پیش از شروع`, '', 'energy', 'idea', lat, lng, '2025-05-01', '2024-01-01', ''],
      [`${tag} در تهران`, '', 'energy', 'idea', tLat, tLng, '', '', ''],
      [`${tag} نیروگاه خورشیدی`, 'Again', 'energy', 'idea', lat, lng, '', '', ''],
    ];
    const expected: [row: number, column: string, apiReason: RegExp, shownReason: RegExp][] = [
      [2, 'title_fa', /missing/, /عنوان فارسی ندارد/],
      [3, 'status', /unknown status/, /وضعیت ناشناخته/],
      [4, 'start_date', /not a date/, /تاریخ خوانا نیست/],
      [7, 'lat', /outside Iran/, /بیرون از ایران/],
      [8, 'lat', /look swapped/, /جابه‌جا نوشته شده‌اند/],
      [9, 'sector', /unknown sector/, /بخش ناشناخته/],
      [10, 'end_date', /before start_date/, /پیش از تاریخ شروع/],
      [11, 'lat', new RegExp(`${tehran}.*${zanjan} only`), new RegExp(`فقط در \u2066?${zanjan}`)],
      [12, 'title_fa', /duplicate of row 5\b/, /تکراری است: همان عنوانِ ردیف ۵/],
    ];
    const path = `${artifacts}/import-broken.csv`;
    writeFileSync(path, csvOf(rows));
    const before = await projectChecksum();

    await page.getByTestId('open-import').click();
    await page.getByTestId('import-dialog').waitFor();
    const help = (await page.getByTestId('import-dialog').textContent()) ?? '';
    for (const c of ['title_fa', 'sector', 'status', 'lat', 'lng']) expect(help).toContain(c);
    expect(help).toContain('تاریخ خورشیدی');
    expect(await page.getByTestId('import-preview').isDisabled(), 'nothing to preview yet').toBe(true);

    await choose(path);
    const summary = page.getByTestId('import-summary');
    await summary.waitFor({ timeout: 30_000 });
    expect(await summary.getAttribute('data-rows')).toBe('11');
    expect(await summary.getAttribute('data-valid')).toBe('2');
    expect(await summary.getAttribute('data-problems')).toBe(String(expected.length));
    expect(await summary.textContent()).toContain('۱۱');

    const shown = await tableRows(page, 'import-problems');
    const api = await apiPreview('import-broken.csv', readFileSync(path));
    // The dialog lists exactly what the API reports, in its order, and that is the hand-written list.
    expect(shown.map((r) => [r.row, r.column])).toEqual(api.problems.map((p) => [p.row, p.column]));
    expect(shown.map((r) => [r.row, r.column])).toEqual(expected.map(([row, column]) => [row, column]));
    for (const [i, [row, column, apiReason, shownReason]] of expected.entries()) {
      expect(api.problems[i]!.reason, `API, row ${row} ${column}`).toMatch(apiReason);
      const [rowCell, columnCell, reasonCell] = shown[i]!.cells;
      expect(rowCell, 'row numbers in Persian digits').toBe(persian(String(row)));
      expect(columnCell).toBe(column);
      expect(reasonCell, `shown reason, row ${row} ${column}`).toMatch(shownReason);
    }
    expect(
      api.problems.some((p) => p.row === 5 || p.row === 6),
      'Persian and Arabic digits are valid',
    ).toBe(false);
    expect(api.sample.map((s) => s.row)).toEqual([5, 6]);
    expect((await tableRows(page, 'import-sample')).map((r) => r.row)).toEqual([5, 6]);
    // A value from the file is text, never markup.
    expect(shown[1]!.cells[3]).toBe('<b>finished</b>');
    expect(await page.getByTestId('import-problems').locator('b').count()).toBe(0);

    expect(await page.getByTestId('import-commit').isDisabled(), 'no import while problems remain').toBe(
      true,
    );
    await page.getByTestId('import-dialog').screenshot({ path: `${artifacts}/import-preview.png` });
    await page.screenshot({ path: `${artifacts}/import-preview-page.png` });
    await page
      .locator('.import-table-wrap')
      .first()
      .evaluate((wrap) => wrap.scrollTo(0, wrap.scrollHeight));
    await page.getByTestId('import-dialog').screenshot({ path: `${artifacts}/import-preview-end.png` });
    expect(await projectChecksum()).toEqual(before);
    const [tagged] = await sql<{ n: number }[]>`
      SELECT count(*)::int AS n FROM project WHERE title_fa LIKE ${`${tag}%`}`;
    expect(tagged!.n).toBe(0);

    // A file the server cannot read as projects: its refusal is shown, and the old report is gone.
    const text = `${artifacts}/import-notes.txt`;
    writeFileSync(text, 'not a table of projects\n');
    await choose(text);
    const error = page.getByTestId('import-error');
    await error.waitFor({ timeout: 15_000 });
    expect(await error.getAttribute('data-status')).toBe('415');
    expect(await error.textContent()).toContain('این نوع پرونده پذیرفته نیست');
    expect(await error.textContent()).toContain('import-notes.txt');
    expect(await page.getByTestId('import-summary').count()).toBe(0);
    await page.getByTestId('import-dialog').screenshot({ path: `${artifacts}/import-refused.png` });
    expect(await projectChecksum()).toEqual(before);
  });

  it('imports a clean file, each project recorded as imported by the planner', async () => {
    const picked = zanjanCounties.slice(1, 3);
    const rows = picked.map((c, i) => {
      const [lng, lat] = c.properties.label;
      return [
        `${tag} پروژهٔ سالم ${i + 1}`,
        `Clean ${i + 1}`,
        ['tourism', 'industry'][i]!,
        'approved',
        `${lat}`,
        `${lng}`,
        '1403/07/01',
        '',
        '',
      ];
    });
    const path = `${artifacts}/import-clean.csv`;
    writeFileSync(path, csvOf(rows));
    const before = await projectCount();
    const note = 'ورود آزمایشی از پرونده';

    await page.getByTestId('import-dialog').locator('input:not([type=file])').fill(note);
    await choose(path);
    const summary = page.getByTestId('import-summary');
    await expect.poll(() => summary.getAttribute('data-rows'), { timeout: 30_000 }).toBe('2');
    expect(await summary.getAttribute('data-problems')).toBe('0');
    expect(await summary.getAttribute('data-valid')).toBe('2');
    expect(await page.getByTestId('import-problems').count()).toBe(0);
    const sample = await tableRows(page, 'import-sample');
    expect(sample.map((r) => r.cells[2])).toEqual(picked.map((c) => c.properties.name_fa));

    const commit = page.getByTestId('import-commit');
    expect(await commit.isDisabled()).toBe(false);
    expect(await commit.textContent()).toBe('وارد کردن ۲ پروژه');
    const registryCount = () => page.getByTestId('registry-count').getAttribute('data-count');
    const listed = Number(await registryCount());
    await commit.click();
    const result = page.getByTestId('import-result');
    await result.waitFor({ timeout: 30_000 });
    expect(await result.getAttribute('data-imported')).toBe('2');
    expect(await result.textContent()).toBe('۲ پروژه وارد شد.');
    await page.getByTestId('import-dialog').screenshot({ path: `${artifacts}/import-done.png` });
    // The registry behind the dialog (Zanjan) was told its projects changed and lists the two new ones.
    await expect.poll(registryCount, { timeout: 15_000 }).toBe(String(listed + 2));

    expect(await projectCount()).toBe(before + 2);
    const saved = await sql<
      { title_fa: string; county: string; action: string; note: string; username: string }[]
    >`
      SELECT p.title_fa, c.code AS county, h.action, h.note, u.username
      FROM project p
      JOIN admin_unit c ON c.id = p.county_id
      JOIN project_history h ON h.project_id = p.id
      JOIN app_user u ON u.id = h.actor_id
      WHERE p.title_fa LIKE ${`${tag} پروژهٔ سالم%`}
      ORDER BY p.title_fa`;
    expect(saved).toEqual(
      picked.map((c, i) => ({
        title_fa: `${tag} پروژهٔ سالم ${i + 1}`,
        county: c.properties.code,
        action: 'imported',
        note,
        username,
      })),
    );
  });

  it('refuses a commit overtaken by the registry (422), showing the fresh report and writing nothing', async () => {
    // A project added by someone else between preview and commit makes the previewed row a duplicate.
    const summary = page.getByTestId('import-summary');
    const commit = page.getByTestId('import-commit');
    await page.getByRole('button', { name: 'وارد کردن پرونده‌ای دیگر' }).click();
    const racedTitle = `${tag} همزمان`;
    const [lng, lat] = zanjanCounties[0]!.properties.label;
    const racedPath = `${artifacts}/import-raced.csv`;
    writeFileSync(racedPath, csvOf([[racedTitle, '', 'energy', 'idea', `${lat}`, `${lng}`, '', '', '']]));
    await choose(racedPath);
    await expect.poll(() => summary.getAttribute('data-problems'), { timeout: 30_000 }).toBe('0');
    expect(await summary.getAttribute('data-rows')).toBe('1');
    const created = await fetch(new URL('/api/projects', baseUrl), {
      method: 'POST',
      headers: { ...(await signedIn()), 'content-type': 'application/json' },
      body: JSON.stringify({
        title_fa: racedTitle,
        sector: 'energy',
        status: 'idea',
        location: { lng, lat },
      }),
    });
    expect(created.status).toBe(201);
    const unchanged = await projectChecksum();
    await commit.click();
    const refused = page.getByTestId('import-error');
    await refused.waitFor({ timeout: 30_000 });
    expect(await refused.getAttribute('data-status')).toBe('422');
    expect(await refused.textContent()).toContain('۱ مشکل پیدا شد؛ هیچ پروژه‌ای وارد نشد.');
    expect(await summary.getAttribute('data-problems')).toBe('1');
    const raced = await tableRows(page, 'import-problems');
    expect(raced.map((r) => [r.row, r.column])).toEqual([[2, 'title_fa']]);
    expect(raced[0]!.cells[2]).toMatch(/از پیش ثبت شده است/);
    expect(await commit.isDisabled()).toBe(true);
    expect(await page.getByTestId('import-result').count()).toBe(0);
    expect(await projectChecksum()).toEqual(unchanged);

    await page.getByTestId('import-dialog').locator('.import-close').click();
    await page.getByTestId('import-dialog').waitFor({ state: 'detached' });
  });

  it('reads left to right in English, the reasons reworded, with Latin digits', async () => {
    await page.getByTestId('language-switch').click();
    await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('ltr');
    await page.getByTestId('open-import').click();
    await choose(`${artifacts}/import-broken.csv`);
    await page.getByTestId('import-summary').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('import-summary').textContent()).toContain('11');
    const english = await tableRows(page, 'import-problems');
    expect(english.map((r) => r.cells[0])).toEqual(['2', '3', '4', '7', '8', '9', '10', '11', '12']);
    expect(english[4]!.cells[2]).toMatch(/^Latitude and longitude look swapped/);
    expect(await page.getByTestId('import-commit').textContent()).toBe('Import 2 projects');
    await page.getByTestId('import-dialog').screenshot({ path: `${artifacts}/import-preview-en.png` });
    await page.getByTestId('import-dialog').locator('.import-close').click();

    // The unreadable file's 415 and the raced commit's 422 are the refusals the test asked for; Chromium
    // logs each to the console.
    const asked = ['/api/projects/import?mode=preview → 415', '/api/projects/import?mode=commit → 422'];
    expect(watch.failedRequests.filter((r) => !asked.some((a) => r.endsWith(a)))).toEqual([]);
    expect(watch.failedRequests).toHaveLength(2);
    expect(watch.consoleErrors.filter((e) => !/status of (415|422)/.test(e))).toEqual([]);
    expect(watch.offOrigin).toEqual([]);
  });
});
