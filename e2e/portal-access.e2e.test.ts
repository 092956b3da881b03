// A survivor's way in and their lifeline: the first sign-in with the case manager's one-time
// code, the case manager's phone on home, and the lockout after five wrong PINs, in Azerbaijani.
import { axeViolations, PHONE, screenshot } from './support/browser';
import { useServerAndBrowser } from './support/harness';
import { DEMO_PASSWORD, DEMO_SURVIVOR, signInToPortal } from './support/sign-in';

const h = useServerAndBrowser();

async function gql<T>(query: string, variables: object = {}, token?: string): Promise<T> {
  const response = await fetch(`${h.server.baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function staffToken(username: string): Promise<string> {
  const data = await gql<{ login: { token: string } }>(
    'mutation($input: LoginInput!) { login(input: $input) { token } }',
    { input: { username, password: DEMO_PASSWORD } },
  );
  return data.login.token;
}

test('first sign-in: the case manager issues a code, the survivor enters it with their phone and chooses a PIN', async () => {
  const token = await staffToken('manager.iom');
  const list = await gql<{
    beneficiaries: { edges: { node: { id: string; code: string; phone: string | null } }[] };
  }>('{ beneficiaries(first: 20) { edges { node { id code phone } } } }', {}, token);
  const survivor = list.beneficiaries.edges
    .map((e) => e.node)
    .find((b) => b.code === 'AGJ-003' && b.phone)!;
  const issued = await gql<{ issuePortalAccessCode: { code: string } }>(
    'mutation($input: IssuePortalAccessCodeInput!) { issuePortalAccessCode(input: $input) { code } }',
    { input: { beneficiaryId: survivor.id } },
    token,
  );

  const context = await h.browser.newContext(PHONE);
  const page = await context.newPage();
  await page.goto(h.server.baseUrl + '/sign-in');
  await page.getByRole('link', { name: 'İlk dəfədir? Kodum var' }).click();
  await page.locator('input[name="code"]').waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, 'portal-first-time-code');
  await page.fill('input[name="phone"]', survivor.phone!);
  await page.fill('input[name="code"]', issued.issuePortalAccessCode.code);
  await page.getByRole('button', { name: 'Davam et' }).click();
  await page.locator('input[name="pinAgain"]').waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, 'portal-first-time-pin');
  await page.fill('input[name="pin"]', '864200');
  await page.fill('input[name="pinAgain"]', '864200');
  await page.getByRole('button', { name: 'PIN-i saxla və daxil ol' }).click();
  await page.locator('h1', { hasText: 'Salam' }).waitFor();
  await context.close();

  // The new PIN is theirs from now on; the code is spent.
  const again = await gql<{ login: { userErrors: unknown[] } }>(
    'mutation($input: LoginInput!) { login(input: $input) { userErrors { code } } }',
    { input: { username: survivor.phone, password: '864200' } },
  );
  expect(again.login.userErrors).toEqual([]);
});

test('home shows my case manager with a button that calls them', async () => {
  const context = await h.browser.newContext(PHONE);
  const page = await context.newPage();
  await signInToPortal(page, h.server.baseUrl);
  const call = page.locator('a[href^="tel:"]');
  await call.waitFor();
  expect(await call.getAttribute('href')).toBe('tel:+994502000001');
  expect(await call.textContent()).toMatch(/^Zəng et: Nigar/);
  const box = await call.boundingBox();
  expect(box!.height).toBeGreaterThanOrEqual(44);
  await context.close();
});

test('five wrong PINs lock sign-in with a message that says to call the case manager', async () => {
  const context = await h.browser.newContext(PHONE);
  const page = await context.newPage();
  await page.goto(h.server.baseUrl + '/sign-in');
  const alert = page.locator('[role="alert"]');
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.fill('input[name="phone"]', DEMO_SURVIVOR.phone);
    await page.fill('input[name="pin"]', '000000');
    await page.click('button[type="submit"]');
    await alert.first().waitFor();
    await page.waitForFunction(() => !document.querySelector('button[aria-busy="true"]'));
  }
  // Now even the right PIN is refused, and the message says what to do.
  await page.fill('input[name="pin"]', DEMO_SURVIVOR.pin);
  await page.click('button[type="submit"]');
  await page.locator('[role="alert"]', { hasText: '15 dəqiqəlik bağlandı' }).waitFor();
  const text = await alert.first().textContent();
  expect(text).toContain('sosial işçinizə zəng edin');
  expect(await page.locator('input[name="pin"]').count()).toBe(1);
  expect(await axeViolations(page)).toEqual([]);
  await screenshot(page, 'portal-locked');
  await context.close();
});
