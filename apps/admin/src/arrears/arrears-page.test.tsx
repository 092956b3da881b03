import { screen, within } from '@testing-library/react';
import { azn, loanSummary, loansMock } from '../loans/loan-test-data';
import { meMock } from '../test-mocks';
import { renderApp } from '../test-utils';

describe('arrears list', () => {
  it('lists loans past due, longest first, with the overdue amount and a link', async () => {
    const late = (id: string, days: number, overdue: string) =>
      loanSummary({
        id,
        reference: `LN-${id}`,
        status: 'ACTIVE',
        daysPastDue: days,
        overdue: azn(overdue),
      });
    await renderApp({
      path: '/arrears',
      mocks: [
        meMock('CASE_MANAGER'),
        loansMock({ minDaysPastDue: 1 }, [late('a', 5, '40.00'), late('b', 45, '300.00')], 100),
      ],
    });
    const table = await screen.findByRole('table', { name: 'Arrears' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('LN-b');
    expect(rows[1]).toHaveTextContent('45');
    expect(rows[1]).toHaveTextContent('300.00');
    expect(rows[1]).toHaveTextContent('Aghjabedi');
    expect(within(rows[1]!).getByRole('link', { name: 'LN-b' })).toHaveAttribute(
      'href',
      '/admin/loans/b',
    );
    expect(screen.getByText(/2 loans have a payment past due/)).toBeInTheDocument();
  });

  it('says when no loan is late', async () => {
    await renderApp({
      path: '/arrears',
      mocks: [meMock('ADMIN'), loansMock({ minDaysPastDue: 1 }, [], 100)],
    });
    expect(await screen.findByText('No loan is past due.')).toBeInTheDocument();
  });
});
