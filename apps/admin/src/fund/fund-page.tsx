import { useQuery } from '@apollo/client/react';
import {
  Button,
  DateText,
  ErrorState,
  LoadingState,
  MoneyText,
  Page,
  StatusBadge,
} from '@revolve/ui';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type MoneyValue } from '../loans/loan-documents';
import { RequireRole } from '../shell/require-role';
import { useMe } from '../shell/use-me';
import { ContributionForm } from './contribution-form';
import { FUND_QUERY } from './fund-documents';
import { LedgerCheck } from './ledger-check';

export function FundPage() {
  return (
    <RequireRole roles={['ADMIN', 'CASE_MANAGER', 'APPROVER', 'ANALYST']}>
      <Fund />
    </RequireRole>
  );
}

/** The revolving fund from its ledger; only admins record contributions. */
function Fund() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const [recording, setRecording] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(FUND_QUERY);
  const money = (m: MoneyValue) => (
    <MoneyText amount={m.amount} currency={m.currency} locale={i18n.language} />
  );

  if (loading && !data) return <LoadingState label={t('fund.loading')} />;
  if (error || !data)
    return (
      <Page title={t('nav.fund')} titleSuffix={t('app.name')}>
        <ErrorState
          title={t('fund.errorTitle')}
          message={t('survivors.errorBody')}
          retryLabel={t('survivors.retry')}
          onRetry={() => void refetch().catch(() => undefined)}
        />
      </Page>
    );
  const f = data.fund;
  const figures: [string, MoneyValue][] = [
    ['capital', f.capital],
    ['available', f.available],
    ['outstanding', f.outstanding],
    ['disbursedTotal', f.disbursedTotal],
    ['repaidTotal', f.repaidTotal],
    ['writtenOffTotal', f.writtenOffTotal],
  ];
  return (
    <Page title={t('nav.fund')} titleSuffix={t('app.name')}>
      <div role="status">{notice && <p className="admin-notice">{notice}</p>}</div>
      <section className="admin-section" aria-labelledby="figures-heading">
        <h2 id="figures-heading">{t('fund.figures')}</h2>
        <dl className="admin-dl">
          {figures.map(([key, m]) => (
            <Fragment key={key}>
              <dt>{t(`fund.${key}`)}</dt>
              <dd>{money(m)}</dd>
            </Fragment>
          ))}
          <dt>{t('fund.revolutions')}</dt>
          <dd>
            {new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 }).format(
              f.revolutions,
            )}
          </dd>
          <dt>{t('fund.ledger')}</dt>
          <dd>
            {f.ledgerBalanced ? (
              <StatusBadge tone="success" label={t('fund.ledgerBalanced')} />
            ) : (
              <StatusBadge tone="danger" label={t('fund.ledgerUnbalanced')} />
            )}
          </dd>
        </dl>
        {me.role === 'ADMIN' && <LedgerCheck />}
      </section>
      <section className="admin-section" aria-labelledby="budget-heading">
        <h2 id="budget-heading">{t('fund.budget')}</h2>
        <div className="admin-table-wrap">
          <table className="admin-table">
            <caption className="admin-visually-hidden">{t('fund.budget')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('fund.line')}</th>
                <th scope="col">{t('fund.planned')}</th>
                <th scope="col">{t('fund.spent')}</th>
              </tr>
            </thead>
            <tbody>
              {f.budget.lines.map((l) => (
                <tr key={l.id}>
                  <td>{l.name}</td>
                  <td>{money(l.planned)}</td>
                  <td>{money(l.spent)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('fund.total')}</th>
                <td>{money(f.budget.total)}</td>
                <td>{money(f.budget.spent)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      </section>
      <section className="admin-section" aria-labelledby="contributions-heading">
        <h2 id="contributions-heading">{t('fund.contributions')}</h2>
        {me.role === 'ADMIN' && !recording && (
          <Button
            variant="secondary"
            onClick={() => {
              setNotice(null);
              setRecording(true);
            }}
          >
            {t('fund.recordTitle')}
          </Button>
        )}
        {recording && (
          <div className="admin-panel">
            <ContributionForm
              fundCurrency={f.currency}
              onDone={() => {
                setRecording(false);
                setNotice(t('fund.recorded'));
              }}
            />
            <Button variant="secondary" onClick={() => setRecording(false)}>
              {t('users.cancel')}
            </Button>
          </div>
        )}
        <div className="admin-table-wrap">
          <table className="admin-table">
            <caption className="admin-visually-hidden">{t('fund.contributions')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('fund.fields.receivedOn')}</th>
                <th scope="col">{t('fund.fields.donorId')}</th>
                <th scope="col">{t('fund.fields.amount')}</th>
                <th scope="col">{t('fund.fields.exchangeRate')}</th>
                <th scope="col">{t('fund.inFund')}</th>
              </tr>
            </thead>
            <tbody>
              {f.contributions.map((c) => (
                <tr key={c.id}>
                  <td>
                    <DateText value={c.receivedOn} locale={i18n.language} />
                  </td>
                  <td>{c.donor.name}</td>
                  <td>{money(c.amount)}</td>
                  <td>{c.exchangeRate}</td>
                  <td>{money(c.fundAmount)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </Page>
  );
}
