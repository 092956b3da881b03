import { postGraphql } from '../harness/load';
import { LOANS_PAGE } from '../queries';
import { type BenchContext, type Figure } from './figure';

/** SQL statements behind one `loans(first: N)` page with beneficiary, schedule and repayments. */
export async function sqlPerRequest(ctx: BenchContext): Promise<Figure[]> {
  const count = async (first: number) => {
    const run = () => postGraphql(ctx.api.url, LOANS_PAGE, { first }, ctx.adminToken);
    await run(); // warm: first-use statements (metadata, prepared plans) are not per request
    const statements = await ctx.api.statementsOf(run);
    return statements.length;
  };
  const ten = await count(10);
  const hundred = await count(100);
  return [
    {
      name: 'SQL statements per request, loans(first: 10) / loans(first: 100)',
      figure: `${ten} / ${hundred}`,
      goal: 'the same for both, at most 6',
      met: ten === hundred && hundred <= 6,
      note: 'counted by a TypeORM logger in the API process, sign-in check included',
    },
  ];
}
