import { toDayNumber, type CalendarDate } from '../calendar-date';
import { DomainError } from '../errors';
import { assertOneCurrency, loanOutstanding, type LoanRecord } from './loan-record';
import { ratio, type Ratio } from './ratio';

/**
 * PAR(days), the usual microfinance definition: the WHOLE outstanding principal of ACTIVE
 * loans with any instalment unpaid for more than `days` days on `asOf`, over all outstanding
 * principal of ACTIVE loans. 0 when nothing is outstanding. PAR30: days = 30.
 * Rescheduled loans count as at risk whatever their arrears (the CGAP guideline: a rescheduled
 * loan's new schedule would otherwise hide the risk that made it necessary).
 */
export function portfolioAtRisk(
  loans: readonly LoanRecord[],
  asOf: CalendarDate,
  days: number,
): Ratio {
  if (!Number.isSafeInteger(days) || days < 0) {
    throw new DomainError('INVALID_DATE', 'Days must be a whole number, 0 or more.', ['days']);
  }
  const asOfDay = toDayNumber(asOf, ['asOf']);
  assertOneCurrency(loans);
  let atRisk = 0n;
  let total = 0n;
  for (const loan of loans) {
    if (loan.status !== 'ACTIVE') continue;
    const open = loanOutstanding(loan);
    total += open;
    const late =
      loan.rescheduled === true ||
      loan.instalments.some(
        (inst) =>
          inst.principalPaid.amount < inst.principalDue.amount &&
          asOfDay - toDayNumber(inst.dueDate, ['dueDate']) > days,
      );
    if (late) atRisk += open;
  }
  return ratio(atRisk, total);
}
