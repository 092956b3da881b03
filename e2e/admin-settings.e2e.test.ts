// A programme admin: staff accounts and the audit log, against the built server.
import { type BrowserContext, type Page } from 'playwright-core';
import { axeViolations, screenshot } from './support/browser';
import { useServerAndBrowser } from './support/harness';
import { signInToAdmin } from './support/sign-in';

const h = useServerAndBrowser();
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  context = await h.browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  await signInToAdmin(page, h.server.baseUrl, 'admin');
});

afterAll(async () => {
  await context?.close();
});

test('creates a case manager, who then appears in the list', async () => {
  await page.getByRole('link', { name: 'Users and roles' }).click();
  await page.getByRole('table').waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, 'admin-users');

  await page.getByRole('button', { name: 'Add a staff member' }).click();
  await page.getByLabel(/^Username/).fill('rena.cm');
  await page.getByLabel(/^Name/).fill('Rəna Quliyeva');
  await page.getByLabel(/^Role/).selectOption('CASE_MANAGER');
  await page.getByLabel(/^First password/).fill('a long first password');
  await page.getByRole('button', { name: 'Create the account' }).click();
  // No district chosen: the form says so on the districts group.
  await page.getByText('Districts: a case manager needs at least one district.').waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, 'admin-users-create-errors');
  await page.getByLabel('Tartar').check();
  await page.getByRole('button', { name: 'Create the account' }).click();
  await page.getByText('The account of Rəna Quliyeva was created.').waitFor();
  await page.getByRole('row', { name: /rena\.cm/ }).waitFor();
  expect(await page.getByRole('row', { name: /rena\.cm/ }).textContent()).toContain('Tartar');
});

test('the audit log shows the new account and filters by record', async () => {
  await page.getByRole('link', { name: 'Audit log' }).click();
  await page.getByRole('columnheader', { name: 'When (Baku time)' }).waitFor();
  const first = page.locator('tbody tr').first();
  expect(await first.textContent()).toContain('CREATE_USER');
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, 'admin-audit');

  const range = page.getByText(/^1–\d+ of \d+ entr/);
  const unfiltered = await range.textContent();
  await first.getByRole('link', { name: /All entries for this User/ }).click();
  await page.waitForURL(/type=User&record=/);
  // The address changes before the filtered answer arrives (the whole log, then a loading
  // state, show meanwhile): wait for the count of this record's entries.
  await page.waitForFunction((before) => {
    const text = Array.from(document.querySelectorAll('p, div, span'))
      .map((el) => (el.textContent ?? '').trim())
      .find((t) => /^1–\d+ of \d+ entr(y|ies)$/.test(t));
    return !!text && text !== before?.trim() && document.querySelectorAll('tbody tr').length > 0;
  }, unfiltered);
  expect(await page.locator('tbody tr').count()).toBeGreaterThan(0);
  for (const row of await page.locator('tbody tr').all()) {
    expect(await row.textContent()).toContain('User');
  }
});
