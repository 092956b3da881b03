import { assertOneCurrency, isDisbursed, loanOutstanding, type LoanRecord } from './loan-record';
import { ratio, type Ratio } from './ratio';

/** Principal written off / principal disbursed, over every disbursed loan. */
export function writeOffRatio(loans: readonly LoanRecord[]): Ratio {
  assertOneCurrency(loans);
  let writtenOff = 0n;
  let disbursed = 0n;
  for (const loan of loans) {
    if (!isDisbursed(loan)) continue;
    disbursed += loan.principal.amount;
    if (loan.status === 'WRITTEN_OFF') {
      writtenOff += loan.writtenOffAmount?.amount ?? loanOutstanding(loan);
    }
  }
  return ratio(writtenOff, disbursed);
}
