import { Button, DateText, formatDate, MoneyText } from '@revolve/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../shell/use-me';
import { type LoanDetail } from './loan-documents';
import { ReverseRepaymentForm } from './reverse-repayment-form';

type Repayment = LoanDetail['repayments'][number];

/** As the API allows: ADMIN, once, and after a write-off only recoveries. */
export function mayReverse(role: string, loan: LoanDetail, r: Repayment): boolean {
  return role === 'ADMIN' && !r.reversedAt && (loan.status !== 'WRITTEN_OFF' || r.recovery);
}

export function RepaymentsSection({
  loan,
  onDone,
}: {
  loan: LoanDetail;
  onDone: (notice: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const [reversing, setReversing] = useState<Repayment | null>(null);
  const anyReversible = loan.repayments.some((r) => mayReverse(me.role, loan, r));
  return (
    <section className="admin-section no-print" aria-labelledby="repayments-heading">
      <h2 id="repayments-heading">{t('loan.repaymentsTitle')}</h2>
      {loan.repayments.length === 0 ? (
        <p className="admin-muted">{t('loan.repaymentsEmpty')}</p>
      ) : (
        <div className="admin-table-wrap">
          <table className="admin-table">
            <caption className="admin-visually-hidden">{t('loan.repaymentsTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('loan.repayment.paidOn')}</th>
                <th scope="col">{t('loan.repayment.amountShort')}</th>
                <th scope="col">{t('loan.repayment.note')}</th>
                {anyReversible && (
                  <th scope="col">
                    <span className="admin-visually-hidden">{t('loan.actions')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {loan.repayments.map((r) => (
                <tr key={r.id}>
                  <td>
                    <DateText value={r.paidOn} locale={i18n.language} />
                  </td>
                  <td>
                    <MoneyText
                      amount={r.amount.amount}
                      currency={r.amount.currency}
                      locale={i18n.language}
                    />
                  </td>
                  <td>
                    {r.reversedAt
                      ? t('loan.repayment.reversed', { reason: r.reversalReason ?? '' })
                      : r.recovery
                        ? t('loan.repayment.recovery')
                        : ''}
                  </td>
                  {anyReversible && (
                    <td>
                      {mayReverse(me.role, loan, r) && (
                        <Button
                          variant="secondary"
                          aria-expanded={reversing?.id === r.id}
                          onClick={() => setReversing(reversing?.id === r.id ? null : r)}
                        >
                          {t('loan.reverse.open')}
                          <span className="admin-visually-hidden">
                            {' '}
                            {t('loan.reverse.openFor', {
                              date: formatDate(r.paidOn, i18n.language),
                            })}
                          </span>
                        </Button>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {reversing && (
        <ReverseRepaymentForm
          key={reversing.id}
          repayment={reversing}
          onCancel={() => setReversing(null)}
          onDone={() => {
            setReversing(null);
            onDone(t('loan.reverse.done'));
          }}
        />
      )}
    </section>
  );
}
