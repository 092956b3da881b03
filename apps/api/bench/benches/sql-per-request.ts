import { postGraphql } from '../harness/load';
import { type Statement } from '../harness/server-process';
import { LOANS_PAGE } from '../queries';
import { type BenchContext, type Figure } from './figure';

/** A statement in a few words: its verb and the tables it reads or writes. */
export function describe(s: Statement): string {
  const verb = /^\s*(\w+)/.exec(s.sql)?.[1]?.toUpperCase() ?? '?';
  const tables = [...s.sql.matchAll(/(?:FROM|JOIN|UPDATE|INTO)\s+"?(\w+)"?/gi)].map((m) => m[1]);
  return `${verb} ${[...new Set(tables)].join('+')}`;
}

/** SQL statements behind one `loans(first: N)` page with beneficiary, schedule and repayments. */
export async function sqlPerRequest(ctx: BenchContext): Promise<Figure[]> {
  const count = async (first: number) => {
    const run = () => postGraphql(ctx.api.url, LOANS_PAGE, { first }, ctx.adminToken);
    await run(); // warm: first-use statements (metadata, prepared plans) are not per request
    return ctx.api.statementsOf(run);
  };
  const ten = (await count(10)).length;
  const statements = await count(100);
  const hundred = statements.length;
  return [
    {
      name: 'SQL statements per request, loans(first: 10) / loans(first: 100)',
      figure: `${ten} / ${hundred}`,
      goal: 'the same for both, at most 6',
      met: ten === hundred && hundred <= 6,
      note: `counted by a TypeORM logger in the API process: ${statements.map(describe).join('; ')}`,
    },
  ];
}
