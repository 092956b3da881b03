import {
  type LoanProductOption,
  LOANS_QUERY,
  type LoanDetail,
  type LoanFilter,
  type LoanSummary,
} from './loan-documents';

export const azn = (amount: string) => ({
  __typename: 'Money' as const,
  amount,
  currency: 'AZN' as const,
});

export const loanSummary = (extra: Partial<LoanSummary> = {}): LoanSummary => ({
  __typename: 'Loan',
  id: 'l1',
  reference: 'LN-2026-0007',
  status: 'SUBMITTED',
  purpose: 'START_UP',
  principal: azn('1200.00'),
  termMonths: 12,
  graceMonths: 0,
  businessDescription: 'Two cows and a milk separator',
  expectedMonthlyIncome: null,
  expectedMonthlyCosts: null,
  familyWorkers: null,
  daysPastDue: 0,
  overdue: azn('0.00'),
  outstanding: azn('0.00'),
  beneficiary: {
    __typename: 'Beneficiary',
    id: 'b1',
    code: 'AGJ-001',
    fullName: 'Elvin Məmmədov',
    district: { __typename: 'District', id: 'd-agj', name: 'Aghjabedi' },
  },
  product: { __typename: 'LoanProduct', id: 'p1', name: 'Start-up loan' },
  ...extra,
});

export const loanDetail = (extra: Partial<LoanDetail> = {}): LoanDetail => ({
  ...loanSummary(),
  decisionNote: null,
  disbursedOn: null,
  rescheduled: false,
  nextInstalment: null,
  schedule: [],
  previousSchedules: [],
  repayments: [],
  history: [
    {
      __typename: 'LoanEvent',
      action: 'SUBMITTED',
      actor: 'Leyla',
      at: '2026-03-02T09:00:00.000Z',
      note: null,
    },
  ],
  ...extra,
});

export const loansMock = (filter: LoanFilter, loans: LoanSummary[], first = 50) => ({
  request: { query: LOANS_QUERY, variables: { first, filter } },
  result: {
    data: {
      loans: {
        __typename: 'LoanConnection' as const,
        totalCount: loans.length,
        pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null },
        edges: loans.map((node) => ({ __typename: 'LoanEdge' as const, node })),
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

export const PRODUCT: LoanProductOption = {
  __typename: 'LoanProduct',
  id: 'p1',
  name: 'Start-up',
  active: true,
  currency: 'AZN',
  minPrincipal: azn('500.00'),
  maxPrincipal: azn('5000.00'),
  minTermMonths: 6,
  maxTermMonths: 24,
  maxGraceMonths: 3,
  roundingUnit: azn('1.00'),
};
