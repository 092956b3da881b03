import { type Browser } from 'playwright-core';
import { launchChromium } from './browser';
import { startBuiltServer, type RunningServer } from './built-server';

export interface Harness {
  readonly server: RunningServer;
  readonly browser: Browser;
}

/**
 * One built server on a fresh database and one Chromium for the test file; both are started
 * before its tests and stopped after them.
 */
export function useServerAndBrowser(env: NodeJS.ProcessEnv = {}): Harness {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startBuiltServer(env);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (!value) throw new Error(`${what} is not started: use it inside a test`);
    return value;
  };
  return {
    get server() {
      return started(server, 'the server');
    },
    get browser() {
      return started(browser, 'the browser');
    },
  };
}
