import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { serve } from '@hono/node-server';
import type { Sql } from '@tavazon/data';
import { createApp } from '@tavazon/server';
import type { Browser, Locator, Page } from 'playwright-core';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createUser } from '../../server/src/users/createUser.ts';
import { openBrowser } from './openBrowser.ts';
import { signIn } from './signIn.ts';

// The monthly review loop in the built app (issue 11). A Zanjan planner records the Ijrud headquarters
// session of 1398/07/17 with three of its decisions (the minutes are in ../shared/data/iran/source-
// documents/texts/), each with its executing organisation and deadline; marks one done; the board shows
// another overdue under its organisation once its deadline has passed; the Ijrud briefing printed to PDF
// by Chromium holds the county's 15 projects and its open decisions (read back with pdftotext).
//
// "Today" must be 1398 for the deadlines to lie ahead and then pass: this test serves the built app from
// a server of its own, on the shared test database, whose clock it sets (AppOptions.clock).
const artifacts = fileURLToPath(new URL('../.artifacts/', import.meta.url));
const webRoot = fileURLToPath(new URL('../../web/dist/', import.meta.url));
const password = 'a-long-enough-test-password';
const IJRUD = 'osm-6554899';
const days = {
  /** 1398/07/20: the first deadline (07/28) is ahead. */
  before: new Date('2019-10-12T08:30:00Z'),
  /** 1398/07/29: the first deadline has passed. */
  after: new Date('2019-10-21T08:30:00Z'),
};

const organisations = {
  committee: { name: 'کمیته برنامه‌ریزی شهرستان ایجرود', kind: 'council' },
  consultants: { name: 'مهندسین مشاور آرتا نقشینه شهر', kind: 'private_firm' },
  bonyad: { name: 'اداره کل بنیاد مسکن انقلاب اسلامی استان زنجان', kind: 'government_agency' },
  farmandari: { name: 'فرمانداری شهرستان ایجرود', kind: 'government_agency' },
} as const;

// Decisions 2, 3 and 4 of the minutes («ج- مصوبات جلسه»), shortened.
const decisions = [
  {
    number: '۲',
    text: 'دستگاه‌های اجرایی عضو کمیته برنامه‌ریزی شهرستان نظر اصلاحی و تکمیلی را حداکثر تا ۱۳۹۸/۰۷/۲۸ به دبیرخانه کمیته برنامه‌ریزی شهرستان ایجرود ارسال نمایند',
    executing: organisations.committee.name,
    supporting: [organisations.farmandari.name],
    deadline: '۱۳۹۸/۰۷/۲۸',
  },
  {
    number: '۳',
    text: 'مهندسین مشاور پیش‌نویس دوم سند برنامه توسعه اقتصادی را حداکثر تا ۱۳۹۸/۰۸/۰۵ تهیه و به اداره کل بنیاد مسکن ارائه نمایند',
    executing: organisations.consultants.name,
    supporting: [organisations.bonyad.name],
    deadline: '۱۳۹۸/۰۸/۰۵',
  },
  {
    number: '۴',
    text: 'ویرایش دوم گزارش حداکثر تا ۱۳۹۸/۰۸/۱۰ در جلسه‌ای با حضور فرماندار و بخشداران حلب و مرکزی مطرح شود',
    executing: organisations.farmandari.name,
    supporting: [organisations.bonyad.name],
    deadline: '۱۳۹۸/۰۸/۱۰',
  },
];

/**
 * Shaping aside: pdftotext may give Arabic presentation forms, its own spacing, and mirrored brackets in
 * right-to-left lines; letters and digits in order are what must be there. The lam-alef ligature (لا) is
 * drawn right in the PDF but extracted by pdftotext in visual order (ال), so both count as one letter here.
 */
const comparable = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .replace(/لا|ال/g, '\uFEFB');

/** Picks the `nth` option whose text contains `text` (county names come as OSM writes them). */
async function selectContaining(select: Locator, text: string, nth: number) {
  const labels = (await select.locator('option').allTextContents()).filter((l) => l.includes(text));
  expect(labels.length).toBeGreaterThan(nth);
  await select.selectOption({ label: labels[nth]! });
}

