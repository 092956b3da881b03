import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { meMock } from '../test-mocks';
import { renderApp } from '../test-utils';
import {
  DISBURSE_LOAN_MUTATION,
  LOAN_QUERY,
  type LoanDetail,
  RECORD_REPAYMENT_MUTATION,
} from './loan-documents';
import { azn, loanDetail } from './loan-test-data';

const loanMock = (loan: LoanDetail | null) => ({
  request: { query: LOAN_QUERY, variables: { id: 'l1' } },
  result: { data: { loan } },
});

const instalment = (number: number, status: string, paid: string) => ({
  __typename: 'Instalment' as const,
  number,
  dueDate: `2026-0${number + 3}-15`,
  principalDue: azn('100.00'),
  principalPaid: azn(paid),
  status: status as 'PAID',
});

const active = loanDetail({
  status: 'ACTIVE',
  disbursedOn: '2026-03-15',
  outstanding: azn('150.00'),
  overdue: azn('50.00'),
  daysPastDue: 12,
  schedule: [instalment(1, 'PAID', '100.00'), instalment(2, 'OVERDUE', '50.00')],
  repayments: [
    {
      __typename: 'Repayment',
      id: 'r1',
      amount: azn('150.00'),
      paidOn: '2026-04-15',
      recordedAt: '2026-04-15T10:00:00.000Z',
      recovery: false,
      reversedAt: null,
      reversalReason: null,
    },
  ],
});

describe('loan page', () => {
  it('shows the business plan with its figures and the monthly profit, exact', async () => {
    const planned = loanDetail({
      expectedMonthlyIncome: azn('450.50'),
      expectedMonthlyCosts: azn('520.75'),
      familyWorkers: 3,
    });
    await renderApp({ path: '/loans/l1', mocks: [meMock('CASE_MANAGER'), loanMock(planned)] });
    const summary = await screen.findByRole('region', { name: 'Summary' });
    expect(within(summary).getByText('Two cows and a milk separator')).toBeInTheDocument();
    const value = (term: string) => within(summary).getByText(term).nextElementSibling;
    expect(value('Expected income a month')).toHaveTextContent('450.50');
    expect(value('Expected profit a month')).toHaveTextContent(/-AZN\s70\.25/);
    expect(value('Family members working in it')).toHaveTextContent('3');
  });

  it('shows status, schedule statuses in words, repayments and history', async () => {
    await renderApp({ path: '/loans/l1', mocks: [meMock('CASE_MANAGER'), loanMock(active)] });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Loan LN-2026-0007 · AGJ-001' }),
    ).toBeInTheDocument();
    const schedule = screen.getByRole('table', { name: 'Repayment schedule of loan LN-2026-0007' });
    const rows = within(schedule).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Paid');
    expect(rows[2]).toHaveTextContent('Overdue');
    expect(screen.getByText(/12 days past due/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Print the schedule' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'History' })).toHaveTextContent(/Submitted · Leyla/);
    // A case manager records repayments; writing off is for the committee and admins.
    expect(screen.getByRole('button', { name: 'Record a repayment' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Write off' })).not.toBeInTheDocument();
  });

  it('records a repayment once, with one idempotency key, even on a double click', async () => {
    const keys: string[] = [];
    await renderApp({
      path: '/loans/l1',
      mocks: [
        meMock('CASE_MANAGER'),
        loanMock(active),
        {
          request: {
            query: RECORD_REPAYMENT_MUTATION,
            variables: (v: { input: { idempotencyKey: string; amount: { amount: string } } }) => {
              keys.push(v.input.idempotencyKey);
              return v.input.amount.amount === '50';
            },
          },
          delay: 50,
          maxUsageCount: 2,
          result: {
            data: {
              recordRepayment: {
                __typename: 'RepaymentPayload',
                loan: { ...active, outstanding: azn('100.00') },
                repayment: { __typename: 'Repayment', id: 'r2' },
                userErrors: [],
              },
            },
          },
        },
      ],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Record a repayment' }));
    await userEvent.type(screen.getByLabelText(/^Amount received/), '50');
    await userEvent.dblClick(screen.getByRole('button', { name: 'Record the repayment' }));
    expect(await screen.findByText('The repayment was recorded.')).toBeInTheDocument();
    expect(keys.length).toBeGreaterThanOrEqual(1);
    expect(new Set(keys).size).toBe(1);
  });

  it('checks the amount as typed and shows the API’s refusal on it', async () => {
    await renderApp({
      path: '/loans/l1',
      mocks: [
        meMock('CASE_MANAGER'),
        loanMock(active),
        {
          request: {
            query: RECORD_REPAYMENT_MUTATION,
            variables: (v: { input: { amount: { amount: string } } }) =>
              v.input.amount.amount === '900',
          },
          result: {
            data: {
              recordRepayment: {
                __typename: 'RepaymentPayload',
                loan: null,
                repayment: null,
                userErrors: [
                  {
                    __typename: 'UserError',
                    field: ['input', 'amount', 'amount'],
                    code: 'OVERPAYMENT',
                    message: 'Only 150.00 AZN is outstanding.',
                  },
                ],
              },
            },
          },
        },
      ],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Record a repayment' }));
    const amount = screen.getByLabelText(/^Amount received/);
    await userEvent.type(amount, '1.234');
    expect(amount).toHaveAccessibleDescription(/AZN amounts have at most 2 decimal places./);
    await userEvent.clear(amount);
    await userEvent.type(amount, '900');
    await userEvent.click(screen.getByRole('button', { name: 'Record the repayment' }));
    await waitFor(() =>
      expect(amount).toHaveAccessibleDescription(/Only 150.00 AZN is outstanding./),
    );
  });

  it('pays out an approved loan on a date and shows a refusal plainly', async () => {
    await renderApp({
      path: '/loans/l1',
      mocks: [
        meMock('ADMIN'),
        loanMock(loanDetail({ status: 'APPROVED' })),
        {
          request: {
            query: DISBURSE_LOAN_MUTATION,
            variables: { input: { loanId: 'l1', disbursedOn: '2026-05-01' } },
          },
          result: {
            data: {
              disburseLoan: {
                __typename: 'LoanPayload',
                loan: null,
                userErrors: [
                  {
                    __typename: 'UserError',
                    field: null,
                    code: 'INSUFFICIENT_FUNDS',
                    message: 'The fund cannot cover this loan now.',
                  },
                ],
              },
            },
          },
        },
      ],
    });
    expect(await screen.findByText('Approved, not paid out')).toBeInTheDocument();
    expect(screen.getByText('The schedule starts when the loan is paid out.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Pay out' }));
    const date = screen.getByLabelText(/^Paid out on/);
    await userEvent.clear(date);
    await userEvent.type(date, '2026-05-01');
    await userEvent.click(screen.getByRole('button', { name: 'Record the payout' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The fund cannot cover this loan now.',
    );
  });

  it('offers the committee rescheduling with a preview, and write-off', async () => {
    await renderApp({ path: '/loans/l1', mocks: [meMock('APPROVER'), loanMock(active)] });
    await userEvent.click(await screen.findByRole('button', { name: 'Reschedule' }));
    await userEvent.type(screen.getByLabelText(/^New term in months/), '3');
    const preview = screen.getByRole('table', { name: /New schedule for what is still owed/ });
    expect(within(preview).getAllByRole('row')).toHaveLength(4);
    expect(within(preview).getAllByRole('row')[3]).toHaveTextContent('50.00');
    expect(screen.getByRole('button', { name: 'Write off' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Record a repayment' })).not.toBeInTheDocument();
  });
});
