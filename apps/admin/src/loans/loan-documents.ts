import { gql, type TypedDocumentNode } from '@apollo/client';
import { type UserError } from '../auth/login-mutation';

export type Currency = 'AZN' | 'USD';
export interface MoneyValue {
  __typename?: 'Money';
  amount: string;
  currency: Currency;
}
export type LoanStatus =
  'SUBMITTED' | 'APPROVED' | 'REJECTED' | 'ACTIVE' | 'REPAID' | 'WITHDRAWN' | 'WRITTEN_OFF';
export type InstalmentStatus = 'PENDING' | 'PAID' | 'PARTIALLY_PAID' | 'OVERDUE';

export interface LoanProductOption {
  __typename?: 'LoanProduct';
  id: string;
  name: string;
  active: boolean;
  currency: Currency;
  minPrincipal: MoneyValue;
  maxPrincipal: MoneyValue;
  minTermMonths: number;
  maxTermMonths: number;
  maxGraceMonths: number;
  roundingUnit: MoneyValue;
}

const MONEY = 'amount currency';

export const LOAN_PRODUCTS_QUERY: TypedDocumentNode<{ loanProducts: LoanProductOption[] }> = gql`
  query AdminLoanProducts {
    loanProducts {
      id
      name
      active
      currency
      minPrincipal { ${MONEY} }
      maxPrincipal { ${MONEY} }
      minTermMonths
      maxTermMonths
      maxGraceMonths
      roundingUnit { ${MONEY} }
    }
  }
`;

export interface LoanSummary {
  __typename?: 'Loan';
  id: string;
  reference: string;
  status: LoanStatus;
  purpose: 'START_UP' | 'EXPANSION';
  principal: MoneyValue;
  termMonths: number;
  graceMonths: number;
  businessDescription: string;
  expectedMonthlyIncome: MoneyValue | null;
  expectedMonthlyCosts: MoneyValue | null;
  familyWorkers: number | null;
  daysPastDue: number;
  overdue: MoneyValue;
  outstanding: MoneyValue;
  beneficiary: {
    __typename?: 'Beneficiary';
    id: string;
    code: string;
    fullName: string | null;
    district: { __typename?: 'District'; id: string; name: string };
  };
  product: { __typename?: 'LoanProduct'; id: string; name: string };
}

const LOAN_SUMMARY_FIELDS = gql`
  fragment AdminLoanSummary on Loan {
    id
    reference
    status
    purpose
    principal { ${MONEY} }
    termMonths
    graceMonths
    businessDescription
    expectedMonthlyIncome { ${MONEY} }
    expectedMonthlyCosts { ${MONEY} }
    familyWorkers
    daysPastDue
    overdue { ${MONEY} }
    outstanding { ${MONEY} }
    beneficiary {
      id
      code
      fullName
      district {
        id
        name
      }
    }
    product {
      id
      name
    }
  }
`;

export interface LoanFilter {
  status?: LoanStatus[];
  beneficiaryId?: string;
  minDaysPastDue?: number;
  districtIds?: string[];
}

export const LOANS_QUERY: TypedDocumentNode<
  {
    loans: {
      __typename?: 'LoanConnection';
      totalCount: number;
      pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
      edges: { __typename?: 'LoanEdge'; node: LoanSummary }[];
    };
  },
  { first: number; after?: string | null; filter: LoanFilter }
> = gql`
  query AdminLoans($first: Int, $after: String, $filter: LoanFilter) {
    loans(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...AdminLoanSummary
        }
      }
    }
  }
  ${LOAN_SUMMARY_FIELDS}
`;

export interface InstalmentRow {
  __typename?: 'Instalment';
  number: number;
  dueDate: string;
  principalDue: MoneyValue;
  principalPaid: MoneyValue;
  status: InstalmentStatus;
}

export interface LoanDetail extends LoanSummary {
  decisionNote: string | null;
  disbursedOn: string | null;
  rescheduled: boolean;
  nextInstalment: InstalmentRow | null;
  schedule: InstalmentRow[];
  previousSchedules: InstalmentRow[][];
  repayments: {
    __typename?: 'Repayment';
    id: string;
    amount: MoneyValue;
    paidOn: string;
    recordedAt: string;
    recovery: boolean;
    reversedAt: string | null;
    reversalReason: string | null;
  }[];
  history: {
    __typename?: 'LoanEvent';
    action: string;
    actor: string | null;
    at: string;
    note: string | null;
  }[];
}

const INSTALMENT = `number dueDate principalDue { ${MONEY} } principalPaid { ${MONEY} } status`;

/** Everything the loan page shows; every loan mutation asks for it back so the page updates. */
export const LOAN_DETAIL_FIELDS = gql`
  fragment AdminLoanDetail on Loan {
    ...AdminLoanSummary
    decisionNote
    disbursedOn
    rescheduled
    nextInstalment { ${INSTALMENT} }
    schedule { ${INSTALMENT} }
    previousSchedules { ${INSTALMENT} }
    repayments {
      id
      amount { ${MONEY} }
      paidOn
      recordedAt
      recovery
      reversedAt
      reversalReason
    }
    history {
      action
      actor
      at
      note
    }
  }
  ${LOAN_SUMMARY_FIELDS}
`;

