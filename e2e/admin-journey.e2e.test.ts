// The "done when", in one story against the real built server on a fresh database: a case
// manager registers a survivor, enrolls them in a new course session, records attendance to
// completion and prepares a loan; the committee approves; the case manager pays it out and
// records a repayment; the admin's fund page shows the money out. axe checks every screen.
import { addDays, todayIn } from '@revolve/domain';
import { type Page } from 'playwright-core';
import { axeViolations, screenshot } from './support/browser';
import { useServerAndBrowser } from './support/harness';
import { useStaffPages } from './support/staff-pages';

const h = useServerAndBrowser();
const signIn = useStaffPages(h);

async function axeClean(page: Page, name: string): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, `admin-journey-${name}`);
}

/** "Out with borrowers" on the admin's fund page, as shown. */
async function outstanding(page: Page): Promise<string> {
  await page.goto(`${h.server.baseUrl}/admin/fund`);
  const term = page.locator('dt', { hasText: 'Out with borrowers' });
  await term.waitFor();
  return (await term.locator('xpath=following-sibling::dd[1]').textContent()) ?? '';
}

const NAME = 'Səbinə Journey';
let survivorPath = '';
let loanPath = '';
let reference = '';
let fundBefore = '';

test('the admin notes what is out with borrowers before', async () => {
  const admin = await signIn('admin');
  // The start page: indicator cards and charts (recharts, loaded lazily).
  await admin.getByRole('list', { name: 'Indicators' }).waitFor();
  await admin.locator('.recharts-surface').first().waitFor();
  await axeClean(admin, 'dashboard');
  fundBefore = await outstanding(admin);
  expect(fundBefore).toMatch(/\d/);
});

test('a case manager registers a survivor', async () => {
  const page = await signIn('manager.iom');
  await page.getByRole('link', { name: 'Beneficiaries' }).click();
  await page.getByRole('link', { name: 'Register a survivor' }).click();
  await page.getByRole('heading', { level: 1, name: 'Register a survivor' }).waitFor();
  await axeClean(page, 'register');
  await page.getByLabel(/agrees to the programme keeping/).check();
  await page.getByLabel(/^Full name/).fill(NAME);
  await page.getByRole('combobox', { name: /^Sex/ }).selectOption('FEMALE');
  await page.getByRole('textbox', { name: /^Birth year/ }).fill('1979');
  await page.getByRole('combobox', { name: /^District/ }).selectOption({ label: 'Aghjabedi' });
  await page.getByLabel('ID card number').fill('AZE7654321');
  await page.getByLabel(/^Needs assessment/).fill('A sewing machine and bookkeeping.');
  await page.getByRole('button', { name: 'Register', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(NAME) }).waitFor();
  survivorPath = new URL(page.url()).pathname;
  expect(survivorPath).toMatch(/^\/admin\/beneficiaries\/[\w-]+$/);
  await page.getByText('A sewing machine and bookkeeping.').waitFor();
  await axeClean(page, 'survivor-file');
});

test('they open a bookkeeping session held on paper, enroll her, and record it to completion', async () => {
  const page = await signIn('manager.iom');
  await page.getByRole('link', { name: 'Courses' }).click();
  await page.getByRole('table', { name: /Course sessions/ }).waitFor();
  await axeClean(page, 'courses');
  await page.getByRole('link', { name: 'New session' }).click();
  // The list's own "Course" filter matches below until the new screen's chunk has loaded.
  await page.getByRole('heading', { level: 1, name: 'New session' }).waitFor();
  await page.getByRole('combobox', { name: /^Course/ }).selectOption({ index: 1 });
  const course = await page.getByRole('combobox', { name: /^Course/ }).inputValue();
  expect(course).not.toBe('');
  await page.getByRole('combobox', { name: /^District/ }).selectOption({ label: 'Aghjabedi' });
  await page.getByLabel('Venue').fill('Journey school');
  await page.getByLabel(/^Capacity/).fill('3');
  // Two meetings already held: the register is entered from paper afterwards.
  const today = todayIn();
  await page.getByLabel('Meeting 1').fill(addDays(today, -14));
  await page.getByRole('button', { name: 'Add a meeting' }).click();
  await page.getByLabel('Meeting 2').fill(addDays(today, -7));
  await page.getByRole('button', { name: 'Add a meeting' }).click();
  await page.getByLabel('Meeting 3').fill(addDays(today, 30));
  // A future meeting would keep the course from being complete: take it out again.
  await page.getByRole('button', { name: 'Remove meeting 3' }).click();
  await axeClean(page, 'new-session');
  await page.getByRole('button', { name: 'Create the session' }).click();
  await page.getByRole('heading', { level: 2, name: 'About the session' }).waitFor();
  await page.getByText('Nobody is enrolled yet.').waitFor();

  const survivor = page.getByRole('combobox', { name: /^Survivor/ });
  const option = survivor.locator('option', { hasText: NAME });
  await option.waitFor({ state: 'attached' });
  await survivor.selectOption((await option.getAttribute('value')) ?? '');
  await page.getByRole('button', { name: 'Enroll', exact: true }).click();
  await page.getByText(/is enrolled\./).waitFor();
  const row = page.getByRole('row', { name: new RegExp(NAME) });
  await row.getByText('Enrolled').waitFor();
  await axeClean(page, 'session');

  const meeting = page.getByRole('combobox', { name: /^Meeting/ });
  for (const [n, date] of [addDays(today, -14), addDays(today, -7)].entries()) {
    await meeting.selectOption(date);
    await page
      .getByRole('group', { name: new RegExp(NAME) })
      .getByLabel('Present')
      .check();
    await page.getByRole('button', { name: 'Save the register' }).click();
    await row.getByText(`${n + 1} of 2`).waitFor();
  }
  await row.getByText('Completed').waitFor();
  expect(await row.textContent()).toMatch(/2 of 2/);
  expect(await row.locator('td').nth(3).textContent()).toMatch(/\S/); // the certificate number
  await axeClean(page, 'session-completed');
});

