import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { meMock } from '../test-mocks';
import { renderApp } from '../test-utils';
import {
  LOAN_QUERY,
  type LoanDetail,
  REVERSE_REPAYMENT_MUTATION,
  WITHDRAW_APPLICATION_MUTATION,
} from './loan-documents';
import { azn, loanDetail } from './loan-test-data';

const loanMock = (loan: LoanDetail) => ({
  request: { query: LOAN_QUERY, variables: { id: 'l1' } },
  result: { data: { loan } },
});

const repayment = (id: string, patch: Partial<LoanDetail['repayments'][number]> = {}) => ({
  __typename: 'Repayment' as const,
  id,
  amount: azn('150.00'),
  paidOn: '2026-04-15',
  recordedAt: '2026-04-15T10:00:00.000Z',
  recovery: false,
  reversedAt: null,
  reversalReason: null,
  ...patch,
});

const active = loanDetail({
  status: 'ACTIVE',
  disbursedOn: '2026-03-15',
  repayments: [
    repayment('r1'),
    repayment('r0', { reversedAt: '2026-04-02T00:00:00.000Z', reversalReason: 'typo' }),
  ],
});

describe('reversing a repayment', () => {
  it('asks admins for a reason, then to confirm, then books it once', async () => {
    const sent: unknown[] = [];
    await renderApp({
      path: '/loans/l1',
      mocks: [
        meMock('ADMIN'),
        loanMock(active),
        {
          request: {
            query: REVERSE_REPAYMENT_MUTATION,
            variables: (v: { input: unknown }) => {
              sent.push(v.input);
              return true;
            },
          },
          result: {
            data: {
              reverseRepayment: {
                __typename: 'RepaymentPayload',
                loan: {
                  ...active,
                  repayments: [
                    repayment('r1', {
                      reversedAt: '2026-05-01T00:00:00.000Z',
                      reversalReason: 'Bank error',
                    }),
                    active.repayments[1]!,
                  ],
                },
                repayment: { __typename: 'Repayment', id: 'r1' },
                userErrors: [],
              },
            },
          },
        },
      ],
    });
    // Only the repayment not yet reversed offers the action.
    const open = await screen.findAllByRole('button', { name: /^Reverse/ });
    expect(open).toHaveLength(1);
    await userEvent.click(open[0]!);
    await userEvent.click(screen.getByRole('button', { name: 'Reverse the repayment' }));
    const reason = screen.getByLabelText(/^Reason for the reversal/);
    expect(reason).toHaveFocus();
    expect(reason).toHaveAccessibleDescription(
      'Reason for the reversal: say why the repayment is reversed.',
    );
    expect(sent).toHaveLength(0);
    await userEvent.type(reason, 'Bank error');
    await userEvent.click(screen.getByRole('button', { name: 'Reverse the repayment' }));
    expect(screen.getByText(/The amount becomes owed again/)).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Yes, reverse it' }));
    expect(await screen.findByText('The repayment was reversed.')).toBeInTheDocument();
    expect(sent).toEqual([{ repaymentId: 'r1', reason: 'Bank error' }]);
    expect(screen.getByText('Reversed: Bank error')).toBeInTheDocument();
  });

  it('is not offered to case managers', async () => {
    await renderApp({ path: '/loans/l1', mocks: [meMock('CASE_MANAGER'), loanMock(active)] });
    expect(await screen.findByRole('button', { name: 'Record a repayment' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Reverse/ })).not.toBeInTheDocument();
  });
});

describe('withdrawing an application', () => {
  const submitted = loanDetail({ status: 'SUBMITTED' });

  it('lets the case manager withdraw after confirming, and shows a refusal plainly', async () => {
    await renderApp({
      path: '/loans/l1',
      mocks: [
        meMock('CASE_MANAGER'),
        loanMock(submitted),
        {
          request: { query: WITHDRAW_APPLICATION_MUTATION, variables: { input: { loanId: 'l1' } } },
          result: {
            data: {
              withdrawLoanApplication: {
                __typename: 'LoanPayload',
                loan: null,
                userErrors: [
                  {
                    __typename: 'UserError',
                    field: null,
                    code: 'INVALID_STATE',
                    message: 'The committee has already decided.',
                  },
                ],
              },
            },
          },
        },
        {
          request: { query: WITHDRAW_APPLICATION_MUTATION, variables: { input: { loanId: 'l1' } } },
          result: {
            data: {
              withdrawLoanApplication: {
                __typename: 'LoanPayload',
                loan: { ...submitted, status: 'WITHDRAWN' },
                userErrors: [],
              },
            },
          },
        },
      ],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Withdraw the application' }));
    expect(screen.getByText(/Withdraw application LN-2026-0007\?/)).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Yes, withdraw it' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The committee has already decided.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Yes, withdraw it' }));
    await waitFor(() =>
      expect(screen.getByText('Application LN-2026-0007 was withdrawn.')).toBeInTheDocument(),
    );
  });

  it('is not offered to the committee', async () => {
    await renderApp({ path: '/loans/l1', mocks: [meMock('APPROVER'), loanMock(submitted)] });
    expect(await screen.findByRole('button', { name: 'Decide' })).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Withdraw the application' }),
    ).not.toBeInTheDocument();
  });
});
