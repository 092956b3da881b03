import { Pool } from 'pg';
import { interleaved, mergeRuns, openLoop, percentile, postGraphql } from '../harness/load';
import { type Statement } from '../harness/server-process';
import { portalHomeQuery } from '../queries';
import { describe } from './sql-per-request';
import { type BenchContext, type Figure, ms } from './figure';

/** Each survivor's home request and the SQL it ran, captured once. */
export async function captureHome(ctx: BenchContext) {
  const query = portalHomeQuery();
  const captured: { token: string; statements: Statement[]; data: unknown }[] = [];
  for (const token of ctx.survivorTokens) {
    let data: unknown;
    // Steady state: a first request may renew the session (an UPDATE once a minute per session),
    // which the raw and bare replays would otherwise repeat on every request.
    await postGraphql(ctx.api.url, query, {}, token);
    const statements = await ctx.api.statementsOf(async () => {
      data = (await postGraphql(ctx.api.url, query, {}, token)).body.data;
    });
    captured.push({ token, statements, data });
  }
  return { query, captured };
}

/**
 * The survivor's home query at a constant arrival rate through the API, then the same SQL
 * statements straight through `pg` at the same rate in the same harness.
 */
export async function homeQuery(ctx: BenchContext): Promise<Figure[]> {
  const { query, captured } = await captureHome(ctx);
  // Well below saturation (about 40 req/s here, closed-loop): latency, not queueing, is measured.
  const rate = 20;
  const seconds = ctx.args.quick ? 5 : 30;
  const api = (n: number) =>
    postGraphql(ctx.api.url, query, {}, captured[n % captured.length]!.token);
  const pool = new Pool({ connectionString: ctx.pgUrl, max: 10 });
  const raw = async (n: number) => {
    const client = await pool.connect();
    try {
      for (const s of captured[n % captured.length]!.statements)
        await client.query(s.sql, s.params);
    } finally {
      client.release();
    }
  };
  await openLoop(rate, 2, api); // warm-up, not counted
  await openLoop(rate, 2, raw);
  const rounds = ctx.args.quick ? 1 : 3;
  const runs = await interleaved(
    rounds,
    () => openLoop(rate, seconds / rounds, api),
    () => openLoop(rate, seconds / rounds, raw),
  );
  await pool.end();
  const viaApi = mergeRuns(runs.a);
  const viaPg = mergeRuns(runs.b);
  const apiP99 = percentile(viaApi.latencies, 99);
  const rawP99 = percentile(viaPg.latencies, 99);
  const statements = captured[0]!.statements.length;
  return [
    {
      name: `Survivor home query at ${rate} req/s for ${seconds} s (${rounds} alternating rounds with raw pg), API p50 / p99`,
      figure: `${ms(percentile(viaApi.latencies, 50))} / ${ms(apiP99)}, ${viaApi.errors} errors`,
      goal: 'p99 at most 2x the raw SQL p99',
      met: viaApi.errors === 0 && apiP99 <= 2 * rawP99,
      note: `same ${statements} SQL statements (${captured[0]!.statements.map(describe).join('; ')}) through pg: p50 ${ms(percentile(viaPg.latencies, 50))}, p99 ${ms(rawP99)}; ratio ${(apiP99 / rawP99).toFixed(2)}x${viaApi.firstError ? `; first error: ${viaApi.firstError}` : ''}`,
    },
  ];
}
