import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AGJ, FUZ, meMock } from '../test-mocks';
import { renderApp } from '../test-utils';
import { DASHBOARD_QUERY, type DashboardData } from './dashboard-documents';

// recharts needs layout a DOM test has not got; the charts are checked in the browser (e2e).
jest.mock('./dashboard-charts', () => {
  const stub = (name: string) => () => <p>{name} chart</p>;
  return {
    MoneyByMonthChart: stub('money'),
    ParByDistrictChart: stub('par'),
    CoursesChart: stub('courses'),
    FundChart: stub('fund'),
  };
});

const azn = (amount: string) => ({
  __typename: 'Money' as const,
  amount,
  currency: 'AZN' as const,
});
const data: DashboardData = {
  indicators: {
    __typename: 'Indicators',
    directBeneficiaries: 40,
    indirectBeneficiaries: 160,
    loansDisbursed: 12,
    amountDisbursed: azn('28800.00'),
    portfolioOutstanding: azn('15000.50'),
    repaymentRate: 0.9512,
    par30: 0.081,
    courseEnrollments: 30,
    courseCompletions: 21,
    byDistrict: [
      { __typename: 'DistrictIndicators', district: AGJ, par30: 0.1, suppressed: false },
      { __typename: 'DistrictIndicators', district: FUZ, par30: null, suppressed: true },
    ],
    byCourseTopic: [
      {
        __typename: 'CourseTopicIndicators',
        topic: 'ACCOUNTING',
        courseEnrollments: 20,
        courseCompletions: 15,
        suppressed: false,
      },
    ],
  },
  monthlyIndicators: [
    {
      __typename: 'MonthlyIndicators',
      month: '2026-10',
      amountDisbursed: azn('4800.00'),
      amountRepaid: azn('1375.00'),
    },
    {
      __typename: 'MonthlyIndicators',
      month: '2026-11',
      amountDisbursed: null,
      amountRepaid: azn('10.00'),
    },
  ],
  fund: { __typename: 'Fund', available: azn('90000.00'), outstanding: azn('15000.50') },
};

describe('dashboard', () => {
  it('shows the indicators as cards, and every chart’s figures as a table', async () => {
    await renderApp({
      path: '/',
      mocks: [meMock('ADMIN'), { request: { query: DASHBOARD_QUERY }, result: { data } }],
    });
    const cards = await screen.findByRole('list', { name: 'Indicators' });
    expect(cards).toHaveTextContent(/Survivors\s*40/);
    expect(cards).toHaveTextContent(/Repayment rate\s*95\.1%/);
    expect(cards).toHaveTextContent(/Out with borrowers\s*AZN\s15,000\.50/);
    const money = screen.getByRole('region', { name: 'Paid out and repaid, by month' });
    expect(await within(money).findByText('money chart')).toBeInTheDocument();
    await userEvent.click(within(money).getByText('Show the figures as a table'));
    expect(within(money).getByRole('row', { name: /2026-10/ })).toHaveTextContent(
      /4,800\.00.*1,375\.00/,
    );
    // A month suppressed for an analyst says so instead of breaking the page.
    expect(within(money).getByRole('row', { name: /2026-11/ })).toHaveTextContent(
      'hidden (small group)',
    );
    const par = screen.getByRole('region', { name: /by district/ });
    expect(within(par).getByRole('row', { name: /Fuzuli/ })).toHaveTextContent(
      'hidden (small group)',
    );
    expect(within(par).getByRole('row', { name: /Aghjabedi/ })).toHaveTextContent('10%');
    const fund = screen.getByRole('region', { name: /The fund/ });
    expect(within(fund).getByRole('row', { name: /Available to lend/ })).toHaveTextContent(
      '90,000.00',
    );
  });

  it('offers a retry when the indicators cannot be loaded', async () => {
    await renderApp({
      path: '/',
      mocks: [meMock('ANALYST'), { request: { query: DASHBOARD_QUERY }, error: new Error('down') }],
    });
    expect(await screen.findByText('The indicators could not be loaded')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
