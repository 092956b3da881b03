// Every portal screen, as the demo survivor, passes axe (WCAG 2.0 A to 2.2 AA) on a 360 px phone,
// with forced colours, with reduced motion, and has nothing to scroll sideways at 200% text.
import { type BrowserContextOptions, type Page } from 'playwright-core';
import { axeViolations, PHONE, screenshot } from './support/browser';
import { useServerAndBrowser } from './support/harness';
import { signInToPortal } from './support/sign-in';

const h = useServerAndBrowser();

const VARIANTS: [string, BrowserContextOptions][] = [
  ['phone', PHONE],
  ['forced-colours', { ...PHONE, forcedColors: 'active' }],
  ['reduced-motion', { ...PHONE, reducedMotion: 'reduce' }],
];

// Each screen and something that only shows once it has loaded (a loan, or no loan yet).
const LOADED = 'main h2, main .rv-state--empty, main [role="alert"]';
const SCREENS = [
  { name: 'home', path: '/', ready: LOADED },
  { name: 'schedule', path: '/schedule', ready: LOADED },
  { name: 'my-data', path: '/my-data', ready: 'main h2' },
  { name: 'not-found', path: '/nowhere', ready: 'main h1' },
  { name: 'first-time', path: '/first-time', ready: 'input[name="code"]' },
];

function signIn(page: Page): Promise<void> {
  return signInToPortal(page, h.server.baseUrl);
}

async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

describe.each(VARIANTS)('portal screens, %s', (variant, options) => {
  let page: Page;

  beforeAll(async () => {
    const context = await h.browser.newContext(options);
    page = await context.newPage();
  });

  afterAll(async () => {
    await page?.context().close();
  });

  test('sign-in passes axe', async () => {
    await page.goto(h.server.baseUrl + '/sign-in');
    await page.locator('input[name="phone"]').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `portal-${variant}-sign-in`);
    await signIn(page);
  });

  test.each(SCREENS)('$name passes axe and fits at 200% text', async ({ name, path, ready }) => {
    await page.goto(h.server.baseUrl + path);
    await page.locator(ready).first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `portal-${variant}-${name}`);
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    if (variant === 'phone') await screenshot(page, `portal-${variant}-${name}-200`);
  });
});

test('the home screen shows the same next payment the API reports', async () => {
  const context = await h.browser.newContext(PHONE);
  const page = await context.newPage();
  await signIn(page);
  const api = await page.evaluate(async () => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      body: JSON.stringify({
        query: '{ myLoans { status nextInstalment { dueDate principalDue { amount } } } }',
      }),
    });
    return (await response.json()) as {
      data?: {
        myLoans: {
          status: string;
          nextInstalment: { dueDate: string; principalDue: { amount: string } } | null;
        }[];
      };
    };
  });
  expect(api.data?.myLoans).toBeDefined();
  await page.locator(LOADED).first().waitFor();
  const active = api.data?.myLoans.find((loan) => loan.status === 'ACTIVE');
  // Which loan the demo survivor has is the seed's business: home must agree with it either way.
  if (!active?.nextInstalment) {
    const expected = api.data?.myLoans.length ? 'main .rv-badge' : 'main .rv-state--empty';
    expect(await page.locator(expected).count()).toBe(1);
    await context.close();
    return;
  }
  const next = active.nextInstalment;
  expect(await page.locator(`[data-amount="${next.principalDue.amount}"]`).count()).toBeGreaterThan(
    0,
  );
  expect(await page.locator(`time[datetime="${next.dueDate}"]`).count()).toBeGreaterThan(0);
  await context.close();
});
