import { forkTs, nextMessage, stopChild } from '../harness/child';
import { closedLoop, interleaved, postGraphql } from '../harness/load';
import { type BareSetup } from '../harness/bare-server';
import { captureHome } from './home-query';
import { type BenchContext, type Figure } from './figure';

/**
 * Requests per second of Revolve's home query against bare graphql-js on node:http serving the
 * same data after the same SQL, both closed-loop with the same connections.
 */
export async function frameworkOverhead(ctx: BenchContext): Promise<Figure[]> {
  const { query, captured } = await captureHome(ctx);
  const one = captured[0]!;
  const bare = forkTs('bare-server.ts', {});
  try {
    const setup: BareSetup = {
      type: 'serve',
      pgUrl: ctx.pgUrl,
      statements: one.statements,
      myLoans: (one.data as { myLoans: unknown }).myLoans,
    };
    const listening = nextMessage<{ type: 'listening'; port: number }>(bare, 'listening');
    bare.send(setup);
    const bareUrl = `http://127.0.0.1:${(await listening).port}/graphql`;
    const check = await postGraphql(bareUrl, query);
    if (JSON.stringify(check.body.data) !== JSON.stringify(one.data))
      throw new Error('the bare server does not answer what Revolve answers');
    const seconds = ctx.args.quick ? 4 : 20;
    const connections = 8;
    const revolve = () => postGraphql(ctx.api.url, query, {}, one.token);
    const baseline = () => postGraphql(bareUrl, query);
    await closedLoop(connections, 2, revolve);
    await closedLoop(connections, 2, baseline);
    const rounds = ctx.args.quick ? 1 : 4;
    const runs = await interleaved(
      rounds,
      () => closedLoop(connections, seconds / rounds, revolve),
      () => closedLoop(connections, seconds / rounds, baseline),
    );
    const mean = (list: { perSecond: number }[]) =>
      list.reduce((a, x) => a + x.perSecond, 0) / list.length;
    const r = { perSecond: mean(runs.a), errors: runs.a.reduce((a, x) => a + x.errors, 0) };
    const b = { perSecond: mean(runs.b) };
    const share = r.perSecond / b.perSecond;
    return [
      {
        name: `Framework overhead: Revolve vs bare graphql-js on node:http (${connections} connections, ${seconds} s each in ${rounds} alternating rounds)`,
        figure: `${r.perSecond.toFixed(0)} vs ${b.perSecond.toFixed(0)} req/s = ${share.toFixed(3)}`,
        goal: 'at least 0.6 of bare requests/s',
        met: share >= 0.6 && r.errors === 0,
        note: `same schema SDL, same ${one.statements.length} SQL statements per request, same response body${r.errors ? `; ${r.errors} errors` : ''}`,
      },
    ];
  } finally {
    await stopChild(bare);
  }
}
