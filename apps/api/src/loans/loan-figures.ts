import { assessArrears, type ArrearsAssessment, type Currency } from '@revolve/domain';
import { type InstalmentEntity } from './instalment.entity';
import { type LoanEntity } from './loan.entity';

export interface LoanFigures {
  instalments: InstalmentEntity[];
  arrears: ArrearsAssessment;
}

/** The current schedule of a loan, oldest first. */
export function currentSchedule(loan: LoanEntity, all: InstalmentEntity[]): InstalmentEntity[] {
  return all
    .filter((i) => i.scheduleVersion === loan.scheduleVersion)
    .sort((a, b) => a.number - b.number);
}

/** Where the loan stands on `today`, computed by the domain from its current schedule. */
export function loanFigures(loan: LoanEntity, all: InstalmentEntity[], today: string): LoanFigures {
  const instalments = currentSchedule(loan, all);
  const currency = loan.currency as Currency;
  const arrears = assessArrears(
    instalments.map((i) => ({
      number: i.number,
      dueDate: i.dueDate,
      principalDue: { amount: i.principalDue, currency },
      principalPaid: { amount: i.principalPaid, currency },
    })),
    today,
    currency,
  );
  if (loan.status !== 'ACTIVE') {
    // Closed or not yet lent: nothing is owed to the portfolio (a write-off took it out).
    const zero = { amount: 0n, currency };
    return {
      instalments,
      arrears: { ...arrears, outstanding: zero, overdue: zero, daysPastDue: 0 },
    };
  }
  return { instalments, arrears };
}
