/** Cash the fund holds in its own currency: what can be lent now. */
export const FUND_CASH = 'FUND_CASH';
/** Principal out with borrowers. */
export const LOANS_RECEIVABLE = 'LOANS_RECEIVABLE';
/** Prefix of the per-donor capital accounts (credit balances). */
export const DONOR_CAPITAL = 'DONOR_CAPITAL';
/** Principal given up as unrecoverable (debit balance). */
export const WRITE_OFFS = 'WRITE_OFFS';
/**
 * Currency trading account: a foreign contribution enters it in the donor's currency and
 * leaves it in the fund's, so that every entry balances per currency.
 */
export const FX_CLEARING = 'FX_CLEARING';

export function donorCapitalAccount(donorId: string): string {
  return `${DONOR_CAPITAL}:${donorId}`;
}

export function isDonorCapitalAccount(account: string): boolean {
  return account === DONOR_CAPITAL || account.startsWith(`${DONOR_CAPITAL}:`);
}
