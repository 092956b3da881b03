// A loan's life in the admin app against the real API: a case manager applies (with the live
// schedule preview), the committee approves, the case manager pays out and records a repayment.
import { type Page } from 'playwright-core';
import { axeViolations, screenshot } from './support/browser';
import { useServerAndBrowser } from './support/harness';
import { useStaffPages } from './support/staff-pages';

const h = useServerAndBrowser();
const signIn = useStaffPages(h);

/** GraphQL as the signed-in user (the session cookie goes along). */
async function graphql<T>(page: Page, query: string, variables: object = {}): Promise<T> {
  return page
    .evaluate(
      async ({ query, variables }) => {
        const r = await fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
          body: JSON.stringify({ query, variables }),
        });
        return (await r.json()) as { data: unknown; errors?: unknown };
      },
      { query, variables },
    )
    .then((body) => {
      if (!body.data) throw new Error(`GraphQL refused: ${JSON.stringify(body.errors)}`);
      return body.data as T;
    });
}

interface Node {
  status: string;
  beneficiary: { id: string; code: string; consent: { active: boolean } };
}

let loanPath = '';
let reference = '';

test('a case manager applies for a survivor, watching the schedule preview', async () => {
  const page = await signIn('manager.iom');
  // Someone who repaid a loan (so has the product's required course) and has none open now.
  const { loans } = await graphql<{ loans: { edges: { node: Node }[] } }>(
    page,
    `
      {
        loans(first: 100) {
          edges {
            node {
              status
              beneficiary {
                id
                code
                consent {
                  active
                }
              }
            }
          }
        }
      }
    `,
  );
  const nodes = loans.edges.map((e) => e.node);
  const open = new Set(
    nodes
      .filter((n) => ['SUBMITTED', 'APPROVED', 'ACTIVE'].includes(n.status))
      .map((n) => n.beneficiary.id),
  );
  const survivor = nodes.find(
    (n) => n.status === 'REPAID' && n.beneficiary.consent.active && !open.has(n.beneficiary.id),
  )?.beneficiary;
  if (!survivor) throw new Error('the demo data has no repaid survivor free to borrow again');

  await page.goto(`${h.server.baseUrl}/admin/beneficiaries/${survivor.id}`);
  const loansSection = page.getByRole('region', { name: 'Loans' });
  await loansSection.getByRole('link', { name: /^LN-/ }).first().waitFor();
  await loansSection.getByRole('link', { name: 'Prepare a loan application' }).click();
  await page.getByRole('heading', { level: 1, name: /Loan application for/ }).waitFor();
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('combobox', { name: /^Loan product/ }).selectOption({ index: 1 });
  await page.getByRole('combobox', { name: /^Purpose/ }).selectOption('EXPANSION');
  await page.getByLabel(/^Business plan/).fill('A second greenhouse for early tomatoes.');
  await page.getByLabel(/^Expected income a month/).fill('640');
  await page.getByLabel(/^Expected costs a month/).fill('215.50');
  await page.getByLabel(/^Family members who will work in it/).fill('2');
  await page.getByLabel(/^Amount to borrow/).fill('1200');
  await page.getByLabel(/^Term in months/).fill('12');
  await page.getByLabel(/^Grace months/).fill('2');
  const preview = page.getByRole('table', { name: /Instalments if the loan were paid out/ });
  await preview.waitFor();
  expect(await preview.locator('tbody tr').count()).toBe(10);
  await page.getByText(/10 instalments if paid out today/).waitFor();
  // Out of the product's limits: the field says so and the preview goes.
  await page.getByLabel(/^Amount to borrow/).fill('90000');
  await page.getByText(/The amount must be between/).waitFor();
  expect(await preview.count()).toBe(0);
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, 'admin-loan-application-error');
  await page.getByLabel(/^Amount to borrow/).fill('1200');
  await preview.waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, 'admin-loan-application-preview');

  await page.getByRole('button', { name: 'Submit to the committee' }).click();
  await page.getByText('The application was sent to the credit committee.').waitFor();
  loanPath = new URL(page.url()).pathname;
  expect(loanPath).toMatch(/^\/admin\/loans\/[\w-]+$/);
  const title = await page.getByRole('heading', { level: 1 }).textContent();
  reference = /LN-\d{4}-\d{4}/.exec(title ?? '')?.[0] ?? '';
  expect(reference).not.toBe('');
  await page.getByText('Awaiting the committee').waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, 'admin-loan-submitted');
});

test('the committee approves it from the queue', async () => {
  const page = await signIn('committee');
  await page.getByRole('link', { name: 'Approval queue' }).click();
  const item = page.getByRole('article', { name: new RegExp(reference) });
  await item.waitFor();
  await item.getByText('A second greenhouse for early tomatoes.').waitFor();
  // The plan's figures as entered, and the profit they leave (640.00 - 215.50).
  await item.getByText(/AZN\s424\.50/).waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, 'admin-approval-queue');
  await item.getByLabel('Note for the file (optional)').fill('Good plan, market nearby.');
  await item.getByRole('button', { name: `Approve ${reference}` }).click();
  await page.getByText(`${reference} was approved.`).waitFor();
  // The queue refetches: the decided application leaves it.
  await page.getByRole('article', { name: new RegExp(reference) }).waitFor({ state: 'detached' });
});

test('the case manager pays it out and records a repayment once', async () => {
  const page = await signIn('manager.iom');
  await page.goto(h.server.baseUrl + loanPath);
  await page.getByText('Approved, not paid out').waitFor();
  await page.getByRole('button', { name: 'Pay out' }).click();
  await page.getByRole('button', { name: 'Record the payout' }).click();
  await page.getByText('The loan was paid out; its schedule is below.').waitFor();
  const schedule = page.getByRole('table', { name: `Repayment schedule of loan ${reference}` });
  await schedule.waitFor();
  expect(await schedule.locator('tbody tr').count()).toBe(10);
  expect(await axeViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Record a repayment' }).click();
  await page.getByLabel(/^Amount received/).fill('120');
  await page.getByRole('button', { name: 'Record the repayment' }).dblclick();
  await page.getByText('The repayment was recorded.').waitFor();
  const repayments = page.getByRole('region', { name: 'Repayments' });
  await repayments.locator('tbody tr').first().waitFor();
  expect(await repayments.locator('tbody tr').count()).toBe(1);
  await schedule.getByText('Paid', { exact: true }).first().waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, 'admin-loan-active');
  await page.emulateMedia({ media: 'print' });
  await screenshot(page, 'admin-loan-print');
  await page.emulateMedia({ media: 'screen' });
});

test('arrears and the fund pass axe', async () => {
  const page = await signIn('manager.iom');
  await page.getByRole('link', { name: 'Arrears' }).click();
  await page.getByRole('heading', { level: 1, name: 'Arrears' }).waitFor();
  await page.getByRole('table', { name: 'Arrears' }).waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, 'admin-arrears');

  const admin = await signIn('admin');
  await admin.getByRole('link', { name: 'Fund and donors' }).click();
  await admin.getByRole('heading', { level: 2, name: 'The revolving fund' }).waitFor();
  await admin.getByText('Balanced').waitFor();
  expect(await axeViolations(admin)).toEqual([]);
  await screenshot(admin, 'admin-fund');
});
