import { GraphQLError } from 'graphql';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AGJ, districtsMock, FUZ, meMock } from '../test-mocks';
import { renderApp } from '../test-utils';
import {
  type DistrictCell,
  type IndicatorCell,
  type IndicatorFilter,
  INDICATORS_QUERY,
  type IndicatorsData,
} from './indicators-documents';

const azn = (amount: string) => ({
  __typename: 'Money' as const,
  amount,
  currency: 'AZN' as const,
});
const figures = {
  directBeneficiaries: 12,
  loansDisbursed: 9,
  amountDisbursed: azn('18000.00'),
  par30: 0.125,
  repaymentRate: 0.9,
  suppressed: false,
};
const hidden = {
  directBeneficiaries: null,
  loansDisbursed: null,
  amountDisbursed: null,
  par30: null,
  repaymentRate: null,
  suppressed: true,
};
const cell = (key: string, f: Omit<IndicatorCell, 'key'> = figures): IndicatorCell => ({
  __typename: 'IndicatorCell',
  key,
  ...f,
});
const district = (d: typeof AGJ, f: Omit<DistrictCell, 'district'>): DistrictCell => ({
  __typename: 'DistrictIndicators',
  district: { __typename: 'District', id: d.id, name: d.name },
  ...f,
});

const data = (suppressed: boolean): IndicatorsData => ({
  indicators: {
    __typename: 'Indicators',
    directBeneficiaries: 40,
    indirectBeneficiaries: 160,
    familyWorkers: 21,
    loansDisbursed: 30,
    amountDisbursed: azn('64000.00'),
    portfolioOutstanding: azn('31000.00'),
    amountWrittenOff: azn('1200.00'),
    repaymentRate: 0.93,
    par30: 0.08,
    par90: 0.02,
    writeOffRatio: 0.019,
    courseEnrollments: 55,
    courseCompletions: 41,
    byDistrict: [
      district(AGJ, figures),
      district(FUZ, suppressed ? hidden : { ...figures, directBeneficiaries: 3 }),
    ],
    bySex: [cell('FEMALE'), cell('MALE', suppressed ? hidden : figures)],
    byAgeBand: ['UNDER_30', '30_44', '45_59', '60_PLUS'].map((k) => cell(k)),
    byPurpose: [cell('START_UP'), cell('EXPANSION')],
    byCourseTopic: [
      {
        __typename: 'CourseTopicIndicators',
        topic: 'ACCOUNTING',
        participants: 20,
        courseEnrollments: 22,
        courseCompletions: 18,
        completionRate: 0.818,
        suppressed: false,
      },
      {
        __typename: 'CourseTopicIndicators',
        topic: 'MARKETING',
        participants: suppressed ? null : 2,
        courseEnrollments: suppressed ? null : 2,
        courseCompletions: suppressed ? null : 0,
        completionRate: null,
        suppressed,
      },
    ],
  },
});

