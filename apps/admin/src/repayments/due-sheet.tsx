import { Button, DateText } from '@revolve/ui';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoanMoney } from '../loans/loan-table';
import { RepaymentForm } from '../loans/repayment-form';
import { type DueLoan } from './repayments-documents';
import { instalmentLeft } from './instalment-left';

const COLUMNS = 9;

/**
 * The collection sheet's table. "Record" opens the loan page's repayment form under its row
 * (one at a time: the form's idempotency key lives as long as it stays open).
 */
export function DueSheet({
  loans,
  openLoanId,
  onOpen,
  onRecorded,
}: {
  loans: readonly DueLoan[];
  openLoanId: string | null;
  onOpen: (loanId: string | null) => void;
  onRecorded: (loan: DueLoan) => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <div className="admin-table-wrap">
      <table className="admin-table repayments-sheet">
        <caption className="admin-visually-hidden">{t('repayments.sheetCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('arrears.loan')}</th>
            <th scope="col">{t('arrears.borrower')}</th>
            <th scope="col">{t('arrears.district')}</th>
            <th scope="col">{t('repayments.nextDue')}</th>
            <th scope="col">{t('repayments.dueAmount')}</th>
            <th scope="col">{t('arrears.days')}</th>
            <th scope="col">{t('arrears.overdue')}</th>
            <th scope="col">{t('arrears.outstanding')}</th>
            <th scope="col">
              <span className="admin-visually-hidden">{t('repayments.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {loans.map((l) => {
            const open = openLoanId === l.id;
            const formId = `repayment-row-${l.id}`;
            return (
              <Fragment key={l.id}>
                <tr className={l.daysPastDue > 0 ? 'repayments-sheet__late' : undefined}>
                  <th scope="row" className="admin-nowrap">
                    <Link to={`/loans/${l.id}`}>{l.reference}</Link>
                  </th>
                  <td>
                    {l.beneficiary.code} {l.beneficiary.fullName ?? ''}
                  </td>
                  <td>{l.beneficiary.district.name}</td>
                  <td className="admin-nowrap">
                    {l.nextInstalment ? (
                      <DateText
                        value={l.nextInstalment.dueDate}
                        locale={i18n.language}
                        dateStyle="medium"
                      />
                    ) : (
                      '—'
                    )}
                  </td>
                  <td className="admin-nowrap">
                    {l.nextInstalment ? (
                      <LoanMoney value={instalmentLeft(l.nextInstalment)} />
                    ) : (
                      '—'
                    )}
                  </td>
                  <td>
                    {l.daysPastDue > 0 ? t('repayments.days', { count: l.daysPastDue }) : '—'}
                  </td>
                  <td className="admin-nowrap">
                    <LoanMoney value={l.overdue} />
                  </td>
                  <td className="admin-nowrap">
                    <LoanMoney value={l.outstanding} />
                  </td>
                  <td>
                    <Button
                      variant="secondary"
                      aria-expanded={open}
                      aria-controls={open ? formId : undefined}
                      // The visible word first, then which loan (a hidden span would overflow the page).
                      aria-label={`${t(open ? 'repayments.close' : 'repayments.record')} ${l.reference}`}
                      onClick={() => onOpen(open ? null : l.id)}
                    >
                      {t(open ? 'repayments.close' : 'repayments.record')}
                    </Button>
                  </td>
                </tr>
                {open && (
                  <tr id={formId} className="repayments-sheet__form">
                    <td colSpan={COLUMNS}>
                      <RepaymentForm
                        loanId={l.id}
                        currency={l.outstanding.currency}
                        onDone={() => onRecorded(l)}
                      />
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
