import {
  allocateRepayment,
  disbursementEntry,
  fromDayNumber,
  type InstalmentBalance,
  type JournalEntry,
  repaymentEntry,
  writeOffEntry,
} from '@revolve/domain';
import { benchId, prngFor } from './prng';
import { TABLE_BENEFICIARY, districtOf } from './survivors';
import { type LoanPlan, paymentsOf, scheduleOf } from './loan-plan';
import { at, type GenerateOptions, type Sink } from './types';

const PURPOSES = ['START_UP', 'EXPANSION'] as const;
const BUSINESSES = [
  'Dairy cows and milk sales at the district market',
  'Greenhouse tomatoes and cucumbers',
  'Shoe and phone repair kiosk',
  'Beekeeping: twenty hives and honey sales',
  'Sewing workshop for school uniforms',
  'Poultry: two hundred laying hens',
];

/** Row counters shared across loans: each table numbers its ids from zero. */
export interface LedgerCounters {
  entries: number;
  lines: number;
  events: number;
  instalments: number;
  repayments: number;
}

export interface LoanTotals {
  disbursed: bigint;
  repaid: bigint;
  writtenOff: bigint;
  /** Principal still owed on ACTIVE loans' schedules. */
  outstanding: bigint;
}

export async function postEntry(
  opts: GenerateOptions,
  sink: Sink,
  counters: LedgerCounters,
  entry: JournalEntry,
  facts: { loanId: string | null; sourceId: string | null; postedOn: string; createdAt: string },
): Promise<void> {
  const entryId = benchId(opts.seed, 6, counters.entries++);
  await sink.row('journal_entries', {
    id: entryId,
    kind: entry.kind,
    reverses: null,
    ...facts,
  });
  for (const line of entry.lines) {
    await sink.row('journal_lines', {
      id: benchId(opts.seed, 7, counters.lines++),
      entryId,
      account: line.account,
      currency: line.amount.currency,
      amount: line.amount.amount,
    });
  }
}

/** One loan with its events, schedule (paid as allocated), repayments and journal entries. */
export async function emitLoan(
  opts: GenerateOptions,
  plan: LoanPlan,
  sink: Sink,
  counters: LedgerCounters,
  totals: LoanTotals,
): Promise<void> {
  const { seed, refs } = opts;
  const p = prngFor(seed, 4, plan.index);
  const loanId = benchId(seed, 3, plan.index);
  const d = districtOf(plan.survivor, refs.districts.length);
  const manager = refs.managerIds[d]!;
  const submittedOn = fromDayNumber(plan.submittedDay);
  const disbursedOn = plan.disbursedDay === null ? null : fromDayNumber(plan.disbursedDay);
  const decided = plan.status !== 'SUBMITTED';
  const events: [string, string, string][] = [['SUBMITTED', at(submittedOn, 9), manager]];
  if (decided) {
    const verdict = plan.status === 'REJECTED' ? 'REJECTED' : 'APPROVED';
    const decidedOn = fromDayNumber(Math.min(plan.submittedDay + 5, plan.disbursedDay ?? Infinity));
    events.push([verdict, at(decidedOn, 8), refs.approverId]);
  }
  const schedule = scheduleOf(plan, refs.roundingUnit);
  const balances: InstalmentBalance[] = schedule.map((i) => ({
    number: i.number,
    principalDue: i.principalDue,
    principalPaid: { amount: 0n, currency: 'AZN' },
  }));
  const repayments = paymentsOf(plan);
  if (disbursedOn) {
    events.push(['DISBURSED', at(disbursedOn, 9), manager]);
    totals.disbursed += plan.principal;
    await postEntry(
      opts,
      sink,
      counters,
      disbursementEntry({ amount: plan.principal, currency: 'AZN' }),
      {
        loanId,
        sourceId: null,
        postedOn: disbursedOn,
        createdAt: at(disbursedOn, 9),
      },
    );
  }
  for (const [n, r] of repayments.entries()) {
    const paidOn = fromDayNumber(r.day);
    const money = { amount: r.amount, currency: 'AZN' as const };
    // The domain's allocation, oldest instalment first: the schedule ends as the API would leave it.
    for (const a of allocateRepayment(balances, money)) {
      const b = balances[a.number - 1]!;
      b.principalPaid = { amount: b.principalPaid.amount + a.amount.amount, currency: 'AZN' };
    }
    const id = benchId(seed, 5, counters.repayments++);
    await sink.row('loan_repayments', {
      id,
      loanId,
      amount: r.amount,
      currency: 'AZN',
      paidOn,
      recordedAt: at(paidOn, 10),
      recordedById: manager,
      idempotencyKey: `bench-${plan.index}-${n}`,
      requestFingerprint: JSON.stringify([loanId, r.amount.toString(), 'AZN', paidOn]),
      recovery: false,
      reversedAt: null,
      reversalReason: null,
    });
    totals.repaid += r.amount;
    await postEntry(opts, sink, counters, repaymentEntry(money), {
      loanId,
      sourceId: id,
      postedOn: paidOn,
      createdAt: at(paidOn, 10),
    });
  }
  const left = plan.principal - plan.paid;
  if (plan.status === 'REPAID') {
    events.push(['REPAID', at(fromDayNumber(repayments[repayments.length - 1]!.day), 10), manager]);
  } else if (plan.status === 'WRITTEN_OFF') {
    const on = fromDayNumber(plan.writeOffDay!);
    events.push(['WRITTEN_OFF', at(on, 11), refs.approverId]);
    totals.writtenOff += left;
    await postEntry(opts, sink, counters, writeOffEntry({ amount: left, currency: 'AZN' }), {
      loanId,
      sourceId: null,
      postedOn: on,
      createdAt: at(on, 11),
    });
  } else if (plan.status === 'ACTIVE') {
    totals.outstanding += left;
  }
  await sink.row('loans', {
    id: loanId,
    reference: `LB-${String(plan.index + 1).padStart(7, '0')}`,
    beneficiaryId: benchId(seed, TABLE_BENEFICIARY, plan.survivor),
    districtId: refs.districts[d]!.id,
    productId: refs.productId,
    purpose: p.pick(PURPOSES),
    businessDescription: p.pick(BUSINESSES),
    expectedMonthlyIncome: BigInt(p.int(3, 15)) * 10_000n,
    expectedMonthlyCosts: BigInt(p.int(1, 3)) * 10_000n,
    familyWorkers: p.int(0, 3),
    principal: plan.principal,
    currency: 'AZN',
    termMonths: plan.termMonths,
    graceMonths: plan.graceMonths,
    status: plan.status,
    submittedById: manager,
    submittedAt: at(submittedOn, 9),
    decidedById: decided ? refs.approverId : null,
    decisionNote:
      plan.status === 'REJECTED' ? 'The business plan needs a market for the goods.' : null,
    disbursedOn,
    scheduleVersion: 1,
    createdAt: at(submittedOn, 9),
    updatedAt: events[events.length - 1]![1],
  });
  for (const [action, when, actor] of events) {
    await sink.row('loan_events', {
      id: benchId(seed, 8, counters.events++),
      loanId,
      at: when,
      actorId: actor,
      action,
      note: null,
    });
  }
  for (const [k, b] of balances.entries()) {
    await sink.row('loan_instalments', {
      id: benchId(seed, 4, counters.instalments++),
      loanId,
      scheduleVersion: 1,
      number: b.number,
      dueDate: schedule[k]!.dueDate,
      principalDue: b.principalDue.amount,
      principalPaid: b.principalPaid.amount,
    });
  }
}
