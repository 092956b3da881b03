import { contributionEntry, convertMoney, fromDayNumber } from '@revolve/domain';
import { type LedgerCounters, postEntry } from './emit-loans';
import { type LoanPlan, paymentsOf } from './loan-plan';
import { benchId } from './prng';
import { at, type GenerateOptions, type Sink } from './types';

export const USD_RATE = '1.70';
/** Contributions arrive in whole 10,000 USD tranches. */
const TRANCHE_CENTS = 1_000_000n;

export interface ContributionPlan {
  day: number;
  usdCents: bigint;
  donor: number;
}

/**
 * Donors top the fund up just before the day its cash would not cover the loans paid out, so
 * cash never goes below zero at the end of any step of any day: repayments revolve first.
 */
export function planContributions(plans: LoanPlan[]): {
  contributions: ContributionPlan[];
  minCash: bigint;
} {
  const out = new Map<number, bigint>();
  const back = new Map<number, bigint>();
  for (const plan of plans) {
    if (plan.disbursedDay === null) continue;
    out.set(plan.disbursedDay, (out.get(plan.disbursedDay) ?? 0n) + plan.principal);
    for (const r of paymentsOf(plan)) back.set(r.day, (back.get(r.day) ?? 0n) + r.amount);
  }
  const days = [...new Set([...out.keys(), ...back.keys()])].sort((a, b) => a - b);
  const contributions: ContributionPlan[] = [];
  let cash = 0n;
  let minCash = 0n;
  for (const day of days) {
    // Same-day repayments are posted after the disbursements (later timestamps): not counted here.
    const need = (out.get(day) ?? 0n) - cash;
    if (need > 0n) {
      const usdNeeded = (need * 100n + 169n) / 170n;
      const usdCents = ((usdNeeded + TRANCHE_CENTS - 1n) / TRANCHE_CENTS) * TRANCHE_CENTS;
      contributions.push({ day, usdCents, donor: contributions.length });
      cash += convertMoney({ amount: usdCents, currency: 'USD' }, USD_RATE, 'AZN').amount;
    }
    cash -= out.get(day) ?? 0n;
    if (cash < minCash) minCash = cash;
    cash += back.get(day) ?? 0n;
  }
  return { contributions, minCash };
}

export async function emitContributions(
  opts: GenerateOptions,
  contributions: ContributionPlan[],
  sink: Sink,
  counters: LedgerCounters,
  recordedById: string,
): Promise<bigint> {
  let capital = 0n;
  for (const [n, c] of contributions.entries()) {
    const id = benchId(opts.seed, 11, n);
    const donorId = opts.refs.donorIds[c.donor % opts.refs.donorIds.length]!;
    const amount = { amount: c.usdCents, currency: 'USD' as const };
    const fundAmount = convertMoney(amount, USD_RATE, 'AZN').amount;
    const receivedOn = fromDayNumber(c.day);
    capital += fundAmount;
    await sink.row('contributions', {
      id,
      donorId,
      amount: c.usdCents,
      currency: 'USD',
      exchangeRate: USD_RATE,
      fundAmount,
      receivedOn,
      recordedById,
      createdAt: at(receivedOn, 7),
    });
    const entry = contributionEntry({ donorId, amount, rate: USD_RATE, fundCurrency: 'AZN' });
    await postEntry(opts, sink, counters, entry, {
      loanId: null,
      sourceId: id,
      postedOn: receivedOn,
      createdAt: at(receivedOn, 7),
    });
  }
  return capital;
}
