import { convertMoney } from '../convert-money';
import { DomainError } from '../errors';
import { assertCurrency, assertPositive, negateMoney, type Currency, type Money } from '../money';
import { assertBalanced } from './assert-balanced';
import { donorCapitalAccount, FUND_CASH, FX_CLEARING } from './accounts';
import { type JournalEntry } from './journal-entry';

export interface ContributionParams {
  donorId: string;
  /** As received, e.g. USD. */
  amount: Money;
  /** Units of fund currency per unit of `amount`'s currency, e.g. "1.7". */
  rate: string;
  fundCurrency: Currency;
}

/**
 * A donor contribution. In the fund's currency: cash up, donor capital credited. In another
 * currency the donor's capital is credited as received and FX_CLEARING carries the
 * conversion (convertMoney, half-up to the minor unit), so each currency balances alone.
 */
export function contributionEntry(params: ContributionParams): JournalEntry {
  const { donorId, amount, rate, fundCurrency } = params;
  if (typeof donorId !== 'string' || donorId.trim() === '') {
    throw new DomainError('INVALID_STATE', 'A contribution needs a donor.', ['donorId']);
  }
  assertPositive(amount, ['amount']);
  assertCurrency(fundCurrency, ['fundCurrency']);
  const capital = donorCapitalAccount(donorId);
  const converted = convertMoney(amount, rate, fundCurrency);
  if (amount.currency === fundCurrency) {
    return assertBalanced({
      kind: 'CONTRIBUTION',
      lines: [
        { account: FUND_CASH, amount },
        { account: capital, amount: negateMoney(amount) },
      ],
    });
  }
  if (converted.amount <= 0n) {
    throw new DomainError('INVALID_AMOUNT', 'The converted amount rounds to zero.', ['amount']);
  }
  return assertBalanced({
    kind: 'CONTRIBUTION',
    lines: [
      { account: FUND_CASH, amount: converted },
      { account: FX_CLEARING, amount: negateMoney(converted) },
      { account: FX_CLEARING, amount },
      { account: capital, amount: negateMoney(amount) },
    ],
  });
}
