// Screenshots of every portal screen at 360 px, in Azerbaijani and Russian, as the demo survivor,
// for people to look at: `npx tsx bench/screenshots.ts [out dir]` (default /tmp/shots/portal).
// Needs apps/api/dist and apps/portal/dist, and Chromium (CHROMIUM_PATH, default /usr/bin/chromium).
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { DEMO_SURVIVOR, startBuiltApi } from './built-api';

const out = process.argv[2] ?? '/tmp/shots/portal';
fs.mkdirSync(out, { recursive: true });
const server = await startBuiltApi();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
const LOADED = 'main h2, main .rv-state--empty, main [role="alert"]';
const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(out, `${name}.png`), fullPage: true });

try {
  for (const language of ['az', 'ru'] as const) {
    const context = await browser.newContext({
      viewport: { width: 360, height: 780 },
      deviceScaleFactor: 1,
      isMobile: true,
      hasTouch: true,
    });
    await context.addInitScript((lng) => {
      localStorage.setItem('revolve.portal.language', lng);
    }, language);
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/sign-in`);
    await page.locator('input[name="phone"]').waitFor();
    await shot(page, `${language}-sign-in`);
    await page.goto(`${server.baseUrl}/first-time`);
    await page.locator('input[name="code"]').waitFor();
    await shot(page, `${language}-first-time-code`);
    await page.fill('input[name="phone"]', '+994500000009');
    await page.fill('input[name="code"]', '12345678');
    await page.click('button[type="submit"]');
    await page.locator('input[name="pinAgain"]').waitFor();
    await shot(page, `${language}-first-time-pin`);
    await page.goto(`${server.baseUrl}/sign-in`);
    await page.fill('input[name="phone"]', DEMO_SURVIVOR.phone);
    await page.fill('input[name="pin"]', DEMO_SURVIVOR.pin);
    await page.click('button[type="submit"]');
    await page.locator('nav').first().waitFor();
    for (const [name, url] of [
      ['home', '/'],
      ['schedule', '/schedule'],
      ['courses', '/courses'],
      ['my-data', '/my-data'],
      ['not-found', '/nowhere'],
    ] as const) {
      await page.goto(server.baseUrl + url);
      await page
        .locator(name === 'not-found' ? 'main h1' : LOADED)
        .first()
        .waitFor();
      // Let late queries (the case manager card) land before the picture.
      await page.waitForLoadState('networkidle');
      await shot(page, `${language}-${name}`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
console.log(`screenshots in ${out}`);
