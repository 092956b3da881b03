// The case manager's collection sheet against the real API: open Repayments, record money
// received in a loan's row (a double click records it once), and see the row and the list of
// recent repayments change. axe-clean and screenshotted at desktop and tablet widths.
import { axeViolations, screenshot } from './support/browser';
import { useServerAndBrowser } from './support/harness';
import { useStaffPages } from './support/staff-pages';

const h = useServerAndBrowser();
const signIn = useStaffPages(h);

/** Polls until the check holds (the row updates from the answer, then from the refetch). */
async function until(check: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('timed out waiting for the page to change');
}

test('a case manager records a repayment from the collection sheet', async () => {
  const page = await signIn('manager.iom');
  await page
    .getByRole('navigation', { name: 'Main menu' })
    .getByRole('link', { name: 'Repayments' })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Repayments' }).waitFor();
  const sheet = page.getByRole('table', { name: 'Repayments due' });
  await sheet.waitFor();
  await page
    .getByText(/Nothing recorded today yet|repayments? recorded/)
    .first()
    .waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, 'admin-repayments-1280');

  const first = sheet.locator('tbody tr').first();
  const reference = (await first.getByRole('link').first().textContent())?.trim() ?? '';
  expect(reference).toMatch(/^LN-\d{4}-\d{4}$/);
  const row = sheet.locator('tbody tr', {
    has: page.getByRole('link', { name: reference, exact: true }),
  });
  const owedBefore = (await row.locator('td').nth(5).textContent()) ?? '';

  await row.getByRole('button', { name: `Record ${reference}` }).click();
  await page.getByLabel(/^Amount received/).fill('1');
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, 'admin-repayments-form');
  await page.getByRole('button', { name: 'Record the repayment' }).dblclick();
  await page.getByText(`Repayment recorded for ${reference}.`).waitFor();
  await until(async () => (await row.locator('td').nth(5).textContent()) !== owedBefore);

  // Newest first: the 1.00 just recorded, once (the demo data recorded today has no 1.00).
  const recent = page.getByRole('table', { name: /repayments? recorded/ });
  const mine = recent
    .locator('tbody tr', { has: page.getByRole('link', { name: reference, exact: true }) })
    .filter({ hasText: /AZN\s1\.00/ });
  await mine.first().waitFor();
  expect(await mine.count()).toBe(1);
  expect(await recent.locator('tbody tr').first().textContent()).toContain(reference);
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, 'admin-repayments-recorded');

  await page.getByRole('combobox', { name: 'Show' }).selectOption('OVERDUE');
  await page
    .getByRole('table', { name: 'Repayments due' })
    .or(page.getByText('No loan is overdue.'))
    .first()
    .waitFor();
  await page.setViewportSize({ width: 768, height: 900 });
  // The sheet scrolls inside its own box; the page itself never scrolls sideways.
  expect(
    await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    ),
  ).toBeLessThanOrEqual(0);
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, 'admin-repayments-768');
});

test('the explorer is usable at 768 px', async () => {
  const page = await signIn('analyst.undp', 768);
  await page.getByRole('link', { name: 'GraphQL explorer' }).click();
  await page.getByRole('heading', { level: 1, name: 'GraphQL explorer' }).waitFor();
  await page.locator('.graphiql-container .monaco-editor').first().waitFor({ timeout: 30_000 });
  // Operation above result, both the box's width: the editor gets more than half of it.
  const box = await page.locator('.admin-explorer').boundingBox();
  const editors = await page.locator('.graphiql-editors').boundingBox();
  expect(editors!.width).toBeGreaterThan(box!.width * 0.6);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await screenshot(page, 'admin-explorer-768');
});
