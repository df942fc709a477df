/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The functions handed to page.evaluate run in the page: they are typed with the DOM.
import type { Browser, Page } from 'playwright-core';
import type { Official } from './officialForViews.ts';
import { connectBrowser } from './openBrowser.ts';

// Every view of the app a visitor or an official can reach, in a table, so that a new view is one more row
// for the tests that walk them all (accessibility.test.ts, language.test.ts).

export type Lang = 'fa' | 'en';

export interface PortalView {
  name: string;
  /**
   * The page's path (and search); `{project}` is replaced by a published project's id, `{meeting}` and
   * `{organisation}` by those of officialsForViews.
   */
  path: string;
  /** Waits until the view shows what it is for, and opens what must be opened (a dialog). */
  ready: (page: Page) => Promise<void>;
  /** A phone's screen instead of a desktop's. */
  viewport?: { width: number; height: number };
  /** An official's page: the walk signs in (an admin, officialsForViews) before it waits for the view. */
  signedIn?: true;
  /** A page shown instead of the map (the review, the briefing, the organisations), which hides the map. */
  fullPage?: true;
}

const phone = { width: 390, height: 844 };

const wait = { timeout: 90_000 };
export const ijrud = 'osm-6554899';
const census = 'indicator=unemployment_rate&set=census-1395&period=1395';

export const mapReady = (page: Page) => page.locator('[data-testid=map][data-state=ready]').waitFor(wait);
const visible = (page: Page, testId: string) => page.getByTestId(testId).first().waitFor(wait);

export const portalViews: PortalView[] = [
  { name: 'map', path: '/', ready: (page) => visible(page, 'analysis-panel') },
  {
    name: 'map with an indicator',
    path: '/?indicator=population&set=current&period=1395',
    ready: async (page) => {
      await visible(page, 'analysis-panel');
      await visible(page, 'legend-fold');
    },
  },
  {
    name: 'balance tab',
    path: `/analysis/balance?${census}&scope=IR-19`,
    ready: (page) => visible(page, 'balance-panel'),
  },
  {
    name: 'composite tab',
    path: `/analysis/composite?${census}&ci=unemployment_rate,higher_education_share`,
    ready: (page) => visible(page, 'ranking-table'),
  },
  {
    name: 'compare tab',
    path: `/analysis/compare?${census}&compare=higher_education_share`,
    ready: (page) => visible(page, 'compare-map'),
  },
  { name: 'registry', path: '/registry', ready: (page) => visible(page, 'registry-count') },
  {
    name: 'county page',
    path: `/county/current/${ijrud}`,
    ready: async (page) => {
      await visible(page, 'county-panel');
      await page.getByTestId('project-item').first().waitFor(wait);
    },
  },
  { name: 'project page', path: '/project/{project}', ready: (page) => visible(page, 'project-details') },
  {
    name: 'sign-in dialog',
    path: '/',
    ready: async (page) => {
      await page.getByTestId('sign-in').click();
      await visible(page, 'sign-in-dialog');
    },
  },
  {
    name: 'map as a table',
    path: '/?indicator=population&set=current&period=1395',
    ready: async (page) => {
      await page.getByTestId('map-table-toggle').click();
      await page.locator('[data-testid=map-table-rows] tbody tr').first().waitFor(wait);
    },
  },
  {
    name: 'phone: map with the menu and the legend open',
    path: '/?indicator=population&set=current&period=1395',
    viewport: phone,
    ready: async (page) => {
      await page.getByTestId('legend-fold-chip').click();
      await page.getByTestId('header-menu-button').click();
      await page.getByTestId('indicator-select').waitFor({ state: 'visible' });
    },
  },
  {
    name: 'phone: county page',
    path: `/county/current/${ijrud}`,
    viewport: phone,
    ready: async (page) => {
      await visible(page, 'county-panel');
      await page.getByTestId('project-item').first().waitFor(wait);
    },
  }, // The portal's other pages, and the officials' (signed in).
  {
    name: 'downloads',
    path: '/downloads',
    ready: async (page) => {
      await visible(page, 'downloads');
      await visible(page, 'download');
    },
  },
  { name: 'province page', path: '/province/IR-19', ready: (page) => visible(page, 'province-panel') },
  {
    name: 'phone: province page',
    path: '/province/IR-19',
    viewport: phone,
    ready: (page) => visible(page, 'province-panel'),
  },
  {
    name: 'workspace',
    path: '/workspace?wp=IR-10',
    signedIn: true,
    ready: (page) => visible(page, 'workspace-panel'),
  },
  {
    name: 'review board',
    path: '/review/IR-19/1398-07',
    signedIn: true,
    fullPage: true,
    ready: async (page) => {
      await visible(page, 'review-board');
      await visible(page, 'board-meeting');
    },
  },
  {
    name: 'meeting',
    path: '/meetings/{meeting}',
    signedIn: true,
    fullPage: true,
    ready: (page) => visible(page, 'meeting'),
  },
  {
    name: 'briefing',
    path: `/briefing/${ijrud}`,
    signedIn: true,
    fullPage: true,
    ready: async (page) => {
      await visible(page, 'briefing');
      await visible(page, 'briefing-project');
    },
  },
  {
    name: 'organisations',
    path: '/organisations',
    signedIn: true,
    fullPage: true,
    ready: (page) => visible(page, 'organisation-row'),
  },
  {
    name: 'organisation',
    path: '/organisations/{organisation}',
    signedIn: true,
    fullPage: true,
    ready: (page) => visible(page, 'organisation'),
  },
  {
    name: 'moderation',
    path: '/moderation',
    signedIn: true,
    ready: (page) => visible(page, 'moderation-queue'),
  },
];

