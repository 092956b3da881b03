import { formatDecimal, parseDecimal } from '@revolve/domain';
import { type InstalmentRow, type MoneyValue } from '../loans/loan-documents';

/** What is still to pay on one instalment, in exact minor units (never floats). */
export function instalmentLeft(i: InstalmentRow): MoneyValue {
  const { currency } = i.principalDue;
  const left =
    parseDecimal(i.principalDue.amount, currency).amount -
    parseDecimal(i.principalPaid.amount, currency).amount;
  return { amount: formatDecimal({ amount: left > 0n ? left : 0n, currency }), currency };
}
