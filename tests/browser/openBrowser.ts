import { type Browser, chromium, type Page } from 'playwright-core';

/** What a page did that a user would notice or that breaks the offline promise. */
export interface PageWatch {
  consoleErrors: string[];
  /** Requests to anywhere but the app's own server: the map must work offline. */
  offOrigin: string[];
  failedRequests: string[];
}

/**
 * Debian's Chromium, headless, with the flags that keep it from calling home (this machine has no
 * network), and a page whose console errors, foreign requests and failed requests are collected.
 */
export async function openBrowser(
  baseUrl: string,
  viewport: { width: number; height: number },
  options: { acceptDownloads?: boolean } = {},
): Promise<{ browser: Browser; page: Page; watch: PageWatch }> {
  const origin = new URL(baseUrl).origin;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
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
