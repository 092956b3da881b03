import { parseDecimal } from '@revolve/domain';
import { DateText, formatMoney, MoneyText, StatusBadge } from '@revolve/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { intlLocale } from '../intl-locale';
import { amountRepaid, percentRepaid } from '../loans/current-loan';
import { LOAN_TONE } from '../loans/loan-status';
import { type LoanData } from '../loans/my-loans-query';

/** Home's one question first: how much is left, and the next payment; then the status. */
export function LoanSummary({ loan }: { loan: LoanData }) {
  const { t, i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  const id = useId();
  const money = (m: { amount: string; currency: 'AZN' | 'USD' }) =>
    formatMoney(m.amount, m.currency, locale);
  const percent = percentRepaid(loan.principal, loan.outstanding);
  const paying = loan.status === 'ACTIVE';
  const next = loan.nextInstalment;
  const overdue = parseDecimal(loan.overdue.amount, loan.overdue.currency).amount > 0n;

  return (
    <>
      {paying && (
        <section className="pt-card" aria-labelledby={`${id}-left`}>
          <h2 id={`${id}-left`}>{t('loan.leftToPay')}</h2>
          <p className="pt-big">
            <MoneyText {...loan.outstanding} locale={locale} />
          </p>
          <label htmlFor={`${id}-progress`}>{t('loan.progressLabel')}</label>
          <progress id={`${id}-progress`} className="pt-progress" max={100} value={percent}>
            {percent}%
          </progress>
          <p>
            {t('loan.progressText', {
              repaid: money(amountRepaid(loan.principal, loan.outstanding)),
              total: money(loan.principal),
              percent,
            })}
          </p>
        </section>
      )}
      {paying && (
        <section className="pt-card" aria-labelledby={`${id}-next`}>
          <h2 id={`${id}-next`}>{t('loan.nextPayment')}</h2>
          {next ? (
            <>
              <p className="pt-big">
                <MoneyText {...next.principalDue} locale={locale} />
              </p>
              <p>
                {t('loan.dueBy')}: <DateText value={next.dueDate} locale={locale} />
              </p>
            </>
          ) : (
            <p>{t('loan.noNextPayment')}</p>
          )}
          {overdue && (
            <p className="pt-note">
              {t('loan.overdue', { days: loan.daysPastDue, amount: money(loan.overdue) })}
            </p>
          )}
        </section>
      )}
      <section className="pt-card" aria-labelledby={`${id}-status`}>
        <h2 id={`${id}-status`}>{t('loan.statusHeading')}</h2>
        <p>
          <StatusBadge tone={LOAN_TONE[loan.status]} label={t(`loan.status.${loan.status}`)} />
        </p>
        <p>{t(`loan.statusText.${loan.status}`)}</p>
        {loan.schedule.length > 0 && (
          <Link className="pt-link" to="/schedule">
            {t('loan.seeSchedule')}
          </Link>
        )}
      </section>
    </>
  );
}
