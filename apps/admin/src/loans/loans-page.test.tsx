import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { meMock } from '../test-mocks';
import { renderApp } from '../test-utils';
import { LOANS_QUERY, type LoanSummary } from './loan-documents';
import { loanSummary } from './loan-test-data';

const page = (loans: LoanSummary[], total: number, endCursor: string | null) => ({
  data: {
    loans: {
      __typename: 'LoanConnection' as const,
      totalCount: total,
      pageInfo: { __typename: 'PageInfo' as const, hasNextPage: endCursor !== null, endCursor },
      edges: loans.map((node) => ({ __typename: 'LoanEdge' as const, node })),
    },
  },
});
const loans = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) =>
    loanSummary({ id: `l${from + i}`, reference: `LN-${from + i}` }),
  );

describe('loans list', () => {
  it('asks for 100, then the rest on request, after the last cursor', async () => {
    await renderApp({
      path: '/loans',
      mocks: [
        meMock('CASE_MANAGER'),
        {
          request: { query: LOANS_QUERY, variables: { first: 100, filter: {} } },
          // Fewer rows than asked for keep the test fast; the screen only follows hasNextPage.
          result: page(loans(1, 3), 5, 'c3'),
        },
        {
          request: { query: LOANS_QUERY, variables: { first: 100, filter: {}, after: 'c3' } },
          result: page(loans(4, 2), 5, null),
        },
      ],
    });
    const table = await screen.findByRole('table', { name: 'Loans' }, { timeout: 5000 });
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    expect(screen.getByRole('status')).toHaveTextContent('Showing 3 of 5');
    const more = screen.getByRole('button', { name: 'Show more' });
    await userEvent.click(more);
    expect(await screen.findByText('Showing 5 of 5')).toBeInTheDocument();
    expect(within(table).getAllByRole('row')).toHaveLength(6);
    expect(within(table).getByRole('link', { name: 'LN-5' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();
  });
});
