// A survivor on a 360 px phone: the portal loads in Azerbaijani, signs in with phone and PIN,
// and every screen passes axe (WCAG 2.2 AA).
import { axeViolations, PHONE, screenshot } from './support/browser';
import { useServerAndBrowser } from './support/harness';

const h = useServerAndBrowser();

test('start-up prints the way in: URLs and demo sign-ins', () => {
  const out = h.server.output();
  expect(out).toContain('/admin');
  expect(out).toContain('+994500000001');
  expect(out).toContain('manager.iom');
});

test('a survivor signs in with phone and PIN and is greeted by name, in Azerbaijani', async () => {
  const context = await h.browser.newContext(PHONE);
  const page = await context.newPage();
  await page.goto(h.server.baseUrl + '/');
  await page.locator('input[name="phone"]').waitFor();
  expect(await page.getAttribute('html', 'lang')).toBe('az');
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, 'portal-sign-in');

  await page.fill('input[name="phone"]', '+994500000001');
  await page.fill('input[name="pin"]', '135790');
  await page.click('button[type="submit"]');
  const heading = page.locator('h1', { hasText: 'Salam' });
  await heading.waitFor();
  expect(await heading.textContent()).toMatch(/^Salam, .+!$/);
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, 'portal-home');

  // Nothing sideways to scroll on a 360 px screen.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await context.close();
});

test('a wrong PIN is refused with a message, and the survivor stays on sign-in', async () => {
  const context = await h.browser.newContext(PHONE);
  const page = await context.newPage();
  await page.goto(h.server.baseUrl + '/');
  await page.fill('input[name="phone"]', '+994500000001');
  await page.fill('input[name="pin"]', '000000');
  await page.click('button[type="submit"]');
  const alert = page.locator('[role="alert"]');
  await alert.first().waitFor();
  expect((await alert.first().textContent())?.length).toBeGreaterThan(10);
  expect(await page.locator('input[name="pin"]').count()).toBe(1);
  await context.close();
});
