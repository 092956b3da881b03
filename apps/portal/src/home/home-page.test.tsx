import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { activeLoan, myLoansErrorMock, myLoansMock } from '../loans/loan-fixtures';
import { renderApp } from '../test-utils';
import { ME_QUERY } from './me-query';

const me = (displayName: string) => ({
  request: { query: ME_QUERY },
  result: { data: { me: { __typename: 'User', id: 'u1', displayName } } },
});

describe('portal home', () => {
  it.each([
    ['en', 'Hello, Elvin!', 'Left to pay', '750.50', 'Next payment', '31 March 2026', 'Active'],
    [
      'az',
      'Salam, Elvin!',
      'Ödəməli olduğunuz qalıq',
      '750,50',
      'Növbəti ödəniş',
      '31 mart 2026',
      'Aktiv',
    ],
    [
      'ru',
      'Здравствуйте, Elvin!',
      'Осталось заплатить',
      '750,50',
      'Следующий платёж',
      '31 марта 2026',
      'Действует',
    ],
  ] as const)(
    'in %s: what is left, the next payment with its date, progress and status',
    async (language, hello, left, amount, next, date, status) => {
      await renderApp({ language, mocks: [me('Elvin'), myLoansMock([activeLoan()])] });
      expect(await screen.findByRole('heading', { level: 1, name: hello })).toBeInTheDocument();
      const leftRegion = await screen.findByRole('region', { name: left });
      expect(leftRegion).toHaveTextContent(amount);
      expect(within(leftRegion).getByRole('progressbar')).toHaveAttribute('value', '37');
      const nextRegion = screen.getByRole('region', { name: next });
      expect(nextRegion).toHaveTextContent('400');
      expect(nextRegion).toHaveTextContent(date);
      expect(within(nextRegion).getByText(/12/)).toBeInTheDocument();
      expect(screen.getByText(status)).toBeInTheDocument();
    },
  );

  it('writes money exactly as az-Latn-AZ does: 1.200,00 ₼ total', async () => {
    await renderApp({ language: 'az', mocks: [me('Elvin'), myLoansMock([activeLoan()])] });
    expect(await screen.findByText(/449,50\s₼ ödəmisiniz \(37%\)/)).toHaveTextContent(
      /1\.200,00\s₼/,
    );
  });

  it('says in plain words when the loan waits for the committee, with no amounts', async () => {
    await renderApp({
      mocks: [me('Elvin'), myLoansMock([activeLoan({ status: 'SUBMITTED', schedule: [] })])],
    });
    expect(await screen.findByText('Waiting for the committee')).toBeInTheDocument();
    expect(screen.getByText(/will look at your application soon/)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Left to pay' })).not.toBeInTheDocument();
  });

  it('says so when there is no loan yet', async () => {
    await renderApp({ mocks: [me('Elvin'), myLoansMock([])] });
    expect(await screen.findByRole('region', { name: 'You have no loan yet' })).toBeVisible();
  });

  it('shows an error with a retry that loads the loan again', async () => {
    await renderApp({
      mocks: [me('Elvin'), myLoansErrorMock(), myLoansMock([activeLoan()])],
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your loan could not be loaded');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('region', { name: 'Left to pay' })).toHaveTextContent('750.50');
  });

  it('keeps the last figures seen when the connection drops, saying when they are from', async () => {
    const first = await renderApp({ mocks: [me('Elvin'), myLoansMock([activeLoan()])] });
    await screen.findByRole('region', { name: 'Left to pay' });
    first.unmount();
    await renderApp({ mocks: [me('Elvin'), myLoansErrorMock()] });
    expect(await screen.findByText(/No connection\. These figures are from/)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Left to pay' })).toHaveTextContent('750.50');
  });

  it('sends someone who is not signed in to the sign-in screen', async () => {
    const { router } = await renderApp({ session: { state: 'signed-out' } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
  });

  it('switches language, and says so on <html lang>', async () => {
    await renderApp({ mocks: [me('Elvin Quliyev'), myLoansMock([activeLoan()])] });
    await screen.findByRole('heading', { level: 1, name: 'Hello, Elvin Quliyev!' });
    await userEvent.click(screen.getByRole('button', { name: 'Azərbaycanca' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Salam, Elvin Quliyev!' }),
    ).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('lang', 'az');
  });

  it('has a not-found screen for unknown addresses', async () => {
    await renderApp({ path: '/nowhere' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument();
  });
});
