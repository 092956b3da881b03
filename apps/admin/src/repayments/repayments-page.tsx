import { useQuery } from '@apollo/client/react';
import { Page } from '@revolve/ui';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../forms/select-field';
import { appendEdges, LoadMore } from '../shell/load-more';
import { QueryStates } from '../shell/query-states';
import { RequireRole } from '../shell/require-role';
import { STAFF_DISTRICTS_QUERY, workingDistricts } from '../survivors/districts-query';
import { DueSheet } from './due-sheet';
import { RecentRepayments } from './recent-repayments';
import { type DueLoan, type DueWindow, REPAYMENTS_DUE_QUERY } from './repayments-documents';

const WINDOWS: DueWindow[] = ['ALL', 'OVERDUE', 'DUE_THIS_WEEK'];

export function RepaymentsPage() {
  return (
    <RequireRole roles={['ADMIN', 'CASE_MANAGER']}>
      <Repayments />
    </RequireRole>
  );
}

/**
 * The case manager's collection sheet: active loans in their districts by the oldest unpaid
 * due date (the longest overdue first), a repayment recorded in the row, and what was recorded
 * lately. The API keeps a case manager to their own districts whatever the filter says.
 */
function Repayments() {
  const { t } = useTranslation();
  const [districtId, setDistrictId] = useState('');
  const [dueWindow, setDueWindow] = useState<DueWindow>('ALL');
  const [openLoanId, setOpenLoanId] = useState<string | null>(null);
  const [recorded, setRecorded] = useState<string | null>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const districts = useQuery(STAFF_DISTRICTS_QUERY);
  const districtIds = districtId ? [districtId] : undefined;
  const filter = districtIds ? { window: dueWindow, districtIds } : { window: dueWindow };
  const due = useQuery(REPAYMENTS_DUE_QUERY, {
    variables: { first: 100, filter },
  });
  const loans = due.data?.repaymentsDue.edges.map((e) => e.node) ?? [];
  const [recordedCount, setRecordedCount] = useState(0);

  const onRecorded = (loan: DueLoan) => {
    setOpenLoanId(null);
    setRecorded(t('repayments.recorded', { reference: loan.reference }));
    // The answer already updated the row through the cache; ask again for the order and filter.
    void due.refetch().catch(() => undefined);
    setRecordedCount((n) => n + 1);
    requestAnimationFrame(() => statusRef.current?.focus());
  };

  return (
    <Page title={t('nav.repayments')} titleSuffix={t('app.name')}>
      <p>{t('repayments.intro')}</p>
      <div className="admin-filters">
        <SelectField
          label={t('arrears.district')}
          placeholder={t('repayments.allDistricts')}
          options={workingDistricts(districts.data).map((d) => ({ value: d.id, label: d.name }))}
          value={districtId}
          onChange={(e) => setDistrictId(e.target.value)}
        />
        <SelectField
          label={t('repayments.show')}
          options={WINDOWS.map((w) => ({ value: w, label: t(`repayments.window.${w}`) }))}
          value={dueWindow}
          onChange={(e) => setDueWindow(e.target.value as DueWindow)}
        />
      </div>
      <p role="status" ref={statusRef} tabIndex={-1} className="admin-notice">
        {recorded}
      </p>
      <QueryStates
        error={due.error}
        loading={due.loading}
        data={due.data}
        isEmpty={() => loans.length === 0}
        errorTitle={t('repayments.errorTitle')}
        loadingLabel={t('repayments.loading')}
        emptyTitle={t(`repayments.empty.${dueWindow}`)}
        onRetry={due.refetch}
      >
        {(d) => (
          <>
            <DueSheet
              loans={loans}
              openLoanId={openLoanId}
              onOpen={setOpenLoanId}
              onRecorded={onRecorded}
            />
            <LoadMore
              shown={loans.length}
              total={d.repaymentsDue.totalCount}
              pageInfo={d.repaymentsDue.pageInfo}
              onLoadMore={(after) =>
                due.fetchMore({ variables: { after }, updateQuery: appendEdges('repaymentsDue') })
              }
            />
          </>
        )}
      </QueryStates>
      <RecentRepayments districtIds={districtIds} recordedCount={recordedCount} />
    </Page>
  );
}
