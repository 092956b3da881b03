import { type CalendarDate } from './calendar-date';
import { calculateSchedule } from './calculate-schedule';
import { DomainError } from './errors';
import { isMoney, type Currency, type Money } from './money';

export interface CurrentInstalment {
  number: number;
  dueDate: CalendarDate;
  principalDue: Money;
  principalPaid: Money;
}

export interface RescheduleParams {
  instalments: readonly CurrentInstalment[];
  rescheduledOn: CalendarDate;
  termMonths: number;
  graceMonths: number;
  roundingUnit?: bigint;
}

export interface RescheduleResult {
  /** Instalments with a payment, kept; a partly paid one is closed at what was paid. */
  kept: CurrentInstalment[];
  /** The new schedule for the unpaid principal, numbered after the kept instalments. */
  added: CurrentInstalment[];
  /** kept followed by added: the loan's schedule from now on. */
  instalments: CurrentInstalment[];
  /** Principal that was unpaid and is now spread over `added`. */
  unpaidPrincipal: Money;
}

/**
 * Hardship rescheduling: what has been paid stays as it was (a partly paid instalment is
 * closed at the amount paid), and all unpaid principal gets a fresh schedule from
 * calculateSchedule, counted from the rescheduling date. The old schedule is history for
 * the caller to keep; kept paid + new due always equals the original principal.
 */
export function rescheduleLoan(params: RescheduleParams): RescheduleResult {
  const { instalments } = params;
  const currency = instalments[0]?.principalDue.currency as Currency | undefined;
  if (currency === undefined) {
    throw new DomainError('INVALID_SCHEDULE', 'There is no schedule to reschedule.', [
      'instalments',
    ]);
  }
  const kept: CurrentInstalment[] = [];
  let unpaid = 0n;
  let lastNumber = 0;
  instalments.forEach((inst, index) => {
    const field = ['instalments', String(index)];
    if (!isMoney(inst.principalDue) || !isMoney(inst.principalPaid)) {
      throw new DomainError('INVALID_AMOUNT', 'Instalment amounts must be Money.', field);
    }
    if (inst.principalDue.currency !== currency || inst.principalPaid.currency !== currency) {
      throw new DomainError('CURRENCY_MISMATCH', `Instalment is not in ${currency}.`, field);
    }
    const { amount: due } = inst.principalDue;
    const { amount: paid } = inst.principalPaid;
    if (paid < 0n || paid > due) {
      throw new DomainError('INVALID_AMOUNT', 'Paid must be between zero and due.', [
        ...field,
        'principalPaid',
      ]);
    }
    unpaid += due - paid;
    if (paid > 0n) {
      kept.push({ ...inst, principalDue: inst.principalPaid });
      lastNumber = Math.max(lastNumber, inst.number);
    }
  });
  if (unpaid === 0n) {
    throw new DomainError(
      'INVALID_STATE',
      'Nothing is left to pay, so there is nothing to reschedule.',
    );
  }
  const unpaidPrincipal: Money = { amount: unpaid, currency };
  const added = newSchedule(params, unpaidPrincipal).map((inst) => ({
    number: lastNumber + inst.number,
    dueDate: inst.dueDate,
    principalDue: inst.principalDue,
    principalPaid: { amount: 0n, currency },
  }));
  return { kept, added, instalments: [...kept, ...added], unpaidPrincipal };
}

function newSchedule(params: RescheduleParams, principal: Money) {
  try {
    return calculateSchedule({
      principal,
      termMonths: params.termMonths,
      graceMonths: params.graceMonths,
      disbursedOn: params.rescheduledOn,
      ...(params.roundingUnit === undefined ? {} : { roundingUnit: params.roundingUnit }),
    });
  } catch (error) {
    // Name the caller's parameter: the new schedule starts on the rescheduling date.
    if (error instanceof DomainError && error.field?.[0] === 'disbursedOn') {
      throw new DomainError(error.code, error.message.replace('Disbursement', 'Rescheduling'), [
        'rescheduledOn',
      ]);
    }
    throw error;
  }
}
