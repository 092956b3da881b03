import { postGraphql } from '../harness/load';
import { FUND } from '../queries';
import { type BenchContext, type Figure, ms } from './figure';

/** The scaled ledger read back through the API: balanced, and how long `fund` takes on it. */
export async function fundOnScaledData(ctx: BenchContext): Promise<Figure[]> {
  const t = performance.now();
  const { body } = await postGraphql(ctx.api.url, FUND, {}, ctx.adminToken);
  const took = performance.now() - t;
  const fund = (body.data as { fund: { ledgerBalanced: boolean; revolutions: number } }).fund;
  return [
    {
      name: 'fund on the scaled ledger: ledgerBalanced, one request',
      figure: `${String(fund.ledgerBalanced)}, ${ms(took)}, revolutions ${fund.revolutions.toFixed(2)}`,
      goal: 'balanced (the time is informative; the mixed load holds its latency goal)',
      met: fund.ledgerBalanced,
    },
  ];
}
