import { MoneyText } from '@revolve/ui';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type MoneyValue } from '../loans/loan-documents';

/**
 * How one figure reads: a hidden one (suppressed, fewer than 5 people) says so, marked for the
 * note under the tables, never as 0; a figure that does not exist (no loans yet) is a dash.
 */
export function useFigures() {
  const { t, i18n } = useTranslation();
  const hidden = (suppressed: boolean): ReactNode =>
    suppressed ? (
      <span className="admin-nowrap">
        {t('indicatorsPage.fewerThan5')}
        <sup aria-hidden="true">*</sup>
      </span>
    ) : (
      <span aria-label={t('indicatorsPage.none')}>—</span>
    );
  return {
    number: (n: number | null, suppressed = false) =>
      n === null ? hidden(suppressed) : new Intl.NumberFormat(i18n.language).format(n),
    percent: (r: number | null, suppressed = false) =>
      r === null
        ? hidden(suppressed)
        : new Intl.NumberFormat(i18n.language, {
            style: 'percent',
            maximumFractionDigits: 1,
          }).format(r),
    money: (m: MoneyValue | null, suppressed = false) =>
      m === null ? (
        hidden(suppressed)
      ) : (
        <span className="admin-nowrap">
          <MoneyText amount={m.amount} currency={m.currency} locale={i18n.language} />
        </span>
      ),
  };
}
