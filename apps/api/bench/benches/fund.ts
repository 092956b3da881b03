import { postGraphql } from '../harness/load';
import { FUND } from '../queries';
import { type BenchContext, type Figure, median, ms } from './figure';

const VERIFY = `query BenchVerifyLedger { verifyLedger { balanced unbalancedEntries totalsMismatches portfolioAgrees } }`;

interface Verification {
  balanced: boolean;
  unbalancedEntries: number;
  totalsMismatches: number;
  portfolioAgrees: boolean;
}

/**
 * The scaled ledger read back through the API: `fund` (running totals, the portfolio compared
 * with the loans once per state) and `verifyLedger` (every line), both balanced, and their times.
 */
export async function fundOnScaledData(ctx: BenchContext): Promise<Figure[]> {
  const timed = async <T>(query: string, field: string) => {
    const t = performance.now();
    const { body } = await postGraphql(ctx.api.url, query, {}, ctx.adminToken);
    const took = performance.now() - t;
    const value = (body.data as Record<string, T> | null)?.[field];
    if (!value) throw new Error(`${field}: ${JSON.stringify(body.errors ?? body)}`);
    return { value, took };
  };
  const first = await timed<{ ledgerBalanced: boolean; revolutions: number }>(FUND, 'fund');
  const again: number[] = [];
  for (let i = 0; i < 9; i++) again.push((await timed(FUND, 'fund')).took);
  const verified = await timed<Verification>(VERIFY, 'verifyLedger');
  const v = verified.value;
  return [
    {
      name: 'fund on the scaled ledger: ledgerBalanced, one request',
      figure: `${String(first.value.ledgerBalanced)}, ${ms(first.took)} (then median ${ms(median(again))} of 9), revolutions ${first.value.revolutions.toFixed(2)}`,
      goal: 'balanced (the time is informative; the mixed load holds its latency goal)',
      met: first.value.ledgerBalanced,
      note: 'read from the running ledger totals; the first request also sums what active schedules owe, later ones reuse it while no posting or reschedule commits',
    },
    {
      name: 'verifyLedger on the scaled ledger: every journal line against the running totals, one request (ADMIN)',
      figure: `${String(v.balanced)}, ${ms(verified.took)}; ${v.unbalancedEntries} unbalanced entries, ${v.totalsMismatches} totals differing from their lines, portfolio ${v.portfolioAgrees ? 'agrees' : 'DISAGREES'} with the loans`,
      goal: 'balanced (the time is informative: an explicit check, not on any page)',
      met: v.balanced,
    },
  ];
}
