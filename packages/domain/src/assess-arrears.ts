import { toDayNumber, type CalendarDate } from './calendar-date';
import { DomainError } from './errors';
import { assertCurrency, isMoney, type Currency, type Money } from './money';

export type InstalmentStatus = 'PENDING' | 'PARTIALLY_PAID' | 'PAID' | 'OVERDUE';

export interface InstalmentState {
  number: number;
  dueDate: CalendarDate;
  principalDue: Money;
  principalPaid: Money;
}

export interface ArrearsAssessment {
  /** Principal still to pay on every instalment. */
  outstanding: Money;
  /** Unpaid principal on instalments whose due date is before asOf. */
  overdue: Money;
  /** Days from the oldest unpaid due date that has passed to asOf; 0 when none has. */
  daysPastDue: number;
  /** Due date of the oldest instalment not fully paid (passed or not); null when all paid. */
  oldestUnpaidDueDate: CalendarDate | null;
  /** Number of the instalment the next payment goes to (oldest not fully paid). */
  nextInstalment: number | null;
  statuses: { number: number; status: InstalmentStatus }[];
}

function statusAt(inst: InstalmentState, asOfDay: number, field: string[]): InstalmentStatus {
  if (!isMoney(inst.principalDue) || !isMoney(inst.principalPaid)) {
    throw new DomainError('INVALID_AMOUNT', 'Instalment amounts must be Money.', field);
  }
  if (inst.principalPaid.currency !== inst.principalDue.currency) {
    throw new DomainError('CURRENCY_MISMATCH', 'Paid and due differ in currency.', field);
  }
  if (inst.principalPaid.amount >= inst.principalDue.amount) return 'PAID';
  // Due today is not yet late: it becomes overdue the day after.
  if (toDayNumber(inst.dueDate, [...field, 'dueDate']) < asOfDay) return 'OVERDUE';
  return inst.principalPaid.amount > 0n ? 'PARTIALLY_PAID' : 'PENDING';
}

export function instalmentStatus(
  inst: Omit<InstalmentState, 'number'>,
  asOf: CalendarDate,
): InstalmentStatus {
  return statusAt({ number: 0, ...inst }, toDayNumber(asOf, ['asOf']), ['instalment']);
}

/**
 * Where a loan stands on `asOf`. `currency` is needed only when there are no instalments
 * (a loan not yet disbursed); otherwise it must match them.
 */
export function assessArrears(
  instalments: readonly InstalmentState[],
  asOf: CalendarDate,
  currency?: Currency,
): ArrearsAssessment {
  const asOfDay = toDayNumber(asOf, ['asOf']);
  const ccy = currency ?? instalments[0]?.principalDue.currency;
  if (ccy === undefined) {
    throw new DomainError('INVALID_SCHEDULE', 'No instalments: say which currency.', ['currency']);
  }
  assertCurrency(ccy, ['currency']);
  let outstanding = 0n;
  let overdue = 0n;
  let oldest: { day: number; inst: InstalmentState } | null = null;
  const statuses: ArrearsAssessment['statuses'] = [];
  for (let index = 0; index < instalments.length; index++) {
    const inst = instalments[index] as InstalmentState;
    const field = ['instalments', String(index)];
    const status = statusAt(inst, asOfDay, field);
    if (inst.principalDue.currency !== ccy) {
      throw new DomainError('CURRENCY_MISMATCH', `Instalment is not in ${ccy}.`, field);
    }
    statuses.push({ number: inst.number, status });
    if (status === 'PAID') continue;
    const open = inst.principalDue.amount - inst.principalPaid.amount;
    outstanding += open;
    if (status === 'OVERDUE') overdue += open;
    const day = toDayNumber(inst.dueDate);
    if (
      oldest === null ||
      day < oldest.day ||
      (day === oldest.day && inst.number < oldest.inst.number)
    ) {
      oldest = { day, inst };
    }
  }
  return {
    outstanding: { amount: outstanding, currency: ccy },
    overdue: { amount: overdue, currency: ccy },
    daysPastDue: oldest !== null && oldest.day < asOfDay ? asOfDay - oldest.day : 0,
    oldestUnpaidDueDate: oldest?.inst.dueDate ?? null,
    nextInstalment: oldest?.inst.number ?? null,
    statuses,
  };
}
