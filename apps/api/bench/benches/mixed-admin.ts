import { Client } from 'pg';
import { openLoop, percentile, postGraphql } from '../harness/load';
import { ARREARS, FUND, INDICATORS, LOAN_PAGE, SURVIVOR_SEARCH } from '../queries';
import { type BenchContext, type Figure, ms } from './figure';

const SEARCHES = ['Aysel', 'məmmədov', 'AGJ-B0', 'Orxan Quliyev', '+9945100001', 'BEY-B01'];

/** The admin app's mix: survivor search, loan page, arrears, fund and indicators. */
export async function mixedAdmin(ctx: BenchContext): Promise<Figure[]> {
  const client = new Client({ connectionString: ctx.pgUrl });
  await client.connect();
  const loanIds = (
    await client.query<{ id: string }>(
      `SELECT id FROM loans WHERE status IN ('ACTIVE', 'REPAID', 'WRITTEN_OFF') ORDER BY reference LIMIT 500`,
    )
  ).rows.map((r) => r.id);
  await client.end();
  // Out of every ten requests: 3 searches, 3 loan pages, 2 arrears lists, 1 fund, 1 indicators.
  const kinds = [
    'search',
    'loan',
    'search',
    'arrears',
    'loan',
    'fund',
    'search',
    'loan',
    'arrears',
    'indicators',
  ] as const;
  // What a browser behind https asks for: the API compresses answers from 1 KB up, and that
  // work belongs in the figure.
  const browser = { 'accept-encoding': 'gzip, deflate, br' };
  const send = (n: number) => {
    const kind = kinds[n % kinds.length]!;
    const k = Math.floor(n / kinds.length);
    switch (kind) {
      case 'search':
        return postGraphql(
          ctx.api.url,
          SURVIVOR_SEARCH,
          { search: SEARCHES[k % SEARCHES.length] },
          ctx.adminToken,
          browser,
        );
      case 'loan':
        return postGraphql(
          ctx.api.url,
          LOAN_PAGE,
          { id: loanIds[(k * 37) % loanIds.length] },
          ctx.adminToken,
          browser,
        );
      case 'arrears':
        return postGraphql(ctx.api.url, ARREARS, {}, ctx.adminToken, browser);
      case 'fund':
        return postGraphql(ctx.api.url, FUND, {}, ctx.adminToken, browser);
      case 'indicators':
        return postGraphql(ctx.api.url, INDICATORS, {}, ctx.adminToken, browser);
    }
  };
  const seconds = ctx.args.quick ? 10 : 60;
  // Not measured: one request of each kind first, as a running server has served them before
  // (query paths compiled, pool connected, and what the API keeps until the next write: the
  // arrears count, the portfolio comparison of fund, the indicators).
  for (let n = 0; n < kinds.length; n++) await send(n);
  // The interactive pages alone first, then the whole mix; the API drains in between.
  const pages = ['search', 'loan', 'arrears'] as const;
  const pagesOnly = await runMix(
    ctx,
    (n) => send(kinds.indexOf(pages[n % 3]!) + 10 * Math.floor(n / 3)),
    (n) => pages[n % 3]!,
    seconds,
  );
  await drained(ctx);
  const mix = await runMix(ctx, send, (n) => kinds[n % kinds.length]!, seconds);
  await drained(ctx);
  return [
    figureOf(`Mixed admin load at 50 req/s for ${seconds} s`, mix),
    figureOf(
      `Admin pages only (search, loan page, arrears) at 50 req/s for ${seconds} s, informative`,
      pagesOnly,
    ),
  ];
}

type Run = Awaited<ReturnType<typeof runMix>>;

/**
 * Waits until the API answers a small database read quickly again: requests the harness gave up
 * on may still hold the connection pool, and must not be billed to what runs next.
 */
export async function drained(ctx: BenchContext): Promise<void> {
  const until = performance.now() + 120_000;
  while (performance.now() < until) {
    const t = performance.now();
    await postGraphql(ctx.api.url, 'query { districts { id } }', {}, ctx.adminToken).catch(
      () => null,
    );
    if (performance.now() - t < 200) return;
    await new Promise((r) => setTimeout(r, 1000));
  }
}

async function runMix(
  ctx: BenchContext,
  send: (n: number) => Promise<unknown>,
  kindOf: (n: number) => string,
  seconds: number,
) {
  const byKind = new Map<string, number[]>();
  const timed = async (n: number) => {
    const t = performance.now();
    try {
      return await send(n);
    } finally {
      byKind.set(kindOf(n), [...(byKind.get(kindOf(n)) ?? []), performance.now() - t]);
    }
  };
  const cpuBefore = await ctx.api.cpuMs();
  const result = await openLoop(50, seconds, timed);
  // Share of one core the API process got while the load ran: starved or busy?
  const cpuShare = (await ctx.api.cpuMs()) - cpuBefore;
  return { result, byKind, cpuShare: cpuShare / (result.seconds * 1000) };
}

function figureOf(name: string, { result, byKind, cpuShare }: Run): Figure {
  const p99 = percentile(result.latencies, 99);
  const perKind = [...byKind]
    .map(([kind, list]) => {
      const sorted = list.sort((a, b) => a - b);
      return `${kind} p50 ${ms(percentile(sorted, 50))} p99 ${ms(percentile(sorted, 99))}`;
    })
    .join('; ');
  return {
    name: `${name} (${result.sent} requests), p50 / p99`,
    figure: `${ms(percentile(result.latencies, 50))} / ${ms(p99)}, ${result.errors} errors`,
    goal: 'no errors, p99 under 100 ms',
    met: result.errors === 0 && p99 < 100,
    note: `API process CPU: ${Math.round(cpuShare * 100)}% of one core; service time by kind: ${perKind}${result.firstError ? `; first error: ${result.firstError.slice(0, 300)}` : ''}`,
  };
}
