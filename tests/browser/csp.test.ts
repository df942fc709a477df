import { afterAll, describe, expect, inject, it } from 'vitest';
import { openBrowser } from './openBrowser.ts';

// The Content-Security-Policy must not break the app: the map (MapLibre and its worker, deck.gl), the
// fonts, the sign-in form and a county's panel load with no violation reported.
const baseUrl = process.env.TAVAZON_BASE_URL || inject('baseUrl');

describe('the security headers in a browser', () => {
  let close = async () => {};
  afterAll(() => close());

  it('loads the app and draws the map with no Content-Security-Policy violation', async () => {
    const { browser, page, watch } = await openBrowser(baseUrl, { width: 1280, height: 800 });
    close = () => browser.close();
    const violations: string[] = [];
    await page.exposeFunction('__reportViolation', (v: string) => violations.push(v));
    // Source text: this project's types have no DOM.
    await page.addInitScript({
      content: `document.addEventListener('securitypolicyviolation', (e) => __reportViolation(
        e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' (' + e.sourceFile + ':' + e.lineNumber + ')'));`,
    });
    const response = await page.goto(baseUrl);
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response?.headers()['x-content-type-options']).toBe('nosniff');
    await page
      .locator('[data-testid=map][data-state=ready][data-counties-set=current]')
      .waitFor({ timeout: 90_000 });
    await page.waitForTimeout(1000);
    expect(violations).toEqual([]);
    expect(watch.consoleErrors.filter((e) => /Content.Security.Policy|Refused to/i.test(e))).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });
});
