import { assignPaymentCounts, type LoanPlan, planLoan } from './loan-plan';
import { emitContributions, planContributions } from './contributions';
import { emitLoan, type LedgerCounters, type LoanTotals } from './emit-loans';
import { generateSurvivors } from './survivors';
import { generateTraining } from './training';
import { countsFor, type GenerateOptions, type ScaleCounts, type Sink } from './types';

export interface GenerationSummary {
  counts: ScaleCounts;
  loansByStatus: Record<string, number>;
  householdMembers: number;
  repayments: number;
  journalEntries: number;
  journalLines: number;
  instalments: number;
  contributions: number;
  sessions: number;
  enrollments: number;
  completions: number;
  /** Minor units (AZN). */
  capital: bigint;
  totals: LoanTotals;
  /** Lowest fund cash after any day's disbursements, from the scaled data alone (>= 0). */
  minCash: bigint;
}

/** Plans every loan, then how many repayments each one gets (exactly the target in all). */
export function planPortfolio(opts: GenerateOptions, counts: ScaleCounts): LoanPlan[] {
  const plans: LoanPlan[] = [];
  for (let i = 0; i < counts.loans; i++) plans.push(planLoan(opts, counts, i));
  assignPaymentCounts(plans, counts.repayments);
  return plans;
}

/**
 * The whole scaled programme, streamed to `sink` in foreign-key order. Deterministic: the same
 * options give the same rows, ids included.
 */
export async function generateScaledData(
  opts: GenerateOptions,
  sink: Sink,
): Promise<GenerationSummary> {
  const counts = countsFor(opts.scale);
  const survivors = await generateSurvivors(opts, counts, sink);
  const plans = planPortfolio(opts, counts);
  const { contributions, minCash } = planContributions(plans);
  const counters: LedgerCounters = {
    entries: 0,
    lines: 0,
    events: 0,
    instalments: 0,
    repayments: 0,
  };
  const capital = await emitContributions(opts, contributions, sink, counters, opts.refs.adminId);
  const totals: LoanTotals = { disbursed: 0n, repaid: 0n, writtenOff: 0n, outstanding: 0n };
  const loansByStatus: Record<string, number> = {};
  for (const plan of plans) {
    loansByStatus[plan.status] = (loansByStatus[plan.status] ?? 0) + 1;
    await emitLoan(opts, plan, sink, counters, totals);
  }
  const training = await generateTraining(opts, counts, sink);
  return {
    counts,
    loansByStatus,
    householdMembers: survivors.householdMembers,
    repayments: counters.repayments,
    journalEntries: counters.entries,
    journalLines: counters.lines,
    instalments: counters.instalments,
    contributions: contributions.length,
    ...training,
    capital,
    totals,
    minCash,
  };
}
