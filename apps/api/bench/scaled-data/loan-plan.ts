import {
  calculateSchedule,
  type CalendarDate,
  fromDayNumber,
  type LoanStatus,
  type ScheduledInstalment,
  toDayNumber,
} from '@revolve/domain';
import { prngFor, type Prng } from './prng';
import { type GenerateOptions, type ScaleCounts } from './types';

/** The money-shaping facts of one loan; everything else about it is cosmetic. */
export interface LoanPlan {
  index: number;
  survivor: number;
  status: LoanStatus;
  principal: bigint;
  termMonths: number;
  graceMonths: number;
  /** Day numbers (domain calendar). Null until disbursed. */
  disbursedDay: number | null;
  submittedDay: number;
  /** What the borrower has paid in all. */
  paid: bigint;
  /** Payments are spread over (disbursedDay, lastPaymentDay]. */
  lastPaymentDay: number;
  writeOffDay: number | null;
  /** How many repayments pay `paid` (set once the whole portfolio is planned). */
  payments: number;
  /** Share of the repayments this loan would naturally take (instalments it pays). */
  weight: number;
}

const TERMS = [6, 9, 12, 12, 18, 18, 24, 24, 30, 36];
export const PROGRAMME_START: CalendarDate = '2019-01-01';

/** The first loans of the recent cycle take each open or closing state, so even a tiny run has all. */
const FIRST_RECENT: LoanStatus[] = ['SUBMITTED', 'APPROVED', 'REJECTED', 'WRITTEN_OFF'];

function statusOf(p: Prng, recent: boolean, rank: number): LoanStatus {
  const r = p.next();
  if (recent && rank < FIRST_RECENT.length) return FIRST_RECENT[rank]!;
  if (!recent) return r < 0.9 ? 'REPAID' : r < 0.96 ? 'WRITTEN_OFF' : 'REJECTED';
  if (r < 0.06) return 'SUBMITTED';
  if (r < 0.1) return 'APPROVED';
  if (r < 0.15) return 'REJECTED';
  return r < 0.95 ? 'ACTIVE' : 'WRITTEN_OFF';
}

export function scheduleOf(plan: LoanPlan, roundingUnit: bigint): ScheduledInstalment[] {
  if (plan.disbursedDay === null) return [];
  return calculateSchedule({
    principal: { amount: plan.principal, currency: 'AZN' },
    termMonths: plan.termMonths,
    graceMonths: plan.graceMonths,
    disbursedOn: fromDayNumber(plan.disbursedDay),
    roundingUnit,
  });
}

/** What an ACTIVE borrower has paid by the as-of day: mostly on time, some behind. */
function activePaid(p: Prng, schedule: ScheduledInstalment[], asOf: CalendarDate): bigint {
  const due = schedule.filter((i) => i.dueDate <= asOf).map((i) => i.principalDue.amount);
  const dueSoFar = due.reduce((a, b) => a + b, 0n);
  const share = schedule[0]!.principalDue.amount;
  const r = p.next();
  let paid =
    r < 0.7
      ? dueSoFar
      : r < 0.9
        ? dueSoFar - share * BigInt(p.int(1, 2))
        : (dueSoFar / 2n / 100n) * 100n;
  const principal = schedule.reduce((a, i) => a + i.principalDue.amount, 0n);
  const lastDue = schedule[schedule.length - 1]!.principalDue.amount;
  // Still ACTIVE: something is left, at least part of the last instalment.
  if (paid >= principal) paid = principal - lastDue;
  return paid > 0n ? paid : 0n;
}

/** One loan's plan, drawn from its own stream: pass two regenerates it exactly. */
export function planLoan(opts: GenerateOptions, counts: ScaleCounts, i: number): LoanPlan {
  const p = prngFor(opts.seed, 3, i);
  const asOfDay = toDayNumber(opts.asOf);
  const startDay = toDayNumber(PROGRAMME_START);
  const cycles = Math.ceil(counts.loans / counts.survivors);
  const cycle = Math.floor(i / counts.survivors);
  const status = statusOf(p, cycle === cycles - 1, i - cycle * counts.survivors);
  const termMonths = p.pick(TERMS);
  const graceMonths = p.chance(0.3) ? p.int(1, Math.min(3, termMonths - 1)) : 0;
  const principal = BigInt(p.int(5, 50)) * 10_000n;
  const window = Math.floor((asOfDay - 45 - startDay) / cycles);
  const day = startDay + cycle * window + p.int(0, window - 1);
  const plan: LoanPlan = {
    index: i,
    survivor: i % counts.survivors,
    status,
    principal,
    termMonths,
    graceMonths,
    disbursedDay: null,
    submittedDay: day - p.int(10, 40),
    paid: 0n,
    lastPaymentDay: 0,
    writeOffDay: null,
    payments: 0,
    weight: 0,
  };
  if (
    status === 'SUBMITTED' ||
    status === 'APPROVED' ||
    (status === 'REJECTED' && cycle === cycles - 1)
  ) {
    plan.submittedDay = asOfDay - p.int(1, 60);
    return plan;
  }
  if (status === 'REJECTED') return plan;
  plan.disbursedDay = day;
  const schedule = scheduleOf(plan, opts.refs.roundingUnit);
  const lastDueDay = toDayNumber(schedule[schedule.length - 1]!.dueDate);
  if (status === 'REPAID') {
    plan.paid = principal;
    plan.lastPaymentDay = Math.min(lastDueDay, asOfDay);
  } else if (status === 'ACTIVE') {
    plan.paid = activePaid(p, schedule, opts.asOf);
    plan.lastPaymentDay = asOfDay;
  } else {
    plan.writeOffDay = Math.min(day + p.int(200, 700), asOfDay);
    plan.paid = ((principal * BigInt(p.int(10, 60))) / 100n / 100n) * 100n;
    plan.lastPaymentDay = plan.writeOffDay - 1;
  }
  if (plan.paid > 0n) {
    const n = BigInt(schedule.length);
    plan.weight = Math.max(1, Number((plan.paid * n + principal / 2n) / principal));
  }
  return plan;
}

/**
 * Hands out exactly `total` repayments in proportion to the loans' weights (cumulative rounding
 * keeps the sum exact); a loan with something paid gets at least one.
 */
export function assignPaymentCounts(plans: LoanPlan[], total: number): void {
  const weightSum = plans.reduce((a, l) => a + l.weight, 0);
  let cumulative = 0;
  let given = 0;
  for (const plan of plans) {
    if (plan.weight === 0) continue;
    cumulative += plan.weight;
    const upTo = Math.round((cumulative * total) / weightSum);
    plan.payments = Math.max(1, upTo - given);
    given += plan.payments;
  }
}

/** The repayments of a loan: equal whole-manat parts (the last takes the rest), evenly dated. */
export function paymentsOf(plan: LoanPlan): { amount: bigint; day: number }[] {
  if (plan.payments === 0 || plan.disbursedDay === null) return [];
  const k = plan.paid < BigInt(plan.payments) ? Number(plan.paid) : plan.payments;
  let share = (plan.paid / BigInt(k) / 100n) * 100n;
  if (share === 0n) share = plan.paid / BigInt(k);
  const span = plan.lastPaymentDay - plan.disbursedDay;
  const out: { amount: bigint; day: number }[] = [];
  for (let j = 0; j < k; j++) {
    const amount = j === k - 1 ? plan.paid - share * BigInt(k - 1) : share;
    const day = plan.disbursedDay + Math.max(1, Math.floor(((j + 1) * span) / k));
    out.push({ amount, day });
  }
  return out;
}
