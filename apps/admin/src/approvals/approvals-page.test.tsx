import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { APPROVE_LOAN_MUTATION, REJECT_LOAN_MUTATION } from '../loans/loan-documents';
import { loanDetail, loanSummary, loansMock } from '../loans/loan-test-data';
import { meMock } from '../test-mocks';
import { renderApp } from '../test-utils';

const queue = loansMock({ status: ['SUBMITTED'] }, [loanSummary()]);
const decision = (
  query: typeof APPROVE_LOAN_MUTATION | typeof REJECT_LOAN_MUTATION,
  field: 'approveLoan' | 'rejectLoan',
  note: string | null,
  payload: object,
) => ({
  request: { query, variables: { input: { loanId: 'l1', note } } },
  result: { data: { [field]: { __typename: 'LoanPayload', ...payload } } },
});

describe('approval queue', () => {
  it('lists submitted applications with the business plan', async () => {
    await renderApp({ path: '/approvals', mocks: [meMock('APPROVER'), queue] });
    const item = await screen.findByRole('article', { name: /LN-2026-0007/ });
    expect(within(item).getByText('Two cows and a milk separator')).toBeInTheDocument();
    expect(within(item).getByText(/12 months, 0 of them grace/)).toBeInTheDocument();
    expect(within(item).getByRole('button', { name: 'Approve LN-2026-0007' })).toBeInTheDocument();
  });

  it('says plainly when the approver prepared the application (SELF_APPROVAL)', async () => {
    await renderApp({
      path: '/approvals',
      mocks: [
        meMock('APPROVER'),
        queue,
        decision(APPROVE_LOAN_MUTATION, 'approveLoan', null, {
          loan: null,
          userErrors: [
            {
              __typename: 'UserError',
              field: null,
              code: 'SELF_APPROVAL',
              message: 'You prepared this application; another committee member must decide.',
            },
          ],
        }),
      ],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Approve LN-2026-0007' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'You prepared this application; another committee member must decide.',
    );
  });

  it('rejects with a note and says so', async () => {
    await renderApp({
      path: '/approvals',
      mocks: [
        meMock('APPROVER'),
        queue,
        decision(REJECT_LOAN_MUTATION, 'rejectLoan', 'No market for milk there', {
          loan: loanDetail({ status: 'REJECTED' }),
          userErrors: [],
        }),
      ],
    });
    await userEvent.type(
      await screen.findByLabelText('Note for the file (optional)'),
      'No market for milk there',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Reject LN-2026-0007' }));
    await waitFor(() => expect(screen.getByText('LN-2026-0007 was rejected.')).toBeInTheDocument());
  });

  it('says when nothing is waiting, and keeps others out', async () => {
    await renderApp({
      path: '/approvals',
      mocks: [meMock('APPROVER'), loansMock({ status: ['SUBMITTED'] }, [])],
    });
    expect(await screen.findByText('No applications are waiting.')).toBeInTheDocument();
  });
});
