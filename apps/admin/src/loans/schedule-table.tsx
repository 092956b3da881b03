import { type Currency, DateText, MoneyText, StatusBadge, type StatusTone } from '@revolve/ui';
import { useTranslation } from 'react-i18next';
import { type InstalmentStatus } from './loan-documents';

export interface ScheduleRow {
  number: number;
  dueDate: string;
  principalDue: string;
  principalPaid?: string;
  status?: InstalmentStatus;
}

const TONE: Record<InstalmentStatus, StatusTone> = {
  PAID: 'success',
  PARTIALLY_PAID: 'info',
  PENDING: 'neutral',
  OVERDUE: 'danger',
};

/** Instalments as a table; statuses are written out (the badge's colour only repeats them). */
export function ScheduleTable({
  rows,
  currency,
  caption,
}: {
  rows: readonly ScheduleRow[];
  currency: Currency;
  caption: string;
}) {
  const { t, i18n } = useTranslation();
  const withPaid = rows.some((r) => r.principalPaid !== undefined);
  return (
    <div className="admin-table-wrap">
      <table className="admin-table loan-schedule">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('loan.schedule.number')}</th>
            <th scope="col">{t('loan.schedule.dueDate')}</th>
            <th scope="col">{t('loan.schedule.due')}</th>
            {withPaid && <th scope="col">{t('loan.schedule.paid')}</th>}
            {withPaid && <th scope="col">{t('loan.schedule.status')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.number}>
              <td>{r.number}</td>
              <td>
                <DateText value={r.dueDate} locale={i18n.language} />
              </td>
              <td>
                <MoneyText amount={r.principalDue} currency={currency} locale={i18n.language} />
              </td>
              {withPaid && (
                <td>
                  <MoneyText
                    amount={r.principalPaid ?? '0.00'}
                    currency={currency}
                    locale={i18n.language}
                  />
                </td>
              )}
              {withPaid && (
                <td>
                  {r.status && (
                    <StatusBadge
                      tone={TONE[r.status]}
                      label={t(`loan.instalmentStatus.${r.status}`)}
                    />
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
