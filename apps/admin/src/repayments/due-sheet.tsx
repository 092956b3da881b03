import { Button, DateText } from '@revolve/ui';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoanMoney } from '../loans/loan-table';
import { RepaymentForm } from '../loans/repayment-form';
import { type DueLoan } from './repayments-documents';
import { instalmentLeft } from './instalment-left';

const COLUMNS = 7;

/**
 * The collection sheet's table: what to collect and the Record button first, so a tablet shows
 * them without scrolling sideways; the totals follow, the district sits under the borrower.
 * "Record" opens the loan page's repayment form under its row (one at a time: its idempotency
 * key lives while it is open).
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
            <th scope="col">
              {t('repayments.nextDue')}
              <br />
              {t('repayments.dueAmount')}
            </th>
            <th scope="col">
              <span className="admin-visually-hidden">{t('repayments.actions')}</span>
            </th>
            <th scope="col">{t('arrears.days')}</th>
            <th scope="col">{t('arrears.overdue')}</th>
            <th scope="col">{t('arrears.outstanding')}</th>
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
                    <br />
                    <span className="admin-muted">{l.beneficiary.district.name}</span>
                  </td>
                  <td className="admin-nowrap">
                    {l.nextInstalment ? (
                      <>
                        <DateText
                          value={l.nextInstalment.dueDate}
                          locale={i18n.language}
                          dateStyle="medium"
                        />
                        <br />
                        <LoanMoney value={instalmentLeft(l.nextInstalment)} />
                      </>
                    ) : (
                      '—'
                    )}
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
                  <td className="admin-nowrap">
                    {l.daysPastDue > 0 ? t('repayments.days', { count: l.daysPastDue }) : '—'}
                  </td>
                  <td className="admin-nowrap">
                    <LoanMoney value={l.overdue} />
                  </td>
                  <td className="admin-nowrap">
                    <LoanMoney value={l.outstanding} />
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
