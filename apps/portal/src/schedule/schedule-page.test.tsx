import { screen, within } from '@testing-library/react';
import { activeLoan, myLoansErrorMock, myLoansMock } from '../loans/loan-fixtures';
import { renderApp } from '../test-utils';

describe('portal schedule', () => {
  it.each([
    [
      'en',
      'Your payments',
      'Payment 2',
      'Late',
      '31 March 2026',
      '400.00',
      'Payments you made',
      '27 February 2026',
    ],
    [
      'az',
      'Ödənişləriniz',
      '2-ci ödəniş',
      'Gecikir',
      '31 mart 2026',
      '400,00',
      'Etdiyiniz ödənişlər',
      '27 fevral 2026',
    ],
    [
      'ru',
      'Ваши платежи',
      'Платёж 2',
      'Просрочен',
      '31 марта 2026',
      '400,00',
      'Ваши оплаты',
      '27 февраля 2026',
    ],
  ] as const)(
    'in %s: every instalment with due date, amount and status, then the payments made',
    async (language, title, second, late, due, amount, paidHeading, paidOn) => {
      await renderApp({ path: '/schedule', language, mocks: [myLoansMock([activeLoan()])] });
      expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument();
      await screen.findAllByRole('heading', { level: 3 });
      const rows = screen.getAllByRole('listitem');
      const plan = rows.filter((row) => within(row).queryByRole('heading', { level: 3 }));
      expect(plan).toHaveLength(3);
      const row = plan[1]!;
      expect(within(row).getByRole('heading', { level: 3 })).toHaveTextContent(second);
      expect(row).toHaveTextContent(late);
      expect(row).toHaveTextContent(due);
      expect(row).toHaveTextContent(amount);
      const paid = screen.getByRole('region', { name: paidHeading });
      expect(within(paid).getAllByRole('listitem')).toHaveLength(2);
      expect(paid).toHaveTextContent(paidOn);
    },
  );

  it('says the plan comes once the money is paid out, and that nothing was paid yet', async () => {
    await renderApp({
      path: '/schedule',
      mocks: [myLoansMock([activeLoan({ status: 'APPROVED', schedule: [], repayments: [] })])],
    });
    expect(await screen.findByText(/appears here once the money is paid out/)).toBeInTheDocument();
    expect(screen.getByText('You have not made a payment yet.')).toBeInTheDocument();
  });

  it('shows an error with a retry when the loan cannot be loaded', async () => {
    await renderApp({ path: '/schedule', mocks: [myLoansErrorMock()] });
    expect(await screen.findByRole('alert')).toHaveTextContent('Your loan could not be loaded');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
