import { MoneyText } from '@revolve/ui';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type LoanSummary } from './loan-documents';

export interface LoanColumn {
  header: string;
  cell: (loan: LoanSummary) => ReactNode;
}

/**
 * The staff's loan table: reference (a link), borrower, district, the caller's own columns,
 * then what is still outstanding. The loans list and the arrears list differ only in the middle.
 */
export function LoanTable({
  caption,
  loans,
  columns,
}: {
  caption: string;
  loans: readonly LoanSummary[];
  columns: readonly LoanColumn[];
}) {
  const { t } = useTranslation();
  return (
    <div className="admin-table-wrap">
      <table className="admin-table">
        <caption className="admin-visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('arrears.loan')}</th>
            <th scope="col">{t('arrears.borrower')}</th>
            <th scope="col">{t('arrears.district')}</th>
            {columns.map((c) => (
              <th key={c.header} scope="col">
                {c.header}
              </th>
            ))}
            <th scope="col">{t('loan.fields.outstanding')}</th>
          </tr>
        </thead>
        <tbody>
          {loans.map((l) => (
            <tr key={l.id}>
              <td>
                <Link to={`/loans/${l.id}`}>{l.reference}</Link>
              </td>
              <td>
                {l.beneficiary.code} {l.beneficiary.fullName ?? ''}
              </td>
              <td>{l.beneficiary.district.name}</td>
              {columns.map((c) => (
                <td key={c.header}>{c.cell(l)}</td>
              ))}
              <td>
                <LoanMoney value={l.outstanding} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function LoanMoney({ value }: { value: LoanSummary['outstanding'] }) {
  const { i18n } = useTranslation();
  return <MoneyText amount={value.amount} currency={value.currency} locale={i18n.language} />;
}
