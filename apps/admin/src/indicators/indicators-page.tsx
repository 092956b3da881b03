import { CombinedGraphQLErrors } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { ErrorState, Page, TextField } from '@revolve/ui';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { SelectField } from '../forms/select-field';
import { QueryStates } from '../shell/query-states';
import { RequireRole } from '../shell/require-role';
import { STAFF_DISTRICTS_QUERY } from '../survivors/districts-query';
import { useFigures } from './figure-format';
import { FigureTable } from './figure-table';
import {
  dateProblems,
  indicatorsCsvHref,
  type IndicatorParams,
  LOANS_CSV_HREF,
  readIndicatorParams,
  toFilter,
  writeIndicatorParams,
} from './indicator-params';
import {
  type IndicatorFilter,
  INDICATORS_QUERY,
  type IndicatorsData,
  type LoanCellFigures,
} from './indicators-documents';

export function IndicatorsPage() {
  return (
    <RequireRole roles={['ADMIN', 'ANALYST']}>
      <Indicators />
    </RequireRole>
  );
}

/** The API refuses a scope so small that its totals would give a hidden cell away. */
function tooSmall(error: unknown): boolean {
  return (
    CombinedGraphQLErrors.is(error) &&
    error.errors.some((e) => e.extensions?.['code'] === 'BAD_USER_INPUT')
  );
}

/** The programme's indicators as tables, filtered by district and period (kept in the address). */
function Indicators() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const params = readIndicatorParams(search);
  const problems = dateProblems(params);
  const filter = toFilter(params);
  const districts = useQuery(STAFF_DISTRICTS_QUERY);
  const { data, loading, error, refetch } = useQuery(INDICATORS_QUERY, { variables: { filter } });
  const change = (patch: Partial<IndicatorParams>) =>
    setSearch(writeIndicatorParams({ ...params, ...patch }), { replace: true });
  const dateError = (field: 'from' | 'to') => {
    const p = problems[field];
    return p ? `${t(`indicatorsPage.${field}`)}: ${t(`indicatorsPage.problems.${p}`)}` : null;
  };

  return (
    <Page title={t('indicatorsPage.title')} titleSuffix={t('app.name')}>
      <p>{t('indicatorsPage.intro')}</p>
      <form
        className="admin-filters"
        aria-label={t('indicatorsPage.filters')}
        onSubmit={(e) => e.preventDefault()}
      >
        <SelectField
          id="indicators-district"
          label={t('indicatorsPage.district')}
          placeholder={t('indicatorsPage.allDistricts')}
          options={(districts.data?.districts ?? []).map((d) => ({ value: d.id, label: d.name }))}
          value={params.district}
          onChange={(e) => change({ district: e.target.value })}
        />
        <TextField
          id="indicators-from"
          label={t('indicatorsPage.from')}
          hint={t('indicatorsPage.periodHint')}
          type="date"
          value={params.from}
          error={dateError('from')}
          onChange={(e) => change({ from: e.target.value })}
        />
        <TextField
          id="indicators-to"
          label={t('indicatorsPage.to')}
          hint={t('indicatorsPage.periodHint')}
          type="date"
          value={params.to}
          error={dateError('to')}
          onChange={(e) => change({ to: e.target.value })}
        />
      </form>
      {tooSmall(error) ? (
        <ErrorState
          title={t('indicatorsPage.tooSmallTitle')}
          message={t('indicatorsPage.tooSmallBody')}
        />
      ) : (
        <QueryStates
          error={error}
          loading={loading}
          data={data}
          isEmpty={() => false}
          errorTitle={t('indicatorsPage.errorTitle')}
          loadingLabel={t('indicatorsPage.loading')}
          emptyTitle=""
          onRetry={refetch}
        >
          {(d) => <IndicatorTables data={d} filter={filter} />}
        </QueryStates>
      )}
    </Page>
  );
}

