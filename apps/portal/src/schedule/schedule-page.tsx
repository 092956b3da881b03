import { DateText, MoneyText, Page, StatusBadge } from '@revolve/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { intlLocale } from '../intl-locale';
import { INSTALMENT_TONE } from '../loans/loan-status';
import { WithCurrentLoan } from '../loans/loan-states';
import { type LoanData } from '../loans/my-loans-query';

/** Every instalment with due date, amount and status; then the payments made. */
export function SchedulePage() {
  const { t } = useTranslation();
  return (
    <Page title={t('schedule.title')} titleSuffix={t('app.name')}>
      <WithCurrentLoan>{(loan) => <Schedule loan={loan} />}</WithCurrentLoan>
    </Page>
  );
}

function Schedule({ loan }: { loan: LoanData }) {
  const { t, i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  const id = useId();
  // A list of small cards, not a table: it fits 360 px at 200% text, and reads well aloud.
  return (
    <>
      <section aria-labelledby={`${id}-plan`}>
        <h2 id={`${id}-plan`}>{t('schedule.instalmentsHeading')}</h2>
        {loan.schedule.length === 0 ? (
          <p>{t('schedule.noSchedule')}</p>
        ) : (
          <ol className="pt-list">
            {loan.schedule.map((row) => (
              <li key={row.number}>
                <h3>{t('schedule.instalment', { number: row.number })}</h3>
                <StatusBadge
                  tone={INSTALMENT_TONE[row.status]}
                  label={t(`schedule.status.${row.status}`)}
                />
                <dl>
                  <dt>{t('schedule.due')}</dt>
                  <dd>
                    <DateText value={row.dueDate} locale={locale} />
                  </dd>
                  <dt>{t('schedule.amount')}</dt>
                  <dd>
                    <MoneyText {...row.principalDue} locale={locale} />
                  </dd>
                  <dt>{t('schedule.paid')}</dt>
                  <dd>
                    <MoneyText {...row.principalPaid} locale={locale} />
                  </dd>
                </dl>
              </li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby={`${id}-paid`}>
        <h2 id={`${id}-paid`}>{t('schedule.repaymentsHeading')}</h2>
        {loan.repayments.length === 0 ? (
          <p>{t('schedule.noRepayments')}</p>
        ) : (
          <ul className="pt-list">
            {loan.repayments.map((repayment) => (
              <li key={repayment.id}>
                <dl>
                  <dt>{t('schedule.paidOn')}</dt>
                  <dd>
                    <DateText value={repayment.paidOn} locale={locale} />
                  </dd>
                  <dt>{t('schedule.amount')}</dt>
                  <dd>
                    <MoneyText {...repayment.amount} locale={locale} />
                  </dd>
                </dl>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
