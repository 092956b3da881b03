import { addDays, todayIn } from '@revolve/domain';
import { type TestApi } from './test-server';

export const LOAN_FIELDS = `id reference status purpose termMonths graceMonths disbursedOn
  principal { amount currency } outstanding { amount currency } overdue { amount currency } daysPastDue
  schedule { number dueDate principalDue { amount } principalPaid { amount } status }
  nextInstalment { number dueDate } repayments { id amount { amount } paidOn recovery reversedAt }
  beneficiary { code } product { name }`;

export const SUBMIT = `mutation S($input: SubmitLoanApplicationInput!) {
  submitLoanApplication(input: $input) { loan { ${LOAN_FIELDS} } userErrors { code field message } } }`;
export const APPROVE = `mutation A($input: LoanDecisionInput!) {
  approveLoan(input: $input) { loan { id status } userErrors { code field message } } }`;
export const REJECT = `mutation R($input: LoanDecisionInput!) {
  rejectLoan(input: $input) { loan { id status } userErrors { code field message } } }`;
export const WITHDRAW = `mutation W($input: WithdrawLoanApplicationInput!) {
  withdrawLoanApplication(input: $input) { loan { id status } userErrors { code field message } } }`;
export const DISBURSE = `mutation D($input: DisburseLoanInput!) {
  disburseLoan(input: $input) { loan { ${LOAN_FIELDS} } userErrors { code field message } } }`;
export const REPAY = `mutation P($input: RecordRepaymentInput!) {
  recordRepayment(input: $input) { repayment { id amount { amount currency } paidOn recordedAt recovery }
    loan { id status outstanding { amount } } userErrors { code field message } } }`;
export const WRITE_OFF = `mutation O($input: WriteOffLoanInput!) {
  writeOffLoan(input: $input) { loan { id status outstanding { amount } } userErrors { code field message } } }`;
export const CONTRIBUTE = `mutation C($input: RecordContributionInput!) {
  recordContribution(input: $input) { contribution { id donor { code } amount { amount currency }
    fundAmount { amount currency } exchangeRate receivedOn } userErrors { code field message } } }`;
export const CREATE_PRODUCT = `mutation P($input: CreateLoanProductInput!) {
  createLoanProduct(input: $input) { product { id name currency minPrincipal { amount currency }
    maxPrincipal { amount } minTermMonths maxTermMonths maxGraceMonths frequency interestRatePercent
    requiredCourseTopics active } userErrors { code field message } } }`;
export const FUND = `{ fund { currency capital { amount } available { amount } outstanding { amount }
  disbursedTotal { amount } repaidTotal { amount } writtenOffTotal { amount } revolutions ledgerBalanced
  budget { total { amount currency } spent { amount } lines { id code planned { amount } spent { amount } } }
  contributions { donor { code } amount { amount currency } fundAmount { amount } exchangeRate } } }`;

export const today = (): string => todayIn('Asia/Baku', new Date());
export const daysAgo = (n: number): string => addDays(today(), -n);

/** Survivor ids and district ids by code, as the admin sees them. */
export async function demoIds(api: TestApi, token: string) {
  const r = await api.gql(
    '{ beneficiaries(first: 100) { edges { node { id code } } } organizations { id code } }',
    {},
    { token },
  );
  const survivors = new Map<string, string>(
    r.body.data?.beneficiaries.edges.map((e: { node: { id: string; code: string } }) => [
      e.node.code,
      e.node.id,
    ]),
  );
  const orgs = new Map<string, string>(
    r.body.data?.organizations.map((o: { id: string; code: string }) => [o.code, o.id]),
  );
  return {
    survivor: (code: string) => survivors.get(code)!,
    org: (code: string) => orgs.get(code)!,
    codes: [...survivors.keys()].sort(),
  };
}

export function productInput(extra: Record<string, unknown> = {}) {
  return {
    name: 'Test loan, 0%',
    currency: 'AZN',
    minPrincipal: { amount: '500.00', currency: 'AZN' },
    maxPrincipal: { amount: '5000.00', currency: 'AZN' },
    minTermMonths: 6,
    maxTermMonths: 36,
    maxGraceMonths: 6,
    requiredCourseTopics: [],
    ...extra,
  };
}

/** Creates a product as admin and returns its id (fails the test on refusal). */
export async function createProduct(api: TestApi, extra: Record<string, unknown> = {}) {
  const token = await api.login('admin');
  const r = await api.gql(CREATE_PRODUCT, { input: productInput(extra) }, { token });
  const id = r.body.data?.createLoanProduct.product?.id as string | undefined;
  if (!id) throw new Error(`createLoanProduct failed: ${JSON.stringify(r.body)}`);
  return id;
}
