import { type Currency, LOANS_RECEIVABLE } from '@revolve/domain';
import { type DataSource, type QueryRunner } from 'typeorm';
import { amount } from '../reporting/run-sql';
import { portfolioState } from './portfolio-state';
import { figures, type FundFigures, position } from './read-fund';

interface TotalRow {
  account: string;
  currency: string;
  kind: string;
  balance: unknown;
  moved: unknown;
}

/**
 * The last comparison of the portfolio with the loans, per data source: the principal that
 * active schedules owe, and the portfolio state (see portfolioState) it was read in.
 */
const lastOwed = new WeakMap<DataSource, { key: string; owed: bigint }>();

/** Forgets the last comparison (tests that edit instalments behind the API put them back). */
export function forgetPortfolioComparison(ds: DataSource): void {
  lastOwed.delete(ds);
}

/**
 * What `fund` serves: the figures from the running totals (a few rows), and balanced when the
 * totals sum to zero per currency (each entry was checked balanced as it was posted, in the
 * transaction that added it to them), the portfolio account equals what the loans' schedules say
 * is owed, and cash is not negative. One snapshot on PostgreSQL, so totals and loans agree.
 * Lines or instalments edited behind the API are for verifyLedger to find.
 */
export async function readFundFromTotals(ds: DataSource, currency: Currency): Promise<FundFigures> {
  const runner = ds.createQueryRunner();
  const pg = ds.options.type === 'postgres';
  await runner.connect();
  try {
    if (pg) await runner.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    try {
      return await readIn(ds, runner, currency, pg);
    } finally {
      if (pg) await runner.query('COMMIT');
    }
  } finally {
    await runner.release();
  }
}

async function readIn(
  ds: DataSource,
  runner: QueryRunner,
  currency: Currency,
  pg: boolean,
): Promise<FundFigures> {
  const param = pg ? '$1' : '?';
  const rows = (await runner.query(
    `SELECT account AS "account", currency AS "currency", kind AS "kind", balance AS "balance",
            moved AS "moved" FROM ledger_totals`,
  )) as TotalRow[];
  const state = await portfolioState(runner);
  const accounts = new Map<string, bigint>();
  const moved = new Map<string, bigint>();
  const perCurrency = new Map<string, bigint>();
  for (const r of rows) {
    const balance = amount(r.balance);
    perCurrency.set(r.currency, (perCurrency.get(r.currency) ?? 0n) + balance);
    if (r.currency !== currency) continue;
    accounts.set(r.account, (accounts.get(r.account) ?? 0n) + balance);
    if (r.account === LOANS_RECEIVABLE) moved.set(r.kind, amount(r.moved));
  }
  const key = `${currency}:${state}`;
  let owed = lastOwed.get(ds)?.key === key ? lastOwed.get(ds)!.owed : null;
  if (owed === null) {
    // Only instalments with principal left (IDX_loan_instalments_unpaid): allocation never pays
    // beyond what is due, and verifyLedger sums every instalment.
    const [row] = (await runner.query(
      `SELECT SUM(i."principalDue" - i."principalPaid") AS "total"
         FROM loan_instalments i JOIN loans l ON l.id = i."loanId" AND l."scheduleVersion" = i."scheduleVersion"
        WHERE l.status = 'ACTIVE' AND l.currency = ${param} AND i."principalPaid" < i."principalDue"`,
      [currency],
    )) as { total: unknown }[];
    owed = amount(row?.total);
    lastOwed.set(ds, { key, owed });
  }
  const p = position(accounts, moved, currency);
  const sumsToZero = [...perCurrency.values()].every((v) => v === 0n);
  return figures(
    p,
    currency,
    sumsToZero && p.outstanding.amount === owed && p.available.amount >= 0n,
  );
}
