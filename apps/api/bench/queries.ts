import fs from 'node:fs';
import path from 'node:path';

export const LOGIN = `mutation BenchLogin($input: LoginInput!) { login(input: $input) { token userErrors { code message } } }`;

/**
 * The page: loans with beneficiary, schedule and repayments, money and status on every
 * instalment. The cost model counts objects (10 per plain list), so 100 loans cost 2,301, under
 * the API's limit of 5,000 (it was 13,801 when every scalar counted, and refused).
 */
export const LOANS_PAGE = `query BenchLoans($first: Int!) {
  loans(first: $first) {
    edges { node {
      id reference status
      beneficiary { code }
      schedule { number dueDate principalDue { amount currency } principalPaid { amount currency } status }
      repayments { paidOn amount { amount currency } }
    } }
  }
}`;

/** What the portal's home screen sends (read from the portal's source, so the two never drift). */
export function portalHomeQuery(): string {
  const file = path.resolve(__dirname, '../../portal/src/loans/my-loans-query.ts');
  const text = fs.readFileSync(file, 'utf8');
  const match = /gql`([\s\S]*?)`/.exec(text);
  if (!match) throw new Error(`no query in ${file}`);
  return match[1]!;
}

export const SURVIVOR_SEARCH = `query BenchSearch($search: String!) {
  beneficiaries(first: 20, filter: { search: $search }) {
    totalCount edges { node { id code fullName sex birthYear district { name } } }
  }
}`;

export const LOAN_PAGE = `query BenchLoan($id: ID!) {
  loan(id: $id) {
    id reference status purpose businessDescription termMonths graceMonths disbursedOn
    principal { amount currency } outstanding { amount } overdue { amount } daysPastDue rescheduled
    beneficiary { id code fullName phone district { name } }
    product { name }
    nextInstalment { number dueDate principalDue { amount } }
    schedule { number dueDate principalDue { amount } principalPaid { amount } status }
    repayments { id amount { amount } paidOn recordedAt recovery reversedAt }
    history { action actor at note }
  }
}`;

export const ARREARS = `query BenchArrears {
  loans(first: 20, filter: { status: [ACTIVE], minDaysPastDue: 1 }) {
    totalCount
    edges { node { id reference daysPastDue overdue { amount } outstanding { amount }
      beneficiary { code fullName phone district { name } } } }
  }
}`;

export const FUND = `query BenchFund {
  fund { currency available { amount } capital { amount } disbursedTotal { amount }
    repaidTotal { amount } writtenOffTotal { amount } outstanding { amount } revolutions ledgerBalanced }
}`;

const CELL = `key directBeneficiaries loansDisbursed amountDisbursed { amount } par30 repaymentRate suppressed`;
export const INDICATORS = `query BenchIndicators {
  indicators {
    directBeneficiaries indirectBeneficiaries loansDisbursed amountDisbursed { amount currency }
    portfolioOutstanding { amount } repaymentRate par30 par90 writeOffRatio amountWrittenOff { amount }
    familyWorkers courseEnrollments courseCompletions
    byDistrict { district { id name } directBeneficiaries loansDisbursed amountDisbursed { amount } par30 repaymentRate suppressed }
    bySex { ${CELL} } byAgeBand { ${CELL} } byPurpose { ${CELL} }
  }
}`;
