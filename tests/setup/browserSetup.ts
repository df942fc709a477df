import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type BrowserServer, chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';

/** Debian's Chromium, headless, with the flags that keep it from calling home (this machine has no network). */
export const chromiumPath = '/usr/bin/chromium';
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * One Chromium for every browser test file of the run, started on the first file's request: a launch
 * and its shutdown cost ≈ 1–2 s per file, and a run of integration tests only starts none. Files connect to
 * it (tests/browser/openBrowser.ts); each connection gets contexts of its own, and closing it closes
 * them, so files stay as isolated as with a browser each. If Chromium dies, the next request starts another.
 */
export default async function setup(project: TestProject) {
  let launching: Promise<BrowserServer> | undefined;
  const browser = () => {
    launching ??= chromium.launchServer({ executablePath: chromiumPath, args: chromiumArgs }).then(
      (server) => {
        server.on('close', () => {
          launching = undefined;
        });
        return server;
      },
      (err: Error) => {
        launching = undefined;
        throw err;
      },
    );
    return launching;
  };

  const broker = createServer((_req, res) => {
    browser().then(
      (server) => res.end(server.wsEndpoint()),
      (err: Error) => {
        res.statusCode = 503;
        res.end(
          `cannot start Chromium at ${chromiumPath} (install it: apt-get install chromium): ${err.message}`,
        );
      },
    );
  });
  await new Promise<void>((resolve) => broker.listen(0, '127.0.0.1', resolve));
  project.provide('browserBroker', `http://127.0.0.1:${(broker.address() as AddressInfo).port}/`);

  return async () => {
    await new Promise((resolve) => broker.close(resolve));
    const running = launching;
    launching = undefined;
    await running?.then((server) => server.close()).catch(() => {});
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Answers a Playwright endpoint of the run's shared Chromium (tests/setup/browserSetup.ts). */
    browserBroker: string;
  }
}
