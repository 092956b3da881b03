import { type Page } from 'playwright-core';

export const DEMO_PASSWORD = 'demo-password';
export const DEMO_SURVIVOR = { phone: '+994500000001', pin: '135790' };

/** Staff sign-in on the admin app; resolves once the navigation is there. */
export async function signInToAdmin(page: Page, baseUrl: string, username: string): Promise<void> {
  await page.goto(baseUrl + '/admin/');
  await page.locator('input[name="username"]').waitFor();
  await page.fill('input[name="username"]', username);
  await page.fill('input[name="password"]', DEMO_PASSWORD);
  await page.click('button[type="submit"]');
  await page.locator('nav').first().waitFor();
}

/** A survivor's sign-in on the portal; resolves once the greeting is there. */
export async function signInToPortal(
  page: Page,
  baseUrl: string,
  { phone, pin } = DEMO_SURVIVOR,
): Promise<void> {
  await page.goto(baseUrl + '/sign-in');
  await page.fill('input[name="phone"]', phone);
  await page.fill('input[name="pin"]', pin);
  await page.click('button[type="submit"]');
  await page.locator('h1', { hasText: 'Salam' }).waitFor();
}
