// Diagnosis only (not part of the bench): the resources of a throttled cold load, in order, up to the counties.
import { chromium } from 'playwright-core';

const base = process.argv[2] ?? 'http://127.0.0.1:8790/';
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Network.enable');
await cdp.send('Network.emulateNetworkConditions', {
  offline: false,
  latency: 150,
  downloadThroughput: 200_000,
  uploadThroughput: 93_750,
});
const t0 = performance.now();
await page.goto(base, { waitUntil: 'commit' });
await page.locator('[data-testid=map][data-counties-drawn=true]').waitFor({ timeout: 180_000 });
const drawn = performance.now() - t0;
const rows = await page.evaluate(() =>
  performance.getEntriesByType('resource').map((e) => {
    const r = e as PerformanceResourceTiming;
    return [
      r.name.replace(location.origin, ''),
      Math.round(r.startTime),
      Math.round(r.responseEnd),
      r.transferSize,
    ];
  }),
);
for (const r of rows) console.log(r.join('\t'));
console.log('drawn', Math.round(drawn));
await browser.close();
