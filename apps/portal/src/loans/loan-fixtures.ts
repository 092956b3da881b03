import { MY_LOANS_QUERY, type LoanData, type MyLoansData } from './my-loans-query';

const azn = (amount: string) => ({
  __typename: 'Money' as const,
  amount,
  currency: 'AZN' as const,
});

/** An active loan of 1 200 ₼ over 3 months: one paid, one part-paid and late, one to come. */
export function activeLoan(overrides: Partial<LoanData> = {}): LoanData {
  return {
    __typename: 'Loan',
    id: 'l1',
    reference: 'LN-2026-0007',
    status: 'ACTIVE',
    principal: azn('1200.00'),
    outstanding: azn('750.50'),
    overdue: azn('349.50'),
    daysPastDue: 12,
    nextInstalment: {
      __typename: 'Instalment',
      number: 2,
      dueDate: '2026-03-31',
      principalDue: azn('400.00'),
      principalPaid: azn('50.50'),
      status: 'OVERDUE',
    },
    schedule: [
      {
        __typename: 'Instalment',
        number: 1,
        dueDate: '2026-02-28',
        principalDue: azn('400.00'),
        principalPaid: azn('400.00'),
        status: 'PAID',
      },
      {
        __typename: 'Instalment',
        number: 2,
        dueDate: '2026-03-31',
        principalDue: azn('400.00'),
        principalPaid: azn('50.50'),
        status: 'OVERDUE',
      },
      {
        __typename: 'Instalment',
        number: 3,
        dueDate: '2026-04-30',
        principalDue: azn('400.00'),
        principalPaid: azn('0.00'),
        status: 'PENDING',
      },
    ],
    repayments: [
      { __typename: 'Repayment', id: 'r1', amount: azn('400.00'), paidOn: '2026-02-27' },
      { __typename: 'Repayment', id: 'r2', amount: azn('49.50'), paidOn: '2026-03-30' },
    ],
    ...overrides,
  };
}

export const myLoansMock = (myLoans: LoanData[]) => ({
  request: { query: MY_LOANS_QUERY },
  result: { data: { myLoans } satisfies MyLoansData },
});

export const myLoansErrorMock = () => ({
  request: { query: MY_LOANS_QUERY },
  error: new Error('offline'),
});
