// The demo survivor opens Courses, signs up for a session in their district and cancels it,
// against the built server; every step passes axe (WCAG 2.0 A to 2.2 AA) on a 360 px phone.
import { type Page } from 'playwright-core';
import { axeViolations, PHONE, screenshot } from './support/browser';
import { useServerAndBrowser } from './support/harness';
import { signInToPortal } from './support/sign-in';

const harness = useServerAndBrowser();

interface GraphQLAnswer<T> {
  data?: T;
  errors?: { message: string }[];
}

/** A GraphQL request as `username`, through the API's own login (token as Bearer). */
async function asUser(username: string, password: string) {
  const post = async <T>(query: string, variables: object, token?: string): Promise<T> => {
    const response = await fetch(`${harness.server.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const answer = (await response.json()) as GraphQLAnswer<T>;
    if (!answer.data || answer.errors) throw new Error(JSON.stringify(answer.errors));
    return answer.data;
  };
  const { login } = await post<{ login: { token: string | null } }>(
    'mutation($input: LoginInput!) { login(input: $input) { token } }',
    { input: { username, password } },
  );
  if (!login.token) throw new Error(`${username} could not sign in`);
  const token = login.token;
  return <T>(query: string, variables: object = {}) => post<T>(query, variables, token);
}

const inDays = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * A marketing session in the survivor's district a month from now, made by the admin, so the
 * test does not depend on which demo sessions are still in the future.
 */
async function planSessionNearTheSurvivor(): Promise<string> {
  const survivor = await asUser('+994500000001', '135790');
  const { me } = await survivor<{
    me: { beneficiary: { district: { id: string; name: string } } };
  }>('{ me { beneficiary { district { id name } } } }');
  const admin = await asUser('admin', 'demo-password');
  const { courses } = await admin<{ courses: { id: string; topic: string }[] }>(
    '{ courses { id topic } }',
  );
  const marketing = courses.find((course) => course.topic === 'MARKETING');
  if (!marketing) throw new Error('the demo has no marketing course');
  const { createCourseSession } = await admin<{
    createCourseSession: { session: { id: string } | null; userErrors: unknown[] };
  }>(
    `mutation($input: CreateCourseSessionInput!) {
      createCourseSession(input: $input) { session { id } userErrors { code message } }
    }`,
    {
      input: {
        courseId: marketing.id,
        districtId: me.beneficiary.district.id,
        meetingDates: [inDays(30), inDays(37)],
        capacity: 2,
      },
    },
  );
  if (!createCourseSession.session) throw new Error(JSON.stringify(createCourseSession));
  return me.beneficiary.district.name;
}

function signIn(page: Page): Promise<void> {
  return signInToPortal(page, harness.server.baseUrl);
}

test('the demo survivor signs up for a course near them and cancels, passing axe at 360 px', async () => {
  const district = await planSessionNearTheSurvivor();
  const context = await harness.browser.newContext(PHONE);
  const page = await context.newPage();
  try {
    await signIn(page);
    await page.getByRole('link', { name: 'Kurslar' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kurslar' }).waitFor();
    const near = page.getByRole('region', { name: `${district} rayonunda kurslar` });
    await near.waitFor();
    // Course texts come from the API in the reader's language.
    await near.getByText('Müştəri tapmaq və saxlamaq').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'portal-courses-list');
    // Large text: nothing to scroll sideways on the phone, still axe-clean.
    await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.evaluate(() => (document.documentElement.style.fontSize = ''));

    // Sign up: the big button, then the confirmation.
    const signUp = near.getByRole('button', { name: `Marketinq (${district}) kursuna yazıl` });
    await signUp.first().click();
    const question = page.getByRole('group', { name: /kursuna yazılırsınız\?/ });
    await question.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await question.getByRole('button', { name: 'Bəli, məni yaz' }).click();
    await page.getByText('Siz Marketinq kursuna yazıldınız.').waitFor();
    const mine = page.getByRole('region', { name: 'Kurslarım' });
    await mine.getByText('Yazılıb').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'portal-courses-signed-up');

    // Cancel from my courses, again after a confirmation.
    await mine
      .getByRole('button', { name: `Marketinq (${district}) kursunda yerimdən imtina et` })
      .click();
    await page.getByRole('group', { name: /yerinizdən imtina edirsiniz\?/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Bəli, yerimdən imtina edirəm' }).click();
    await page.getByText('Marketinq kursunda yerinizdən imtina edildi.').waitFor();
    await mine.getByText('İmtina edilib').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'portal-courses-cancelled');
  } finally {
    await context.close();
  }
}, 120_000);