test('they prepare a loan application for her', async () => {
  const page = await signIn('manager.iom');
  await page.goto(h.server.baseUrl + survivorPath);
  await page.getByRole('link', { name: 'Prepare a loan application' }).click();
  await page.getByRole('heading', { level: 1, name: /Loan application for/ }).waitFor();
  await page.getByRole('combobox', { name: /^Loan product/ }).selectOption({ index: 1 });
  await page.getByRole('combobox', { name: /^Purpose/ }).selectOption('START_UP');
  await page.getByLabel(/^Business plan/).fill('A tailoring workshop at home.');
  await page.getByLabel(/^Amount to borrow/).fill('1000');
  await page.getByLabel(/^Term in months/).fill('10');
  await page.getByLabel(/^Grace months/).fill('0');
  await page.getByRole('table', { name: /Instalments if the loan were paid out/ }).waitFor();
  await axeClean(page, 'application');
  await page.getByRole('button', { name: 'Submit to the committee' }).click();
  await page.getByText('The application was sent to the credit committee.').waitFor();
  loanPath = new URL(page.url()).pathname;
  reference =
    /LN-\d{4}-\d{4}/.exec(
      (await page.getByRole('heading', { level: 1 }).textContent()) ?? '',
    )?.[0] ?? '';
  expect(reference).not.toBe('');
});

test('the committee approves it', async () => {
  const page = await signIn('committee');
  await page.getByRole('link', { name: 'Approval queue' }).click();
  const item = page.getByRole('article', { name: new RegExp(reference) });
  await item.getByText('A tailoring workshop at home.').waitFor();
  await axeClean(page, 'queue');
  await item.getByRole('button', { name: `Approve ${reference}` }).click();
  await page.getByText(`${reference} was approved.`).waitFor();
});

test('the case manager pays it out and records a repayment; the fund shows the money out', async () => {
  const page = await signIn('manager.iom');
  await page.goto(h.server.baseUrl + loanPath);
  await page.getByRole('button', { name: 'Pay out' }).click();
  await page.getByRole('button', { name: 'Record the payout' }).click();
  await page.getByText('The loan was paid out; its schedule is below.').waitFor();
  await page.getByRole('button', { name: 'Record a repayment' }).click();
  await page.getByLabel(/^Amount received/).fill('100');
  await page.getByRole('button', { name: 'Record the repayment' }).click();
  await page.getByText('The repayment was recorded.').waitFor();
  await axeClean(page, 'loan');

  const admin = await signIn('admin');
  const after = await outstanding(admin);
  const number = (s: string) => Number(s.replace(/[^\d,.]/g, '').replace(/,/g, ''));
  // 1,000 paid out, 100 repaid: 900 more is out with borrowers than before.
  expect(Math.round((number(after) - number(fundBefore)) * 100)).toBe(90000);
  // The full ledger check, every line added up again, agrees after the day's postings.
  await admin.getByRole('button', { name: 'Check every ledger line' }).click();
  await admin.getByText('Every line checked: balanced').waitFor();
  await axeClean(admin, 'fund');
});

test('analysts get the explorer in its own chunk, with the guide’s examples', async () => {
  const loaded: string[] = [];
  const page = await signIn('analyst.undp', 1280, (p) =>
    p.on('request', (r) => loaded.push(r.url())),
  );
  expect(loaded.filter((u) => /monaco|graphiql/i.test(u))).toEqual([]);
  await page.getByRole('link', { name: 'GraphQL explorer' }).click();
  await page.getByRole('heading', { level: 1, name: 'GraphQL explorer' }).waitFor();
  await page.locator('.graphiql-container').waitFor({ timeout: 30000 });
  expect(loaded.some((u) => /graphiql-explorer/.test(u))).toBe(true);
  await page.getByText('ProgrammeAtAGlance').first().waitFor({ timeout: 30000 });
  await screenshot(page, 'admin-journey-explorer');
});
