import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RECORD_REPAYMENT_MUTATION } from '../loans/loan-documents';
import { azn, loanDetail, loanSummary } from '../loans/loan-test-data';
import { districtsMock, meMock } from '../test-mocks';
import { renderApp } from '../test-utils';
import { recentSince } from './recent-since';
import {
  type DueLoan,
  type DueWindow,
  RECENT_REPAYMENTS_QUERY,
  type RecentRepaymentRow,
  REPAYMENTS_DUE_QUERY,
} from './repayments-documents';

const dueLoan = (extra: Partial<DueLoan> = {}): DueLoan => {
  const { product: _product, ...summary } = loanSummary({
    status: 'ACTIVE',
    outstanding: azn('300.00'),
    overdue: azn('80.00'),
    daysPastDue: 12,
  });
  return {
    ...summary,
    nextInstalment: {
      __typename: 'Instalment',
      number: 2,
      dueDate: '2026-04-15',
      principalDue: azn('100.00'),
      principalPaid: azn('50.00'),
      status: 'OVERDUE',
    },
    ...extra,
  };
};
const later = dueLoan({
  id: 'l2',
  reference: 'LN-2026-0009',
  daysPastDue: 0,
  overdue: azn('0.00'),
  outstanding: azn('900.00'),
  nextInstalment: {
    __typename: 'Instalment',
    number: 1,
    dueDate: '2026-12-01',
    principalDue: azn('100.00'),
    principalPaid: azn('0.00'),
    status: 'PENDING',
  },
});

const dueMock = (
  loans: DueLoan[],
  filter: { window: DueWindow; districtIds?: string[] } = { window: 'ALL' },
) => ({
  request: { query: REPAYMENTS_DUE_QUERY, variables: { first: 100, filter } },
  result: {
    data: {
      repaymentsDue: {
        __typename: 'LoanConnection' as const,
        totalCount: loans.length,
        pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null },
        edges: loans.map((node) => ({ __typename: 'LoanEdge' as const, node })),
      },
    },
  },
});
const recentRow = (id: string, amount: string): RecentRepaymentRow => ({
  __typename: 'RecentRepayment',
  repayment: {
    __typename: 'Repayment',
    id,
    amount: azn(amount),
    paidOn: '2026-11-26',
    recordedAt: '2026-11-26T08:15:00.000Z',
    reversedAt: null,
  },
  loan: {
    __typename: 'Loan',
    id: 'l1',
    reference: 'LN-2026-0007',
    beneficiary: {
      __typename: 'Beneficiary',
      id: 'b1',
      code: 'AGJ-001',
      fullName: 'Elvin Məmmədov',
    },
  },
});
const recentMock = (rows: RecentRepaymentRow[], since = recentSince('today')) => ({
  request: { query: RECENT_REPAYMENTS_QUERY, variables: { since } },
  result: { data: { recentRepayments: rows } },
});

