export interface GqlResult {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read any response shape
  data?: any;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  text: string;
}

/** One GraphQL request over HTTP; never throws for an HTTP or GraphQL error, only for no answer. */
export async function gql(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GqlResult> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(20000),
  });
  const text = await res.text();
  let body: { data?: unknown; errors?: GqlResult['errors'] } = {};
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    // Not JSON: the caller sees `text`.
  }
  return { status: res.status, data: body.data, errors: body.errors, text };
}

export async function login(baseUrl: string, username: string, password = 'demo-password') {
  const r = await gql(
    baseUrl,
    'mutation L($input: LoginInput!) { login(input: $input) { token userErrors { code } } }',
    { input: { username, password } },
  );
  const token = r.data?.login?.token as string | undefined;
  if (!token) throw new Error(`login ${username} failed: ${r.text}`);
  return token;
}

export const FUND = `{ fund { available { amount } outstanding { amount } ledgerBalanced } }`;

export const SUBMIT = `mutation S($input: SubmitLoanApplicationInput!) {
  submitLoanApplication(input: $input) { loan { id status } userErrors { code message } } }`;
export const APPROVE = `mutation A($input: LoanDecisionInput!) {
  approveLoan(input: $input) { loan { id status } userErrors { code message } } }`;
export const DISBURSE = `mutation D($input: DisburseLoanInput!) {
  disburseLoan(input: $input) { loan { id status } userErrors { code message } } }`;
export const REPAY = `mutation P($input: RecordRepaymentInput!) {
  recordRepayment(input: $input) { repayment { id } loan { id outstanding { amount } }
    userErrors { code message } } }`;
export const ENROLL = `mutation E($input: EnrollInSessionInput!) {
  enrollInSession(input: $input) { enrollment { id } userErrors { code message } } }`;
export const CREATE_PRODUCT = `mutation P($input: CreateLoanProductInput!) {
  createLoanProduct(input: $input) { product { id } userErrors { code message } } }`;

/** Decimal string ("1234.50") to minor units, and back. */
export const cents = (amount: string): bigint => {
  const [whole, frac = ''] = amount.split('.');
  const sign = whole!.startsWith('-') ? -1n : 1n;
  return sign * (BigInt(whole!.replace('-', '')) * 100n + BigInt((frac + '00').slice(0, 2)));
};
export const decimal = (minor: bigint): string =>
  `${minor / 100n}.${String(minor % 100n).padStart(2, '0')}`;

/** Today in Baku, as the API dates repayments. */
export const todayInBaku = (): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Baku' }).format(new Date());

/** A loan product open to every survivor (no course gate), admin-created; returns its id. */
export async function createOpenProduct(baseUrl: string, token: string, maxPrincipal: string) {
  const r = await gql(
    baseUrl,
    CREATE_PRODUCT,
    {
      input: {
        name: `Resilience test ${Math.random().toString(36).slice(2, 8)}`,
        currency: 'AZN',
        minPrincipal: { amount: '100.00', currency: 'AZN' },
        maxPrincipal: { amount: maxPrincipal, currency: 'AZN' },
        minTermMonths: 6,
        maxTermMonths: 36,
        maxGraceMonths: 6,
        requiredCourseTopics: [],
      },
    },
    token,
  );
  const id = r.data?.createLoanProduct?.product?.id as string | undefined;
  if (!id) throw new Error(`createLoanProduct failed: ${r.text}`);
  return id;
}

/** Survivors (id, code, district id) as the admin sees them. */
export async function survivors(baseUrl: string, token: string) {
  const r = await gql(
    baseUrl,
    '{ beneficiaries(first: 100) { edges { node { id code district { id } } } } }',
    {},
    token,
  );
  return (
    r.data.beneficiaries.edges as { node: { id: string; code: string; district: { id: string } } }[]
  ).map((e) => e.node);
}
