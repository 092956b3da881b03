import { useQuery } from '@apollo/client/react';
import { Button, DateText, ErrorState, LoadingState, MoneyText, Page } from '@revolve/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { RequireRole } from '../shell/require-role';
import { LoanActions } from './loan-actions';
import { LOAN_QUERY, type LoanDetail } from './loan-documents';
import { LoanStatusBadge } from './loan-status-badge';
import { RepaymentsSection } from './repayments-section';
import { ScheduleTable } from './schedule-table';
import { BusinessPlan } from './business-plan';
import { bakuTimeFormat } from '../shell/baku-time';

export function LoanPage() {
  return (
    <RequireRole roles={['ADMIN', 'CASE_MANAGER', 'APPROVER']}>
      <LoanScreen />
    </RequireRole>
  );
}

function LoanScreen() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const arrived = (location.state as { notice?: string } | null)?.notice;
  const [notice, setNotice] = useState<string | null>(
    arrived === 'submitted' ? t('application.submitted') : null,
  );
  const { data, loading, error, refetch } = useQuery(LOAN_QUERY, { variables: { id } });
  const loan = data?.loan;

  if (loading && !data) return <LoadingState label={t('loan.loading')} />;
  if (error)
    return (
      <Page title={t('loan.errorTitle')} titleSuffix={t('app.name')}>
        <ErrorState
          title={t('loan.errorTitle')}
          message={t('survivors.errorBody')}
          retryLabel={t('survivors.retry')}
          onRetry={() => void refetch().catch(() => undefined)}
        />
      </Page>
    );
  if (!loan)
    return (
      <Page title={t('loan.notFoundTitle')} titleSuffix={t('app.name')}>
        <p>{t('loan.notFoundBody')}</p>
        <Link to="/loans">{t('loan.backToList')}</Link>
      </Page>
    );

  return (
    <Page
      title={t('loan.title', { reference: loan.reference, code: loan.beneficiary.code })}
      titleSuffix={t('app.name')}
    >
      <div role="status">{notice && <p className="admin-notice no-print">{notice}</p>}</div>
      <Summary loan={loan} />
      <LoanActions loan={loan} onDone={setNotice} />
      <Schedule loan={loan} />
      <RepaymentsSection loan={loan} onDone={setNotice} />
      <History loan={loan} />
    </Page>
  );
}

function Summary({ loan }: { loan: LoanDetail }) {
  const { t, i18n } = useTranslation();
  const money = (m: { amount: string; currency: 'AZN' | 'USD' }) => (
    <MoneyText amount={m.amount} currency={m.currency} locale={i18n.language} />
  );
  const b = loan.beneficiary;
  return (
    <section className="admin-section" aria-labelledby="summary-heading">
      <h2 id="summary-heading">{t('loan.summary')}</h2>
      <dl className="admin-dl">
        <dt>{t('loan.fields.status')}</dt>
        <dd>
          <LoanStatusBadge status={loan.status} />
          {loan.rescheduled && <> {t('loan.rescheduledNote')}</>}
        </dd>
        <dt>{t('loan.fields.borrower')}</dt>
        <dd>
          <Link to={`/beneficiaries/${b.id}`}>
            {b.code} · {b.fullName ?? ''}
          </Link>{' '}
          ({b.district.name})
        </dd>
        <dt>{t('loan.fields.product')}</dt>
        <dd>
          {loan.product.name}, {t(`loan.purposes.${loan.purpose}`)}
        </dd>
        <dt>{t('loan.fields.principal')}</dt>
        <dd>{money(loan.principal)}</dd>
        <dt>{t('loan.fields.term')}</dt>
        <dd>{t('loan.termValue', { term: loan.termMonths, grace: loan.graceMonths })}</dd>
        <dt>{t('loan.fields.disbursedOn')}</dt>
        <dd>
          {loan.disbursedOn ? (
            <DateText value={loan.disbursedOn} locale={i18n.language} />
          ) : (
            t('loan.notYet')
          )}
        </dd>
        <dt>{t('loan.fields.outstanding')}</dt>
        <dd>{money(loan.outstanding)}</dd>
        <dt>{t('loan.fields.overdue')}</dt>
        <dd>
          {money(loan.overdue)}
          {loan.daysPastDue > 0 && <> ({t('loan.daysPastDue', { days: loan.daysPastDue })})</>}
        </dd>
        {loan.nextInstalment && (
          <>
            <dt>{t('loan.fields.next')}</dt>
            <dd>
              {money(loan.nextInstalment.principalDue)},{' '}
              <DateText value={loan.nextInstalment.dueDate} locale={i18n.language} />
            </dd>
          </>
        )}
        {loan.decisionNote && (
          <>
            <dt>{t('loan.fields.decisionNote')}</dt>
            <dd>{loan.decisionNote}</dd>
          </>
        )}
      </dl>
      <BusinessPlan loan={loan} />
    </section>
  );
}

function Schedule({ loan }: { loan: LoanDetail }) {
  const { t } = useTranslation();
  const rows = (list: LoanDetail['schedule']) =>
    list.map((i) => ({
      number: i.number,
      dueDate: i.dueDate,
      principalDue: i.principalDue.amount,
      principalPaid: i.principalPaid.amount,
      status: i.status,
    }));
  return (
    <section className="admin-section loan-print" aria-labelledby="schedule-heading">
      <h2 id="schedule-heading">{t('loan.scheduleTitle')}</h2>
      {loan.schedule.length === 0 ? (
        <p className="admin-muted">{t('loan.scheduleEmpty')}</p>
      ) : (
        <>
          <p className="print-only">
            {t('loan.printHeader', {
              reference: loan.reference,
              code: loan.beneficiary.code,
              name: loan.beneficiary.fullName ?? '',
            })}
          </p>
          <Button variant="secondary" className="no-print" onClick={() => window.print()}>
            {t('loan.print')}
          </Button>
          <ScheduleTable
            caption={t('loan.scheduleCaption', { reference: loan.reference })}
            currency={loan.principal.currency}
            rows={rows(loan.schedule)}
          />
        </>
      )}
      {loan.previousSchedules.map((s, n) => (
        <details key={n} className="no-print">
          <summary>{t('loan.previousSchedule', { n: n + 1 })}</summary>
          <ScheduleTable
            caption={t('loan.previousSchedule', { n: n + 1 })}
            currency={loan.principal.currency}
            rows={rows(s)}
          />
        </details>
      ))}
    </section>
  );
}

function History({ loan }: { loan: LoanDetail }) {
  const { t, i18n } = useTranslation();
  const when = bakuTimeFormat(i18n.language, 'short');
  return (
    <section className="admin-section no-print" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('loan.historyTitle')}</h2>
      <ol className="loan-history">
        {loan.history.map((e, n) => (
          <li key={n}>
            <time dateTime={e.at}>{when.format(new Date(e.at))}</time> ·{' '}
            {t(`loan.events.${e.action}`, { defaultValue: e.action })}
            {e.actor && <> · {e.actor}</>}
            {e.note && <> · {e.note}</>}
          </li>
        ))}
      </ol>
    </section>
  );
}
