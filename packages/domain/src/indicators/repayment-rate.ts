import { toDayNumber, type CalendarDate } from '../calendar-date';
import { assertOneCurrency, isDisbursed, type LoanRecord } from './loan-record';
import { ratio, type Ratio } from './ratio';

/**
 * Principal collected / principal fallen due by `asOf` (due date on or before it), over
 * disbursed loans. Only what was paid against instalments already due counts, so prepaying
 * a future instalment cannot lift the rate above 1. 0 when nothing has fallen due.
 */
export function repaymentRate(loans: readonly LoanRecord[], asOf: CalendarDate): Ratio {
  const asOfDay = toDayNumber(asOf, ['asOf']);
  assertOneCurrency(loans);
  let collected = 0n;
  let fallenDue = 0n;
  for (const loan of loans) {
    if (!isDisbursed(loan)) continue;
    for (const inst of loan.instalments) {
      if (toDayNumber(inst.dueDate, ['dueDate']) > asOfDay) continue;
      const due = inst.principalDue.amount;
      const paid = inst.principalPaid.amount;
      fallenDue += due;
      collected += paid < due ? paid : due;
    }
  }
  return ratio(collected, fallenDue);
}