/** A published project of Ijrud (the county page's first), for the project page's path. */
export async function firstProjectId(baseUrl: string): Promise<number> {
  const response = await fetch(new URL('/api/projects?province=IR-19', baseUrl));
  const body = (await response.json()) as { features: { properties: { id: number; county?: string } }[] };
  const project = body.features.find((f) => f.properties.county === ijrud) ?? body.features[0];
  if (!project) throw new Error('no published project in Zanjan');
  return project.properties.id;
}

/** The run's shared Chromium (a connection of this file's own, see openBrowser.ts). */
export function launch(): Promise<Browser> {
  return connectBrowser();
}

/**
 * A page in the given language (the app keeps the choice in localStorage). `bypassCSP` lets axe-core,
 * which compiles its checks with `new Function`, run under the app's CSP (which forbids eval).
 */
export async function openPage(
  browser: Browser,
  lang: Lang,
  viewport = { width: 1366, height: 900 },
): Promise<Page> {
  const context = await browser.newContext({ viewport, bypassCSP: true });
  await context.addInitScript((l) => {
    try {
      localStorage.setItem('tavazon.lang', l);
    } catch {
      // about:blank has no storage; the app's pages do.
    }
  }, lang);
  return context.newPage();
}

/** What the paths name: a published project, and the officials' meeting and organisation. */
export interface ViewFixtures {
  project: number;
  official: Official;
}

export async function openView(page: Page, baseUrl: string, view: PortalView, fixtures: ViewFixtures) {
  if (view.viewport) await page.setViewportSize(view.viewport);
  const { official } = fixtures;
  const path = view.path
    .replace('{project}', String(fixtures.project))
    .replace('{meeting}', String(official.meeting))
    .replace('{organisation}', String(official.organisation));
  if (view.signedIn) {
    // Signed in through the API into the page's own cookie jar: the session cookie then opens the page. (The
    // header's dialog is what the other browser tests sign in with; here it cost a whole map load per view.)
    const res = await page.request.post(new URL('/api/auth/login', baseUrl).href, {
      data: { username: official.username, password: official.password },
    });
    if (!res.ok()) throw new Error(`the view walk's sign-in: ${res.status()} ${await res.text()}`);
  }
  await page.goto(new URL(path, baseUrl).href);
  if (!view.fullPage) await mapReady(page);
  await view.ready(page);
  // Lazy panels and fonts settle; the map idles.
  await page.waitForFunction(
    () => (globalThis as unknown as { __tavazon?: { isIdle: () => boolean } }).__tavazon?.isIdle() ?? true,
    undefined,
    wait,
  );
}