function IndicatorTables({ data, filter }: { data: IndicatorsData; filter: IndicatorFilter }) {
  const { t } = useTranslation();
  const f = useFigures();
  const i = data.indicators;
  const cols = (k: string) => t(`indicatorsPage.columns.${k}`);
  const loanHead = (first: string) => [
    first,
    cols('directBeneficiaries'),
    cols('loansDisbursed'),
    cols('amountDisbursed'),
    cols('par30'),
    cols('repaymentRate'),
  ];
  const loanCells = (c: LoanCellFigures): ReactNode[] => [
    f.number(c.directBeneficiaries, c.suppressed),
    f.number(c.loansDisbursed, c.suppressed),
    f.money(c.amountDisbursed, c.suppressed),
    f.percent(c.par30, c.suppressed),
    f.percent(c.repaymentRate, c.suppressed),
  ];
  const keyed = (group: 'sex' | 'ageBand' | 'purpose', cells: typeof i.bySex) =>
    cells.map((c) => [t(`indicatorsPage.keys.${group}.${c.key}`), ...loanCells(c)]);
  const anySuppressed = [i.byDistrict, i.bySex, i.byAgeBand, i.byPurpose, i.byCourseTopic].some(
    (cells) => cells.some((c) => c.suppressed),
  );
  const title = (k: string) => t(`indicatorsPage.tables.${k}`);
  const figure = (k: string) => t(`indicatorsPage.figures.${k}`);

  return (
    <>
      {anySuppressed && (
        <p role="note">
          <span aria-hidden="true">* </span>
          {t('indicatorsPage.suppressedNote')}
        </p>
      )}
      <FigureTable
        id="indicators-headline"
        title={title('headline')}
        head={[cols('figure'), cols('value')]}
        rows={[
          [figure('direct'), f.number(i.directBeneficiaries)],
          [figure('indirect'), f.number(i.indirectBeneficiaries)],
          [figure('familyWorkers'), f.number(i.familyWorkers)],
          [figure('loans'), f.number(i.loansDisbursed)],
          [figure('disbursed'), f.money(i.amountDisbursed)],
          [figure('outstanding'), f.money(i.portfolioOutstanding)],
          [figure('repaymentRate'), f.percent(i.repaymentRate)],
          [figure('par30'), f.percent(i.par30)],
          [figure('par90'), f.percent(i.par90)],
          [figure('writeOffRatio'), f.percent(i.writeOffRatio)],
          [figure('writtenOff'), f.money(i.amountWrittenOff)],
          [figure('enrollments'), f.number(i.courseEnrollments)],
          [figure('completions'), f.number(i.courseCompletions)],
        ]}
      />
      <FigureTable
        id="indicators-district"
        title={title('byDistrict')}
        head={loanHead(cols('district'))}
        rows={i.byDistrict.map((c) => [c.district.name, ...loanCells(c)])}
        csvHref={indicatorsCsvHref('district', filter)}
      />
      <FigureTable
        id="indicators-sex"
        title={title('bySex')}
        head={loanHead(cols('sex'))}
        rows={keyed('sex', i.bySex)}
        csvHref={indicatorsCsvHref('sex', filter)}
      />
      <FigureTable
        id="indicators-age"
        title={title('byAgeBand')}
        head={loanHead(cols('ageBand'))}
        rows={keyed('ageBand', i.byAgeBand)}
        csvHref={indicatorsCsvHref('ageBand', filter)}
      />
      <FigureTable
        id="indicators-purpose"
        title={title('byPurpose')}
        head={loanHead(cols('purpose'))}
        rows={keyed('purpose', i.byPurpose)}
        csvHref={indicatorsCsvHref('purpose', filter)}
      />
      <FigureTable
        id="indicators-course"
        title={title('byCourseTopic')}
        head={[
          cols('course'),
          cols('participants'),
          cols('enrollments'),
          cols('completions'),
          cols('completionRate'),
        ]}
        rows={i.byCourseTopic.map((c) => [
          t(`dashboard.topics.${c.topic}`),
          f.number(c.participants, c.suppressed),
          f.number(c.courseEnrollments, c.suppressed),
          f.number(c.courseCompletions, c.suppressed),
          f.percent(c.completionRate, c.suppressed),
        ])}
        csvHref={indicatorsCsvHref('courseTopic', filter)}
      />
      <section className="admin-section" aria-labelledby="indicators-downloads">
        <h2 id="indicators-downloads">{title('downloads')}</h2>
        <ul>
          <li>
            <a href={indicatorsCsvHref('month', filter)} download>
              {t('indicatorsPage.downloadMonths')}
            </a>
          </li>
          <li>
            <a href={LOANS_CSV_HREF} download>
              {t('indicatorsPage.downloadLoans')}
            </a>
          </li>
        </ul>
      </section>
    </>
  );
}
