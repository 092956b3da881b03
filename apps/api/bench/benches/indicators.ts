import { formatDecimal } from '@revolve/domain';
import { Client } from 'pg';
import { postGraphql } from '../harness/load';
import { INDICATORS } from '../queries';
import { type BenchContext, type Figure, median, ms } from './figure';
import { handWrittenIndicators } from './indicators-sql';

interface Cell {
  key?: string;
  district?: { id: string };
  loansDisbursed: number | null;
  amountDisbursed: { amount: string } | null;
}

interface Totals {
  loansDisbursed: number;
  amountDisbursed: { amount: string };
  portfolioOutstanding: { amount: string };
  courseCompletions: number;
  byDistrict: Cell[];
  bySex: Cell[];
  byAgeBand: Cell[];
  byPurpose: Cell[];
}

type SqlRow = Record<string, string | null>;

const decimal = (minor: string) => formatDecimal({ amount: BigInt(minor), currency: 'AZN' });

/**
 * The breakdowns the API derives from its one fold, cell by cell against the GROUPING SETS rows
 * (GROUPING(district, sex, band, purpose): 7 by district, 11 by sex, 13 by band, 14 by purpose).
 * Returns the first cell that differs, or null.
 */
function breakdownDifference(api: Totals, rows: SqlRow[]): string | null {
  const sets: [string, Cell[], number, string][] = [
    ['byDistrict', api.byDistrict, 7, 'district'],
    ['bySex', api.bySex, 11, 'sex'],
    ['byAgeBand', api.byAgeBand, 13, 'band'],
    ['byPurpose', api.byPurpose, 14, 'purpose'],
  ];
  for (const [name, cells, g, column] of sets)
    for (const cell of cells) {
      const key = cell.district?.id ?? cell.key;
      const row = rows.find((r) => Number(r.g) === g && r[column] === key);
      const loans = row ? Number(row.loans) : 0;
      const disbursed = decimal(row?.disbursed ?? '0');
      if (cell.loansDisbursed !== loans || cell.amountDisbursed?.amount !== disbursed)
        return `${name} ${key}: API ${cell.loansDisbursed} loans, ${cell.amountDisbursed?.amount} vs SQL ${loans}, ${disbursed}`;
    }
  return null;
}

/** `indicators` through the API against the hand-written aggregate SQL, on the scaled data. */
export async function indicators(ctx: BenchContext): Promise<Figure[]> {
  const runs = ctx.args.quick ? 3 : 7;
  const apiTimes: number[] = [];
  const rawTimes: number[] = [];
  let api: Totals | undefined;
  let total: SqlRow | undefined;
  let grouped: SqlRow[] = [];
  let completions = '';
  const client = new Client({ connectionString: ctx.pgUrl });
  await client.connect();
  const statements = handWrittenIndicators();
  try {
    // Alternating API and SQL runs (the machine is shared and noisy); the first pair warms.
    for (let i = 0; i <= runs; i++) {
      let t = performance.now();
      // no-cache: the computation itself, not the answer the API keeps until the next write.
      const { body } = await postGraphql(ctx.api.url, INDICATORS, {}, ctx.adminToken, {
        'cache-control': 'no-cache',
      });
      if (i > 0) apiTimes.push(performance.now() - t);
      api = (body.data as { indicators: Totals }).indicators;
      t = performance.now();
      const results = [];
      for (const s of statements) results.push(await client.query(s.sql, s.params));
      if (i > 0) rawTimes.push(performance.now() - t);
      grouped = results[0]!.rows as SqlRow[];
      total = grouped.find((r) => Number(r.g) === 15);
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
  const cellDifference = api ? breakdownDifference(api, grouped) : 'no answer';
  const ratio = median(apiTimes) / median(rawTimes);
  return [
    {
      name: `indicators (all breakdowns) vs hand-written aggregate SQL, median of ${runs}`,
      figure: `${ms(median(apiTimes))} vs ${ms(median(rawTimes))} = ${ratio.toFixed(2)}x`,
      goal: 'at most 1.3x',
      met: ratio <= 1.3 && same && cellDifference === null,
      note: !same
        ? `FIGURES DIFFER: API ${JSON.stringify(api)} vs SQL ${JSON.stringify(total)}`
        : cellDifference !== null
          ? `CELLS DIFFER: ${cellDifference}`
          : 'same totals (loans, disbursed, outstanding, completions) and the same loans and amount in every district, sex, age band and purpose cell from both',
    },
  ];
}
