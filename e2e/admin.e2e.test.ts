// Staff in the admin app: sign in, see only what their role may use, sign out.
import { type Page } from 'playwright-core';
import { axeViolations, screenshot } from './support/browser';
import { useServerAndBrowser } from './support/harness';
import { signInToAdmin } from './support/sign-in';

const h = useServerAndBrowser();

function signIn(page: Page, username: string): Promise<void> {
  return signInToAdmin(page, h.server.baseUrl, username);
}

async function navLabels(page: Page): Promise<string[]> {
  return (await page.locator('nav a').allTextContents()).map((s) => s.trim()).filter(Boolean);
}

test('the sign-in screen passes axe', async () => {
  const context = await h.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(h.server.baseUrl + '/admin/');
  await page.locator('input[name="username"]').waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, 'admin-sign-in');
  await context.close();
});

test('an admin and a case manager see different navigation; deep links survive reload', async () => {
  const context = await h.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await signIn(page, 'admin');
  const adminNav = await navLabels(page);
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, 'admin-home');
  await context.close();

  const other = await h.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page2 = await other.newPage();
  await signIn(page2, 'manager.iom');
  const managerNav = await navLabels(page2);
  expect(managerNav.length).toBeGreaterThan(0);
  expect(adminNav.length).toBeGreaterThan(managerNav.length);
  // The SPA fallback serves client routes on reload.
  await page2.reload();
  await page2.locator('nav').first().waitFor();
  expect(await navLabels(page2)).toEqual(managerNav);
  await other.close();
});