const ALL: IndicatorFilter = { districtIds: null, from: null, to: null };
const indicatorsMock = (filter: IndicatorFilter, suppressed = false) => ({
  request: { query: INDICATORS_QUERY, variables: { filter } },
  result: { data: data(suppressed) },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

const table = async (name: string) =>
  within((await screen.findByRole('heading', { name })).closest('section')!).getByRole('table');
const rowOf = (t: HTMLElement, header: string) =>
  within(t).getByRole('rowheader', { name: header }).closest('tr')!;

describe('indicators', () => {
  it('shows the headline figures and every breakdown as tables', async () => {
    await renderApp({
      path: '/indicators',
      mocks: [meMock('ADMIN'), districtsMock('ADMIN'), indicatorsMock(ALL)],
    });
    const headline = await table('Headline figures');
    expect(rowOf(headline, 'Survivors (direct beneficiaries)')).toHaveTextContent('40');
    expect(rowOf(headline, 'Family members (indirect beneficiaries)')).toHaveTextContent('160');
    expect(rowOf(headline, 'Amount paid out')).toHaveTextContent('64,000.00');
    expect(rowOf(headline, 'Portfolio at risk (30 days)')).toHaveTextContent('8%');
    expect(rowOf(headline, 'Write-off ratio')).toHaveTextContent('1.9%');
    expect(rowOf(headline, 'Course completions')).toHaveTextContent('41');
    expect(rowOf(await table('By district'), 'Fuzuli')).toHaveTextContent(
      /^Fuzuli39AZN 18,000\.00/,
    );
    expect(rowOf(await table('By sex'), 'Women')).toHaveTextContent('12.5%');
    expect(within(await table('By age')).getAllByRole('row')).toHaveLength(5);
    expect(rowOf(await table('By loan purpose'), 'Expand a business')).toBeInTheDocument();
    expect(rowOf(await table('By course'), 'Marketing')).toHaveTextContent(/^Marketing220—$/);
    // Nothing is hidden for an admin: no note.
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Download CSV: By district' })).toHaveAttribute(
      'href',
      '/export/indicators.csv?breakdown=district',
    );
    expect(
      screen.getByRole('link', { name: 'Download CSV: every loan (pseudonymous)' }),
    ).toHaveAttribute('href', '/export/loans.csv');
  });

  it('shows suppressed cells as “fewer than 5”, never 0, with a note', async () => {
    await renderApp({
      path: '/indicators',
      mocks: [meMock('ANALYST'), districtsMock('ANALYST'), indicatorsMock(ALL, true)],
    });
    const fuzuli = rowOf(await table('By district'), 'Fuzuli');
    const cells = within(fuzuli).getAllByRole('cell');
    expect(cells).toHaveLength(5);
    for (const c of cells) expect(c).toHaveTextContent(/^fewer than 5\*$/);
    expect(fuzuli).not.toHaveTextContent('0');
    expect(rowOf(await table('By sex'), 'Men')).toHaveTextContent('fewer than 5');
    expect(rowOf(await table('By course'), 'Marketing')).toHaveTextContent('fewer than 5');
    expect(screen.getByRole('note')).toHaveTextContent(
      /fewer than 5 survivors and is hidden to protect their privacy/,
    );
  });

  it('keeps district and period in the address and asks for those figures', async () => {
    const filtered = { districtIds: [AGJ.id], from: '2026-01-01', to: null };
    const { router } = await renderApp({
      path: '/indicators?from=2026-01-01',
      mocks: [
        meMock('ADMIN'),
        districtsMock('ADMIN'),
        indicatorsMock({ ...ALL, from: '2026-01-01' }),
        indicatorsMock(filtered),
      ],
    });
    await table('By district');
    expect(screen.getByLabelText(/^Paid out from/)).toHaveValue('2026-01-01');
    await userEvent.selectOptions(await screen.findByLabelText('District'), AGJ.id);
    await waitFor(() =>
      expect(router.state.location.search).toBe(`?district=${AGJ.id}&from=2026-01-01`),
    );
    await waitFor(() =>
      expect(screen.getByRole('link', { name: 'Download CSV: By sex' })).toHaveAttribute(
        'href',
        `/export/indicators.csv?breakdown=sex&districtIds=${AGJ.id}&from=2026-01-01`,
      ),
    );
  });

  it('says when the period ends before it starts, and leaves it out', async () => {
    await renderApp({
      path: '/indicators?from=2026-05-01&to=2026-04-01',
      mocks: [meMock('ADMIN'), districtsMock('ADMIN'), indicatorsMock(ALL)],
    });
    await table('By district');
    expect(screen.getByLabelText(/^Paid out until/)).toHaveAccessibleDescription(
      /Paid out until: must not be before the start of the period\./,
    );
  });

  it('explains a refusal for too few survivors instead of a network problem', async () => {
    await renderApp({
      path: `/indicators?district=${FUZ.id}`,
      mocks: [
        meMock('ANALYST'),
        districtsMock('ANALYST'),
        {
          request: {
            query: INDICATORS_QUERY,
            variables: { filter: { ...ALL, districtIds: [FUZ.id] } },
          },
          result: {
            errors: [
              new GraphQLError('Fewer than 5 survivors are behind these figures.', {
                extensions: { code: 'BAD_USER_INPUT' },
              }),
            ],
          },
        },
      ],
    });
    expect(await screen.findByText('These figures cannot be shown')).toBeInTheDocument();
    expect(screen.getByText(/Choose more districts or a longer period\./)).toBeInTheDocument();
  });

  it('is not for case managers', async () => {
    await renderApp({
      path: '/indicators',
      mocks: [meMock('CASE_MANAGER'), districtsMock('CASE_MANAGER'), indicatorsMock(ALL)],
    });
    expect(await screen.findByText('Not available for your role')).toBeInTheDocument();
  });
});
