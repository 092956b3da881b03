import { useQuery } from '@apollo/client/react';
import { Button, Page, StatusBadge, TextField } from '@revolve/ui';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { SelectField } from '../forms/select-field';
import { QueryStates } from '../shell/query-states';
import { TrailPager } from '../shell/trail-pager';
import { RequireRole } from '../shell/require-role';
import { BENEFICIARIES_QUERY, type SurvivorRow } from './beneficiaries-query';
import { STAFF_DISTRICTS_QUERY, workingDistricts } from './districts-query';
import { downloadCsv } from './download-csv';
import { listVariables, readListParams, writeListParams } from './list-params';
import { toCsv } from './to-csv';
import { useDebouncedValue } from './use-debounced-value';

export const PAGE_SIZE = 25;
export const SEARCH_DELAY_MS = 300;

export function SurvivorsPage() {
  return (
    <RequireRole roles={['ADMIN', 'CASE_MANAGER']}>
      <SurvivorsList />
    </RequireRole>
  );
}

function SurvivorsList() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = readListParams(searchParams);
  const [typed, setTyped] = useState(params.search);
  const settled = useDebouncedValue(typed, SEARCH_DELAY_MS);

  // A settled search replaces the address entry (typing is not history) and starts at page one.
  useEffect(() => {
    if (settled.trim() === params.search) return;
    setSearchParams(writeListParams({ ...params, search: settled, trail: [] }), { replace: true });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new settled search acts
  }, [settled]);
  // Back/forward to another search: show it in the box (adjusting state while rendering).
  const [shown, setShown] = useState(params.search);
  if (shown !== params.search) {
    setShown(params.search);
    setTyped(params.search);
  }

  const districts = useQuery(STAFF_DISTRICTS_QUERY);
  const { data, loading, error, refetch } = useQuery(BENEFICIARIES_QUERY, {
    variables: listVariables(params, PAGE_SIZE),
  });
  const connection = data?.beneficiaries;
  const rows = connection?.edges.map((e) => e.node) ?? [];
  const pageNumber = params.trail.length + 1;
  const go = (trail: string[]) => setSearchParams(writeListParams({ ...params, trail }));

  const sexLabel = (row: SurvivorRow) => t(`survivors.sex.${row.sex}`);
  const exportCsv = () => {
    const header = [
      t('survivors.columns.code'),
      t('survivors.columns.name'),
      t('survivors.columns.sex'),
      t('survivors.columns.birthYear'),
      t('survivors.columns.district'),
      t('survivors.columns.village'),
      t('survivors.columns.phone'),
      t('survivors.columns.household'),
      t('survivors.columns.consent'),
    ];
    const body = rows.map((r) => [
      r.code,
      r.fullName,
      sexLabel(r),
      r.birthYear,
      r.district.name,
      r.village,
      r.phone,
      r.householdSize,
      r.consent.active ? t('survivors.consent.active') : t('survivors.consent.withdrawn'),
    ]);
    downloadCsv(`survivors-page-${pageNumber}.csv`, toCsv(header, body));
  };

  const content = (
    <QueryStates
      error={error}
      loading={loading}
      data={connection}
      isEmpty={() => rows.length === 0}
      errorTitle={t('survivors.errorTitle')}
      loadingLabel={t('survivors.loading')}
      emptyTitle={t('survivors.emptyTitle')}
      emptyBody={
        <p>
          {params.search || params.districtId
            ? t('survivors.emptyFiltered')
            : t('survivors.emptyBody')}
        </p>
      }
      onRetry={refetch}
    >
      {(connection) => (
        <>
          <TrailPager
            trail={params.trail}
            pageSize={PAGE_SIZE}
            shown={rows.length}
            total={connection.totalCount}
            pageInfo={connection.pageInfo}
            count={(range) => t('survivors.count', { ...range })}
            onGo={go}
            actions={
              <Button variant="secondary" onClick={exportCsv}>
                {t('survivors.export')}
              </Button>
            }
          >
            <div className="admin-table-wrap">
              <table className="admin-table">
                <caption className="admin-visually-hidden">{t('survivors.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('survivors.columns.code')}</th>
                    <th scope="col">{t('survivors.columns.name')}</th>
                    <th scope="col">{t('survivors.columns.sex')}</th>
                    <th scope="col">{t('survivors.columns.birthYear')}</th>
                    <th scope="col">{t('survivors.columns.district')}</th>
                    <th scope="col">{t('survivors.columns.village')}</th>
                    <th scope="col">{t('survivors.columns.phone')}</th>
                    <th scope="col">{t('survivors.columns.household')}</th>
                    <th scope="col">{t('survivors.columns.consent')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.id}>
                      <td className="admin-nowrap">
                        <Link to={`/beneficiaries/${r.id}`}>{r.code}</Link>
                      </td>
                      <td>{r.fullName}</td>
                      <td>{sexLabel(r)}</td>
                      <td>{r.birthYear}</td>
                      <td>{r.district.name}</td>
                      <td>{r.village}</td>
                      <td className="admin-nowrap">{r.phone}</td>
                      <td>{r.householdSize}</td>
                      <td>
                        {r.consent.active ? (
                          <StatusBadge tone="success" label={t('survivors.consent.active')} />
                        ) : (
                          <StatusBadge tone="warning" label={t('survivors.consent.withdrawn')} />
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </TrailPager>
        </>
      )}
    </QueryStates>
  );

  return (
    <Page title={t('nav.beneficiaries')} titleSuffix={t('app.name')}>
      <p>
        <Link className="rv-button rv-button--primary" to="/beneficiaries/new">
          {t('survivors.register')}
        </Link>
      </p>
      <div role="search" className="admin-filters" aria-label={t('survivors.filters')}>
        <TextField
          type="search"
          name="q"
          label={t('survivors.search')}
          hint={t('survivors.searchHint')}
          value={typed}
          maxLength={100}
          onChange={(e) => setTyped(e.target.value)}
        />
        <SelectField
          name="district"
          label={t('survivors.district')}
          placeholder={t('survivors.allDistricts')}
          options={workingDistricts(districts.data).map((d) => ({ value: d.id, label: d.name }))}
          value={params.districtId}
          onChange={(e) =>
            setSearchParams(writeListParams({ ...params, districtId: e.target.value, trail: [] }))
          }
        />
      </div>
      {content}
    </Page>
  );
}