async function axeIssues(page: Page) {
  // The page's own content; the shared header is the app shell's, checked with the map's pages.
  const result = await new AxeBuilder({ page: page as never }).include('.full-page').analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('the monthly review loop in the browser', () => {
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];
  let sql: Sql;
  let server: ReturnType<typeof serve>;
  let baseUrl = '';
  let now = days.before;
  let ijrudTitles: string[] = [];
  const username = `review-${Date.now().toString(36)}`;

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    sql = postgres(inject('databaseUrl'), { max: 1, onnotice: () => {} }) as unknown as Sql;
    let app: ReturnType<typeof createApp> | undefined;
    server = serve({ fetch: (req, env) => app!.fetch(req, env), port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    app = createApp({
      sql,
      engine: inject('engine'),
      webRoot,
      auth: { publicOrigins: [baseUrl] },
      clock: () => now,
    });
    await createUser(sql, {
      username,
      role: 'planner',
      provinces: ['IR-19'],
      password,
      display_name: 'کارشناس زنجان',
    });
    for (const o of Object.values(organisations)) {
      await sql`INSERT INTO organisation (name_fa, kind, province_code) VALUES (${o.name}, ${o.kind}, 'IR-19')`;
    }
    ijrudTitles = (
      await sql<{ title_fa: string }[]>`
        SELECT p.title_fa FROM project p JOIN admin_unit u ON u.id = p.county_id
        WHERE u.code = ${IJRUD} AND p.created_by IS NULL AND NOT p.archived ORDER BY p.id`
    ).map((r) => r.title_fa);
    ({ browser } = await openBrowser(baseUrl, { width: 1366, height: 900 }));
    // axe-core's runner needs a page of a context of our own (browser.newPage() pages are refused).
    page = await (await browser.newContext({ viewport: { width: 1366, height: 900 } })).newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(`page error: ${error.message}`));
  });

  afterAll(async () => {
    await browser?.close();
    await sql`DELETE FROM meeting WHERE province_code = 'IR-19'`;
    await sql`DELETE FROM organisation WHERE name_fa IN ${sql(Object.values(organisations).map((o) => o.name))}`;
    await (sql as unknown as { end: (o: object) => Promise<void> }).end({ timeout: 5 });
    await new Promise((resolve) => server.close(resolve));
  });

  it('records the Ijrud meeting, marks a decision done, and shows the overdue one under its organisation', async () => {
    expect(ijrudTitles).toHaveLength(15);
    await page.goto(`${baseUrl}/review/IR-19/1398-07`);
    await signIn(page, username, password);
    await page.getByTestId('review-board').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('overdue-decision').count()).toBe(0);
    expect(await axeIssues(page)).toEqual([]);

    await page.getByTestId('meeting-new').click();
    const form = page.getByTestId('meeting-form');
    await form.getByTestId('meeting-held-on').fill('۱۳۹۸/۰۷/۱۷');
    await form.getByTestId('meeting-body').fill('ستاد فرماندهی اقتصاد مقاومتی استان');
    await form.getByTestId('meeting-title').fill('بررسی سند راهبردی توسعه شهرستان ایجرود');
    for (const name of [organisations.bonyad.name, organisations.farmandari.name]) {
      await form.getByTestId('meeting-present-add').selectOption({ label: name });
    }
    await form.getByTestId('meeting-absent-add').selectOption({ label: organisations.consultants.name });
    await selectContaining(form.getByTestId('meeting-agenda-counties-add'), 'ایجرود', 0);
    for (const [i, d] of decisions.entries()) {
      if (i > 0) await form.getByTestId('decision-add').click();
      const block = form.getByTestId('decision-form').nth(i);
      await block.getByTestId('decision-number').fill(d.number);
      await block.getByTestId('decision-text').fill(d.text);
      await block.getByTestId('decision-executing').selectOption({ label: d.executing });
      for (const s of d.supporting)
        await block.getByTestId('decision-supporting-add').selectOption({ label: s });
      await block.getByTestId('decision-deadline').fill(d.deadline);
      // Each decision follows up one of Ijrud's projects, so the county's briefing lists it.
      await selectContaining(block.getByTestId('decision-projects-add'), 'ایجرود', i);
    }
    expect(await axeIssues(page)).toEqual([]);
    await page.screenshot({ path: `${artifacts}/review-meeting-form-fa.png`, fullPage: true });
    await form.getByTestId('meeting-save').click();

    // The meeting's page: three decisions with their organisations and deadlines, in Persian digits.
    await page.getByTestId('meeting').waitFor({ timeout: 30_000 });
    const shown = page.getByTestId('decision');
    await expect.poll(() => shown.count()).toBe(3);
    expect(await shown.nth(0).textContent()).toContain(organisations.committee.name);
    expect(await shown.nth(0).textContent()).toContain('۱۳۹۸/۰۷/۲۸');
    const stored = await sql<{ number: number; deadline: string; executing: string }[]>`
      SELECT d.number, to_char(d.deadline, 'YYYY-MM-DD') AS deadline, o.name_fa AS executing
      FROM decision d JOIN organisation o ON o.id = d.executing_org_id JOIN meeting m ON m.id = d.meeting_id
      WHERE m.province_code = 'IR-19' ORDER BY d.number`;
    expect(stored).toEqual([
      { number: 2, deadline: '2019-10-20', executing: organisations.committee.name },
      { number: 3, deadline: '2019-10-27', executing: organisations.consultants.name },
      { number: 4, deadline: '2019-11-01', executing: organisations.farmandari.name },
    ]);

    // Decision 4 is done.
    await page
      .locator('[data-testid=decision-actions][data-number="4"] [data-testid=decision-toggle]')
      .click();
    await expect
      .poll(() => page.locator('[data-testid=decision][data-number="4"]').getAttribute('data-status'), {
        timeout: 15_000,
      })
      .toBe('done');
    expect(await axeIssues(page)).toEqual([]);
    await page.screenshot({ path: `${artifacts}/review-meeting-fa.png`, fullPage: true });

    // On 1398/07/20 decision 2 is due this month, nothing overdue.
    await page.getByTestId('back-to-board').click();
    await page.getByTestId('review-board').waitFor();
    await expect.poll(() => page.getByTestId('due-decision').count(), { timeout: 15_000 }).toBe(1);
    expect(await page.getByTestId('overdue-decision').count()).toBe(0);

    // Once its deadline has passed (1398/07/29), decision 2 is overdue under its executing organisation.
    now = days.after;
    await page.reload();
    await page.getByTestId('review-board').waitFor({ timeout: 30_000 });
    const group = page.getByTestId('overdue-organisation');
    await expect.poll(() => group.count(), { timeout: 15_000 }).toBe(1);
    expect(await group.locator('h4').textContent()).toContain(organisations.committee.name);
    expect(await group.getByTestId('overdue-decision').getAttribute('data-number')).toBe('2');
    expect(await page.locator('[data-testid=overdue-decision][data-number="4"]').count()).toBe(0);
    expect(await axeIssues(page)).toEqual([]);
    await page.screenshot({ path: `${artifacts}/review-board-fa.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${artifacts}/review-board-phone-fa.png`, fullPage: true });
    await page.setViewportSize({ width: 1366, height: 900 });
  });

  it('prints the Ijrud briefing to PDF with its 15 projects and its open decisions', async () => {
    await page.goto(`${baseUrl}/briefing/${IJRUD}`);
    await page.getByTestId('briefing').waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByTestId('briefing-project').count()).toBeGreaterThanOrEqual(15);
    expect(await page.getByTestId('briefing-decision').count()).toBe(2);
    expect(await axeIssues(page)).toEqual([]);
    await page.screenshot({ path: `${artifacts}/briefing-fa.png`, fullPage: true });

    const pdfPath = `${artifacts}/briefing-ijrud-fa.pdf`;
    writeFileSync(pdfPath, await page.pdf({ format: 'A4', printBackground: true }));
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    const plain = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' });
    const pdf = comparable(`${text}\n${plain}`);
    const missing = ijrudTitles.filter((t) => !pdf.includes(comparable(t)));
    expect(missing).toEqual([]);
    for (const d of decisions.slice(0, 2)) expect(pdf).toContain(comparable(d.text.slice(0, 40)));
    expect(pdf).not.toContain(comparable(decisions[2]!.text.slice(0, 40)));
    // Only the briefing is printed: not the header with the signed-in name, nor the page's buttons.
    expect(pdf).not.toContain(comparable('کارشناس زنجان'));
    expect(pdf).toContain(comparable('ایجرود'));

    // English on request.
    await page.getByTestId('briefing-language').click();
    await expect.poll(() => page.locator('.briefing-title').textContent()).toContain('Briefing on');
    await page.screenshot({ path: `${artifacts}/briefing-en.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${artifacts}/briefing-phone-en.png`, fullPage: true });
    await page.getByTestId('briefing-language').click();
    expect(consoleErrors).toEqual([]);
  });
});