describe('repayments (collection sheet)', () => {
  it('lists what is due in API order and records a repayment in the row, once per click burst', async () => {
    const keys: string[] = [];
    await renderApp({
      path: '/repayments',
      mocks: [
        meMock('CASE_MANAGER'),
        districtsMock('CASE_MANAGER'),
        dueMock([dueLoan(), later]),
        recentMock([]),
        {
          request: {
            query: RECORD_REPAYMENT_MUTATION,
            variables: (v: {
              input: { loanId: string; idempotencyKey: string; amount: { amount: string } };
            }) => {
              keys.push(v.input.idempotencyKey);
              return v.input.loanId === 'l1' && v.input.amount.amount === '50';
            },
          },
          delay: 50,
          maxUsageCount: 2,
          result: {
            data: {
              recordRepayment: {
                __typename: 'RepaymentPayload',
                loan: loanDetail({
                  status: 'ACTIVE',
                  outstanding: azn('250.00'),
                  overdue: azn('0.00'),
                  daysPastDue: 0,
                }),
                repayment: { __typename: 'Repayment', id: 'r9' },
                userErrors: [],
              },
            },
          },
        },
        dueMock([
          later,
          dueLoan({ outstanding: azn('250.00'), overdue: azn('0.00'), daysPastDue: 0 }),
        ]),
        recentMock([recentRow('r9', '50.00')]),
      ],
    });
    const table = await screen.findByRole('table', { name: 'Repayments due' }, { timeout: 5000 });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent('LN-2026-0007');
    expect(rows[1]).toHaveTextContent('Apr 15, 2026');
    expect(rows[1]).toHaveTextContent('12 days');
    // Left on the instalment: 100.00 due - 50.00 paid, in exact minor units.
    expect(within(rows[1]!).getAllByRole('cell')[1]).toHaveTextContent(/Apr 15, 2026.*50\.00/);
    expect(rows[2]).toHaveTextContent('LN-2026-0009');
    expect(await screen.findByText('Nothing recorded today yet.')).toBeInTheDocument();

    const open = within(rows[1]!).getByRole('button', { name: 'Record LN-2026-0007' });
    await userEvent.click(open);
    expect(open).toHaveAttribute('aria-expanded', 'true');
    await userEvent.type(screen.getByLabelText(/^Amount received/), '50');
    await userEvent.dblClick(screen.getByRole('button', { name: 'Record the repayment' }));

    expect(await screen.findByText('Repayment recorded for LN-2026-0007.')).toBeInTheDocument();
    expect(new Set(keys).size).toBe(1);
    expect(screen.queryByRole('button', { name: 'Record the repayment' })).not.toBeInTheDocument();
    // Asked again: the paid-up loan moves below the later one, and shows what is left.
    const recent = await screen.findByRole('table', { name: '1 repayment recorded' });
    expect(within(recent).getByRole('link', { name: 'LN-2026-0007' })).toBeInTheDocument();
    // The due list is read again by its own query, which may answer after the recent one.
    await waitFor(() => {
      const after = within(screen.getByRole('table', { name: 'Repayments due' })).getAllByRole(
        'row',
      );
      expect(after[1]).toHaveTextContent('LN-2026-0009');
      expect(after[2]).toHaveTextContent('250.00');
    });
  });

  it('filters by district and overdue, and says when nothing matches', async () => {
    await renderApp({
      path: '/repayments',
      mocks: [
        meMock('CASE_MANAGER'),
        districtsMock('CASE_MANAGER'),
        dueMock([dueLoan()]),
        recentMock([]),
        dueMock([dueLoan()], { window: 'ALL', districtIds: ['d-fuz'] }),
        {
          request: {
            query: RECENT_REPAYMENTS_QUERY,
            variables: { since: recentSince('today'), districtIds: ['d-fuz'] },
          },
          result: { data: { recentRepayments: [] } },
        },
        dueMock([], { window: 'OVERDUE', districtIds: ['d-fuz'] }),
      ],
    });
    await screen.findByRole('table', { name: 'Repayments due' }, { timeout: 5000 });
    const district = screen.getByLabelText('District');
    // The districts arrive by their own query: on a busy machine after the sheet's rows.
    await within(district).findByRole('option', { name: 'Fuzuli' }, { timeout: 5000 });
    // A case manager chooses among their own districts only.
    expect(
      within(district)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['All my districts', 'Aghjabedi', 'Fuzuli']);
    await userEvent.selectOptions(district, 'd-fuz');
    await userEvent.selectOptions(screen.getByLabelText('Show'), 'OVERDUE');
    expect(await screen.findByText('No loan is overdue.')).toBeInTheDocument();
  });

  it('shows this week’s repayments on request, reversed ones struck through', async () => {
    const reversed = recentRow('r1', '20.00');
    reversed.repayment.reversedAt = '2026-11-26T09:00:00.000Z';
    await renderApp({
      path: '/repayments',
      mocks: [
        meMock('CASE_MANAGER'),
        districtsMock('CASE_MANAGER'),
        dueMock([]),
        recentMock([]),
        recentMock([recentRow('r2', '75.00'), reversed], recentSince('week')),
      ],
    });
    expect(
      await screen.findByText('No active loan in these districts.', {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    const week = screen.getByRole('button', { name: 'This week' });
    expect(week).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(week);
    expect(week).toHaveAttribute('aria-pressed', 'true');
    const recent = await screen.findByRole('table', { name: '2 repayments recorded' });
    expect(within(recent).getAllByRole('row')).toHaveLength(3);
    expect(within(recent).getByText('reversed', { exact: false })).toBeInTheDocument();
  });
});
