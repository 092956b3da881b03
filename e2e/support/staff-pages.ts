import { type BrowserContext, type Page } from 'playwright-core';
import { type Harness } from './harness';
import { signInToAdmin } from './sign-in';

/**
 * A sign-in for each staff member a test file plays: a fresh browser context (own cookies) per
 * call, signed in to the admin app at the given width; every context is closed after the file.
 * `prepare` sees the page before the sign-in (to watch its requests from the first one).
 */
export function useStaffPages(
  h: Harness,
): (username: string, width?: number, prepare?: (page: Page) => void) => Promise<Page> {
  const contexts: BrowserContext[] = [];
  afterAll(async () => {
    for (const c of contexts) await c.close();
  });
  return async (username, width = 1280, prepare) => {
    const context = await h.browser.newContext({ viewport: { width, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    prepare?.(page);
    await signInToAdmin(page, h.server.baseUrl, username);
    return page;
  };
}
