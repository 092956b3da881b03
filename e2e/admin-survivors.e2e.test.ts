// A case manager in the admin app: find a survivor, open their file, register a new one.
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
  await signInToAdmin(page, h.server.baseUrl, 'manager.iom');
});

afterAll(async () => {
  await context?.close();
});

test('searches the survivors list, keeping the search in the address', async () => {
  await page.getByRole('link', { name: 'Beneficiaries' }).click();
  await page.getByRole('table').waitFor();
  const total = await page.locator('tbody tr').count();
  expect(total).toBeGreaterThan(1);
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, 'admin-survivors-list');

  await page.getByRole('searchbox', { name: /Search/ }).fill('AGJ-001');
  await page.waitForURL(/q=AGJ-001/);
  // The address changes before the filtered answer arrives (the unfiltered page, then a loading
  // state, are shown meanwhile): wait for the table to hold exactly one row.
  await page.waitForFunction(() => document.querySelectorAll('tbody tr').length === 1);
  await page.locator('tbody tr').first().getByRole('link', { name: 'AGJ-001' }).waitFor();
  // Reload keeps the search.
  await page.reload();
  await page.locator('tbody tr').first().getByRole('link', { name: 'AGJ-001' }).waitFor();
  expect(await page.getByRole('searchbox', { name: /Search/ }).inputValue()).toBe('AGJ-001');
});

test('opens a survivor file with consent, portal access, loans, courses, notes and referrals', async () => {
  await page.getByRole('link', { name: 'AGJ-001' }).click();
  await page.getByRole('heading', { level: 1, name: /AGJ-001/ }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Consent' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Portal access' }).waitFor();
  for (const section of ['Loans', 'Courses', 'Case notes', 'Referrals']) {
    await page.getByRole('heading', { level: 2, name: section }).waitFor();
  }
  // AGJ-001 holds one active demo loan; the file lists it, not a placeholder.
  await page.getByRole('region', { name: 'Loans' }).getByRole('link').first().waitFor();
  expect(await page.getByText(/later release/).count()).toBe(0);
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, 'admin-survivor-file');
});

test('registers a survivor after refusing the form without consent', async () => {
  await page.goto(h.server.baseUrl + '/admin/beneficiaries/new');
  await page.getByRole('heading', { level: 1, name: 'Register a survivor' }).waitFor();
  await page.getByRole('button', { name: 'Register' }).click();
  const consent = page.getByLabel(/agrees to the programme keeping/);
  expect(await consent.getAttribute('aria-invalid')).toBe('true');
  expect(await consent.evaluate((el) => el === document.activeElement)).toBe(true);
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, 'admin-register-errors');

  await consent.check();
  await page.getByLabel(/Full name/).fill('Günel Babayeva');
  await page.getByRole('combobox', { name: /^Sex/ }).selectOption('FEMALE');
  await page.getByRole('textbox', { name: /^Birth year/ }).fill('1979');
  await page.getByRole('combobox', { name: /^District/ }).selectOption({ label: 'Fuzuli' });
  await page.getByLabel('Village').fill('Horadiz');
  await page.getByLabel(/Phone number/).fill('+994 55 765 43 21');
  await page.getByRole('button', { name: 'Add a household member' }).click();
  const member = page.getByRole('group', { name: 'Household member 1' });
  await member.getByLabel('Relation').selectOption('CHILD');
  await member.getByLabel('Sex').selectOption('MALE');
  await member.getByLabel('Birth year').fill('2008');
  await member.getByLabel('Works or studies').selectOption('STUDIES');
  await page.getByLabel('Kind of injury').selectOption('LOWER_LIMB');
  await page.getByLabel('Year of the incident').fill('1993');
  await screenshot(page, 'admin-register-filled');
  await page.getByRole('button', { name: 'Register' }).click();

  await page.getByRole('heading', { level: 1, name: /^FUZ-\d{3} · Günel Babayeva$/ }).waitFor();
  expect(page.url()).toMatch(/\/admin\/beneficiaries\/[\w-]+$/);
  expect(await page.getByRole('cell', { name: 'Child' }).count()).toBe(1);

  // Portal access: a PIN is made, set, and shown once.
  await page.getByRole('button', { name: 'Give portal access (new PIN)' }).click();
  const pin = await page.locator('.admin-pin').textContent();
  expect(pin).toMatch(/^\d{6}$/);
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, 'admin-survivor-new-file');
});

test('edits the new file: profile, household, consent scopes, then records a withdrawal', async () => {
  await page.getByRole('button', { name: 'I have given the PIN, hide it' }).click();
  await page.getByRole('button', { name: 'Change the profile' }).click();
  await page.getByLabel('Village').fill('Qaraxanbəyli');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByText('Saved.').first().waitFor();
  await page.getByText('Qaraxanbəyli').waitFor();

  await page.getByRole('button', { name: 'Change the household' }).click();
  await page.getByRole('button', { name: 'Remove member 1' }).click();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByText('Nobody listed: the survivor lives alone.').waitFor();

  await page.getByRole('button', { name: 'Change what they agreed to' }).click();
  await page.getByLabel(/agree to photos/).check();
  await page.getByRole('button', { name: 'Save changes' }).click();
  const consent = page.getByRole('region', { name: 'Consent' });
  await consent.getByText('Saved.').waitFor();

  await consent.getByRole('button', { name: 'Record withdrawal of consent' }).click();
  await consent.getByRole('button', { name: 'Yes, record the withdrawal' }).click();
  await consent.getByText('Withdrawn on').waitFor();
  await page.getByText(/Consent was withdrawn, so no new PIN can be set/).waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, 'admin-survivor-withdrawn');
});

test('the register form in Azerbaijani and Russian passes axe', async () => {
  await page.goto(h.server.baseUrl + '/admin/beneficiaries/new');
  for (const [language, title] of [
    ['Azərbaycanca', 'Zərərçəkəni qeydiyyata al'],
    ['Русский', 'Регистрация пострадавшего'],
  ] as const) {
    await page.getByRole('button', { name: language }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `admin-register-${language === 'Русский' ? 'ru' : 'az'}`);
  }
  await page.getByRole('button', { name: 'English' }).click();
});