export const LOAN_QUERY: TypedDocumentNode<{ loan: LoanDetail | null }, { id: string }> = gql`
  query AdminLoan($id: ID!) {
    loan(id: $id) {
      ...AdminLoanDetail
    }
  }
  ${LOAN_DETAIL_FIELDS}
`;

export interface LoanPayload {
  __typename?: 'LoanPayload';
  loan: LoanDetail | null;
  userErrors: UserError[];
}

const loanMutation = (name: string, field: string, inputType: string) => gql`
  mutation ${name}($input: ${inputType}!) {
    ${field}(input: $input) {
      loan {
        ...AdminLoanDetail
      }
      userErrors {
        field
        message
        code
      }
    }
  }
  ${LOAN_DETAIL_FIELDS}
`;

export interface SubmitApplicationInput {
  beneficiaryId: string;
  productId: string;
  purpose: string;
  businessDescription: string;
  expectedMonthlyIncome: { amount: string; currency: Currency } | null;
  expectedMonthlyCosts: { amount: string; currency: Currency } | null;
  familyWorkers: number | null;
  principal: { amount: string; currency: Currency };
  termMonths: number;
  graceMonths: number;
}

export const SUBMIT_APPLICATION_MUTATION: TypedDocumentNode<
  { submitLoanApplication: LoanPayload },
  { input: SubmitApplicationInput }
> = loanMutation(
  'AdminSubmitLoanApplication',
  'submitLoanApplication',
  'SubmitLoanApplicationInput',
);

export const APPROVE_LOAN_MUTATION: TypedDocumentNode<
  { approveLoan: LoanPayload },
  { input: { loanId: string; note: string | null } }
> = loanMutation('AdminApproveLoan', 'approveLoan', 'LoanDecisionInput');

export const REJECT_LOAN_MUTATION: TypedDocumentNode<
  { rejectLoan: LoanPayload },
  { input: { loanId: string; note: string | null } }
> = loanMutation('AdminRejectLoan', 'rejectLoan', 'LoanDecisionInput');

export const DISBURSE_LOAN_MUTATION: TypedDocumentNode<
  { disburseLoan: LoanPayload },
  { input: { loanId: string; disbursedOn: string } }
> = loanMutation('AdminDisburseLoan', 'disburseLoan', 'DisburseLoanInput');

export const WRITE_OFF_LOAN_MUTATION: TypedDocumentNode<
  { writeOffLoan: LoanPayload },
  { input: { loanId: string; reason: string } }
> = loanMutation('AdminWriteOffLoan', 'writeOffLoan', 'WriteOffLoanInput');

export const RESCHEDULE_LOAN_MUTATION: TypedDocumentNode<
  { rescheduleLoan: LoanPayload },
  {
    input: {
      loanId: string;
      reason: string;
      termMonths: number;
      graceMonths: number;
      note: string | null;
    };
  }
> = loanMutation('AdminRescheduleLoan', 'rescheduleLoan', 'RescheduleLoanInput');

export const RECORD_REPAYMENT_MUTATION: TypedDocumentNode<
  {
    recordRepayment: {
      __typename?: 'RepaymentPayload';
      loan: LoanDetail | null;
      repayment: { __typename?: 'Repayment'; id: string } | null;
      userErrors: UserError[];
    };
  },
  {
    input: {
      loanId: string;
      amount: { amount: string; currency: Currency };
      paidOn: string;
      idempotencyKey: string;
    };
  }
> = gql`
  mutation AdminRecordRepayment($input: RecordRepaymentInput!) {
    recordRepayment(input: $input) {
      loan {
        ...AdminLoanDetail
      }
      repayment {
        id
      }
      userErrors {
        field
        message
        code
      }
    }
  }
  ${LOAN_DETAIL_FIELDS}
`;

export const WITHDRAW_APPLICATION_MUTATION: TypedDocumentNode<
  { withdrawLoanApplication: LoanPayload },
  { input: { loanId: string } }
> = loanMutation(
  'AdminWithdrawApplication',
  'withdrawLoanApplication',
  'WithdrawLoanApplicationInput',
);

export const REVERSE_REPAYMENT_MUTATION: TypedDocumentNode<
  {
    reverseRepayment: {
      __typename?: 'RepaymentPayload';
      loan: LoanDetail | null;
      repayment: { __typename?: 'Repayment'; id: string } | null;
      userErrors: UserError[];
    };
  },
  { input: { repaymentId: string; reason: string } }
> = gql`
  mutation AdminReverseRepayment($input: ReverseRepaymentInput!) {
    reverseRepayment(input: $input) {
      loan {
        ...AdminLoanDetail
      }
      repayment {
        id
      }
      userErrors {
        field
        message
        code
      }
    }
  }
  ${LOAN_DETAIL_FIELDS}
`;
