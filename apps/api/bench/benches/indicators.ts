import { formatDecimal } from '@revolve/domain';
import { Client } from 'pg';
import { postGraphql } from '../harness/load';
import { INDICATORS } from '../queries';
import { type BenchContext, type Figure, median, ms } from './figure';
import { handWrittenIndicators } from './indicators-sql';

interface Totals {
  loansDisbursed: number;
  amountDisbursed: { amount: string };
  portfolioOutstanding: { amount: string };
  courseCompletions: number;
}

const decimal = (minor: string) => formatDecimal({ amount: BigInt(minor), currency: 'AZN' });

/** `indicators` through the API against the hand-written aggregate SQL, on the scaled data. */
export async function indicators(ctx: BenchContext): Promise<Figure[]> {
  const runs = ctx.args.quick ? 3 : 7;
  const apiTimes: number[] = [];
  const rawTimes: number[] = [];
  let api: Totals | undefined;
  let total: Record<string, string> | undefined;
  let completions = '';
  const client = new Client({ connectionString: ctx.pgUrl });
  await client.connect();
  const statements = handWrittenIndicators();
  try {
    // Alternating API and SQL runs (the machine is shared and noisy); the first pair warms.
    for (let i = 0; i <= runs; i++) {
      let t = performance.now();
      const { body } = await postGraphql(ctx.api.url, INDICATORS, {}, ctx.adminToken);
      if (i > 0) apiTimes.push(performance.now() - t);
      api = (body.data as { indicators: Totals }).indicators;
      t = performance.now();
      const results = [];
      for (const s of statements) results.push(await client.query(s.sql, s.params));
      if (i > 0) rawTimes.push(performance.now() - t);
      total = results[0]!.rows.find((r: Record<string, unknown>) => Number(r.g) === 15);
      completions = String(results[2]!.rows[0].completions);
    }
  } finally {
    await client.end();
  }
  const same =
    api !== undefined &&
    total !== undefined &&
    api.loansDisbursed === Number(total.loans) &&
    api.amountDisbursed.amount === decimal(total.disbursed!) &&
    api.portfolioOutstanding.amount === decimal(total.outstanding!) &&
    api.courseCompletions === Number(completions);
  const ratio = median(apiTimes) / median(rawTimes);
  return [
    {
      name: `indicators (all breakdowns) vs hand-written aggregate SQL, median of ${runs}`,
      figure: `${ms(median(apiTimes))} vs ${ms(median(rawTimes))} = ${ratio.toFixed(2)}x`,
      goal: 'at most 1.3x',
      met: ratio <= 1.3 && same,
      note: same
        ? 'same totals (loans, disbursed, outstanding, completions) from both'
        : `FIGURES DIFFER: API ${JSON.stringify(api)} vs SQL ${JSON.stringify(total)}`,
    },
  ];
}
