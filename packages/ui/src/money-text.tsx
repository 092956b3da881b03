import { type Currency, formatMoney } from './format-money';

export interface MoneyTextProps {
  /** Decimal string from the API, e.g. "1234.50". */
  amount: string;
  currency: Currency;
  locale: string;
  className?: string;
}

/** Money as the reader's locale writes it; the exact amount travels as a data attribute. */
export function MoneyText({ amount, currency, locale, className }: MoneyTextProps) {
  return (
    <span className={['rv-money', className].filter(Boolean).join(' ')} data-amount={amount}>
      {formatMoney(amount, currency, locale)}
    </span>
  );
}
