// The map in Chromium for `pnpm bench --part scale`, run once with the 21 real projects and once with a
// million more: when the projects are visible after navigation, how long a 10-step drag takes to settle,
// and how long a click on a project takes to open its panel. The hooks are the ones #14 names
// (shared14.md): `data-idle` on the map (true on MapLibre's idle, false on movestart) and
// `data-testid=project-panel`; a web build without them is reported as not built, not timed wrongly.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';

export interface BrowserRun {
  /** Navigation → the map ready (counties and markers drawn) and idle, with the projects' data answered. */
  visibleMs: number | null;
  /** How the projects reached the map: tiles, the whole /api/projects document, or not at all. */
  projectsBy: 'tiles' | 'document' | 'none';
  /** The first mouse-down of the drag → the map idle again after the last step. */
  dragMs: number | null;
  /** The click on a project → the project panel shown. */
  clickMs: number | null;
  /** Responses of 400 and over, and requests that got no answer (aborted ones excepted). */
  failed: string[];
  notes: string[];
}

/** Which of the named hooks the built web app has: looked up in its bundles, not guessed from timeouts. */
export function webHooks(dist: string) {
  const assets = join(dist, 'assets');
  const js = readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(assets, f), 'utf8'))
    .join('\n');
  return { idle: js.includes('data-idle'), panel: js.includes('project-panel') };
}

type HooksHost = {
  __tavazon: {
    projectToScreen: (ll: [number, number]) => { x: number; y: number };
    jumpTo: (center: [number, number], zoom: number) => void;
    isIdle: () => boolean;
  };
};

const timeout = 120_000;

async function waitIdle(page: Page, useAttribute: boolean) {
  if (useAttribute) {
    await page.locator('[data-testid=map][data-idle=true]').waitFor({ timeout });
    return;
  }
  await page.waitForFunction(() => (globalThis as unknown as HooksHost).__tavazon?.isIdle(), undefined, {
    timeout,
    polling: 16,
  });
}

export async function browserRun(
  baseUrl: string,
  target: { lng: number; lat: number },
  hooks: { idle: boolean; panel: boolean },
): Promise<BrowserRun> {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--no-first-run',
    ],
  });
  const run: BrowserRun = {
    visibleMs: null,
    projectsBy: 'none',
    dragMs: null,
    clickMs: null,
    failed: [],
    notes: [],
  };
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    let projectsOk = false;
    page.on('response', (r) => {
      const path = new URL(r.url()).pathname;
      if (r.status() >= 400) run.failed.push(`${path} → ${r.status()}`);
      else if (path.startsWith('/tiles/projects/')) {
        projectsOk = true;
        run.projectsBy = 'tiles';
      } else if (path === '/api/projects' && run.projectsBy === 'none') {
        projectsOk = true;
        run.projectsBy = 'document';
      }
    });
    page.on('requestfailed', (r) => {
      const reason = r.failure()?.errorText ?? '';
      if (!reason.includes('ERR_ABORTED')) run.failed.push(`${new URL(r.url()).pathname} (${reason})`);
    });

    const t0 = performance.now();
    await page.goto(baseUrl);
    try {
      await page
        .locator('[data-testid=map][data-state=ready][data-counties-set=current]')
        .waitFor({ timeout });
      const until = performance.now() + timeout;
      while (!projectsOk && run.failed.length === 0 && performance.now() < until)
        await new Promise((r) => setTimeout(r, 50));
      await waitIdle(page, hooks.idle);
      if (projectsOk) run.visibleMs = performance.now() - t0;
      else run.notes.push('the projects never arrived');
    } catch (err) {
      run.notes.push(
        `the map was not ready within ${timeout / 1000} s (${(err as Error).message.split('\n')[0]})`,
      );
      return run;
    }
    if (!hooks.idle) run.notes.push('idle read from the test hook (`data-idle` not built)');

    // Ten steps of 40 px, each a frame the map must draw; the time runs until it is idle again.
    const box = (await page.getByTestId('map-canvas').boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    const t1 = performance.now();
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(x - i * 40, y - i * 10);
    await page.mouse.up();
    await page.waitForTimeout(20); // let MapLibre see the drag end before idle is asked
    await waitIdle(page, hooks.idle);
    run.dragMs = performance.now() - t1;

    if (!hooks.panel) {
      run.notes.push('the click is not timed: `data-testid=project-panel` is not built');
      return run;
    }
    const ll: [number, number] = [target.lng, target.lat];
    await page.evaluate((c) => (globalThis as unknown as HooksHost).__tavazon.jumpTo(c, 14), ll);
    await page.waitForTimeout(50);
    await waitIdle(page, hooks.idle);
    const at = await page.evaluate(
      (c) => (globalThis as unknown as HooksHost).__tavazon.projectToScreen(c),
      ll,
    );
    const t2 = performance.now();
    await page.mouse.click(at.x, at.y);
    try {
      await page.getByTestId('project-panel').waitFor({ timeout: 60_000 });
      run.clickMs = performance.now() - t2;
    } catch {
      run.notes.push('no project panel within 60 s of the click');
    }
    return run;
  } finally {
    await browser.close();
  }
}
