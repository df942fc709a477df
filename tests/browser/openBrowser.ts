import { type Browser, chromium, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { chromiumArgs, chromiumPath } from '../setup/browserSetup.ts';

/** What a page did that a user would notice or that breaks the offline promise. */
export interface PageWatch {
  consoleErrors: string[];
  /** Requests to anywhere but the app's own server: the map must work offline. */
  offOrigin: string[];
  failedRequests: string[];
}

/**
 * A connection to the run's shared Chromium (tests/setup/browserSetup.ts); outside that setup, a Chromium
 * of its own. Closing it closes the contexts it opened (and the browser only when it is its own).
 */
export async function connectBrowser(): Promise<Browser> {
  const broker = inject('browserBroker');
  if (!broker) return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const answer = await fetch(broker);
  const text = await answer.text();
  if (!answer.ok) throw new Error(text);
  return chromium.connect(text);
}

/**
 * Debian's Chromium (the run's shared one, see connectBrowser), headless, and a page whose console errors, foreign requests and failed requests are collected.
 */
export async function openBrowser(
  baseUrl: string,
  viewport: { width: number; height: number },
  options: { acceptDownloads?: boolean } = {},
): Promise<{ browser: Browser; page: Page; watch: PageWatch }> {
  const origin = new URL(baseUrl).origin;
  const browser = await connectBrowser();
  const page = await browser.newPage({ viewport, acceptDownloads: options.acceptDownloads ?? false });
  const watch: PageWatch = { consoleErrors: [], offOrigin: [], failedRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') watch.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => watch.consoleErrors.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) {
      watch.offOrigin.push(request.url());
    }
  });
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? '';
    // A request the app cancels itself (a query superseded while zooming) is not a failure.
    if (!reason.includes('ERR_ABORTED')) watch.failedRequests.push(`${request.url()} (${reason})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) watch.failedRequests.push(`${response.url()} → ${response.status()}`);
  });
  return { browser, page, watch };
}
