import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { azn } from '../loans/loan-test-data';
import { meMock } from '../test-mocks';
import { renderApp } from '../test-utils';
import { DONORS_QUERY, FUND_QUERY, RECORD_CONTRIBUTION_MUTATION } from './fund-documents';
import { VERIFY_LEDGER_QUERY } from './ledger-check';

const usd = (amount: string) => ({
  __typename: 'Money' as const,
  amount,
  currency: 'USD' as const,
});
const fundMock = {
  request: { query: FUND_QUERY },
  result: {
    data: {
      fund: {
        __typename: 'Fund',
        currency: 'AZN',
        capital: azn('100000.00'),
        available: azn('60000.00'),
        outstanding: azn('38000.00'),
        disbursedTotal: azn('50000.00'),
        repaidTotal: azn('10000.00'),
        writtenOffTotal: azn('2000.00'),
        revolutions: 0.5,
        ledgerBalanced: true,
        contributions: [
          {
            __typename: 'Contribution',
            id: 'c1',
            receivedOn: '2026-01-10',
            amount: usd('50000.00'),
            exchangeRate: '1.7',
            fundAmount: azn('85000.00'),
            donor: { __typename: 'Organization', id: 'o-undp', name: 'UNDP' },
          },
        ],
        budget: {
          __typename: 'Budget',
          total: usd('136000.00'),
          spent: usd('60000.00'),
          lines: [
            {
              __typename: 'BudgetLine',
              id: 'bl1',
              code: 'LOAN_CAPITAL',
              name: 'Loan capital',
              planned: usd('100000.00'),
              spent: usd('50000.00'),
            },
          ],
        },
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};
const donorsMock = {
  request: { query: DONORS_QUERY },
  result: {
    data: {
      organizations: [
        { __typename: 'Organization', id: 'o-undp', name: 'UNDP', kind: 'DONOR' },
        { __typename: 'Organization', id: 'o-iom', name: 'IOM', kind: 'IMPLEMENTER' },
      ],
    },
  },
};

describe('fund page', () => {
  it('shows the ledger figures, budget and contributions; others only read', async () => {
    await renderApp({ path: '/fund', mocks: [meMock('APPROVER'), fundMock] });
    const figures = await screen.findByRole('region', { name: 'The revolving fund' });
    expect(within(figures).getByText('Available to lend').nextSibling).toHaveTextContent(
      '60,000.00',
    );
    expect(within(figures).getByText('Balanced')).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Programme budget' })).toHaveTextContent(
      'Loan capital',
    );
    expect(screen.getByRole('table', { name: 'Donor contributions' })).toHaveTextContent('UNDP');
    expect(screen.queryByRole('button', { name: 'Record a contribution' })).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Check every ledger line' }),
    ).not.toBeInTheDocument();
  });

  it('runs the full ledger check for an admin on demand and names what disagrees', async () => {
    const verification = (unbalancedEntries: number, portfolioAgrees: boolean) => ({
      request: { query: VERIFY_LEDGER_QUERY },
      result: {
        data: {
          verifyLedger: {
            __typename: 'LedgerVerification',
            balanced: unbalancedEntries === 0 && portfolioAgrees,
            unbalancedEntries,
            totalsMismatches: 0,
            portfolioAgrees,
            verifiedAt: '2026-05-01T08:30:00.000Z',
          },
        },
      },
    });
    await renderApp({
      path: '/fund',
      mocks: [meMock('ADMIN'), fundMock, donorsMock, verification(0, true), verification(2, false)],
    });
    const run = await screen.findByRole('button', { name: 'Check every ledger line' });
    await userEvent.click(run);
    const status = await screen.findByText('Every line checked: balanced');
    expect(status.closest('[role="status"]')).toHaveTextContent(/Checked at .*12:30:00/);
    await userEvent.click(run);
    expect(await screen.findByText('2 journal entries do not balance.')).toBeInTheDocument();
    expect(
      screen.getByText(
        'The loans receivable do not agree with what the active schedules still owe.',
      ),
    ).toBeInTheDocument();
  });

  it('lets an admin record a contribution, asking for the rate, and shows the API’s refusal', async () => {
    const input = {
      donorId: 'o-undp',
      amount: { amount: '1000', currency: 'USD' },
      exchangeRate: '1.7',
      receivedOn: '2026-05-01',
      note: null,
    };
    await renderApp({
      path: '/fund',
      mocks: [
        meMock('ADMIN'),
        fundMock,
        donorsMock,
        {
          request: { query: RECORD_CONTRIBUTION_MUTATION, variables: { input } },
          result: {
            data: {
              recordContribution: {
                __typename: 'ContributionPayload',
                contribution: null,
                userErrors: [
                  {
                    __typename: 'UserError',
                    field: ['input', 'exchangeRate'],
                    code: 'VALIDATION',
                    message: 'The rate looks wrong for USD.',
                  },
                ],
              },
            },
          },
        },
      ],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Record a contribution' }));
    await userEvent.click(screen.getByRole('button', { name: 'Record the contribution' }));
    expect(screen.getByRole('combobox', { name: /^Donor/ })).toHaveFocus();
    expect(screen.getByLabelText(/^Exchange rate/)).toHaveAccessibleDescription(
      /Exchange rate: enter the rate as a decimal/,
    );
    // The donors arrive by their own query: on a busy machine they may not be there yet.
    await within(screen.getByRole('combobox', { name: /^Donor/ })).findByRole('option', {
      name: 'UNDP',
    });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /^Donor/ }), 'o-undp');
    await userEvent.type(screen.getByLabelText(/^Amount received/), '1000');
    await userEvent.type(screen.getByLabelText(/^Exchange rate/), '1.7');
    const date = screen.getByLabelText(/^Received on/);
    await userEvent.clear(date);
    await userEvent.type(date, '2026-05-01');
    await userEvent.click(screen.getByRole('button', { name: 'Record the contribution' }));
    await waitFor(() =>
      expect(screen.getByLabelText(/^Exchange rate/)).toHaveAccessibleDescription(
        /The rate looks wrong for USD./,
      ),
    );
  });
});
