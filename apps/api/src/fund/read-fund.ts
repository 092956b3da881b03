import {
  CURRENCIES,
  type Currency,
  FUND_CASH,
  type FundPosition,
  FX_CLEARING,
  isDonorCapitalAccount,
  LOANS_RECEIVABLE,
  ratio,
  ratioToNumber,
  WRITE_OFFS,
} from '@revolve/domain';
import { type DataSource } from 'typeorm';
import { amount, count, runSql } from '../reporting/run-sql';
import { TOTALS_KIND_SQL } from './ledger-totals';

export interface FundFigures extends FundPosition {
  currency: Currency;
  revolutions: number;
  ledgerBalanced: boolean;
}

/** Principal the active loans still owe, from their current schedules (every instalment). */
export async function loansOutstanding(ds: DataSource, currency: Currency): Promise<bigint> {
  const [row] = await runSql<{ total: unknown }>(
    ds,
    `SELECT SUM(i."principalDue" - i."principalPaid") AS "total"
       FROM loan_instalments i JOIN loans l ON l.id = i."loanId" AND l."scheduleVersion" = i."scheduleVersion"
      WHERE l.status = 'ACTIVE' AND l.currency = :currency`,
    { currency },
  );
  return amount(row?.total);
}

/** Balance per account in `currency` (debit positive): a handful of rows, one per account. */
async function balances(ds: DataSource, currency: Currency): Promise<Map<string, bigint>> {
  const rows = await runSql<{ account: string; total: unknown }>(
    ds,
    `SELECT l.account AS "account", SUM(l.amount) AS "total"
       FROM journal_lines l WHERE l.currency = :currency GROUP BY l.account`,
    { currency },
  );
  return new Map(rows.map((r) => [r.account, amount(r.total)]));
}

/** Principal moved through receivables per kind; a reversal counts against the kind it cancels. */
async function flows(ds: DataSource, currency: Currency): Promise<Map<string, bigint>> {
  const rows = await runSql<{ kind: string | null; moved: unknown }>(
    ds,
    `SELECT CASE WHEN e.kind = 'REVERSAL' THEN e.reverses ELSE e.kind END AS "kind",
            SUM(CASE WHEN e.kind = 'REVERSAL' THEN -ABS(l.amount) ELSE ABS(l.amount) END) AS "moved"
       FROM journal_lines l JOIN journal_entries e ON e.id = l."entryId"
      WHERE l.account = :account AND l.currency = :currency
      GROUP BY 1`,
    { account: LOANS_RECEIVABLE, currency },
  );
  return new Map(rows.filter((r) => r.kind !== null).map((r) => [String(r.kind), amount(r.moved)]));
}

/** Entries that do not sum to zero in some currency, or have fewer than two lines: one scan. */
async function unbalancedEntries(ds: DataSource): Promise<number> {
  const perCurrency = CURRENCIES.map(
    (c) => `SUM(CASE WHEN l.currency = '${c}' THEN l.amount ELSE 0 END) <> 0`,
  ).join(' OR ');
  const [row] = await runSql<{ n: unknown }>(
    ds,
    `SELECT COUNT(*) AS "n" FROM (SELECT l."entryId" FROM journal_lines l GROUP BY l."entryId"
       HAVING COUNT(*) < 2 OR ${perCurrency}
         OR SUM(CASE WHEN l.currency IN (:...known) THEN 0 ELSE 1 END) > 0) x`,
    { known: [...CURRENCIES] },
  );
  return count(row?.n);
}

/** Keys of the running totals that disagree with the lines they sum: one pass over the journal. */
async function totalsMismatches(ds: DataSource): Promise<number> {
  const [row] = await runSql<{ n: unknown }>(
    ds,
    `SELECT COUNT(*) AS "n" FROM (
       SELECT x.account, x.currency, x.kind FROM (
         SELECT t.account AS account, t.currency AS currency, t.kind AS kind, t.balance AS balance, t.moved AS moved
           FROM ledger_totals t
         UNION ALL
         SELECT l.account, l.currency, ${TOTALS_KIND_SQL},
                -SUM(l.amount), -SUM(CASE WHEN e.kind = 'REVERSAL' THEN -ABS(l.amount) ELSE ABS(l.amount) END)
           FROM journal_lines l JOIN journal_entries e ON e.id = l."entryId"
          GROUP BY 1, 2, 3) x
       GROUP BY x.account, x.currency, x.kind
       HAVING SUM(x.balance) <> 0 OR SUM(x.moved) <> 0) y`,
    {},
  );
  return count(row?.n);
}

/** The domain's fund position from per-account balances and receivable flows. */
export function position(
  accounts: Map<string, bigint>,
  moved: Map<string, bigint>,
  currency: Currency,
): FundPosition {
  let capital = -(accounts.get(FX_CLEARING) ?? 0n);
  for (const [account, total] of accounts) if (isDonorCapitalAccount(account)) capital -= total;
  const of = (value: bigint) => ({ amount: value, currency });
  return {
    capital: of(capital),
    available: of(accounts.get(FUND_CASH) ?? 0n),
    outstanding: of(accounts.get(LOANS_RECEIVABLE) ?? 0n),
    disbursedTotal: of(moved.get('DISBURSEMENT') ?? 0n),
    repaidTotal: of(moved.get('REPAYMENT') ?? 0n),
    writtenOffTotal: of(accounts.get(WRITE_OFFS) ?? 0n),
  };
}

export function figures(p: FundPosition, currency: Currency, balanced: boolean): FundFigures {
  const capital = p.capital.amount;
  return {
    ...p,
    currency,
    revolutions: capital > 0n ? ratioToNumber(ratio(p.disbursedTotal.amount, capital)) : 0,
    ledgerBalanced: balanced,
  };
}

export interface LedgerVerification {
  balanced: boolean;
  unbalancedEntries: number;
  totalsMismatches: number;
  portfolioAgrees: boolean;
  verifiedAt: string;
}

/**
 * The full check, from every journal line (seconds on a national ledger; ADMIN only): every
 * entry balances, the running totals equal the lines, the portfolio equals every current
 * instalment still owed, and cash is not negative.
 */
export async function verifyLedger(
  ds: DataSource,
  currency: Currency,
  now: Date,
): Promise<LedgerVerification> {
  const full = await readAllLines(ds, currency);
  return {
    balanced: full.figures.ledgerBalanced,
    unbalancedEntries: full.unbalanced,
    totalsMismatches: full.mismatches,
    portfolioAgrees: full.figures.outstanding.amount === full.owed,
    verifiedAt: now.toISOString(),
  };
}

/**
 * The fund's figures from the journal lines by SQL aggregates (seconds on a national ledger),
 * with the definitions of the domain's fundPosition. Balanced means: every entry sums to zero per
 * currency, the running totals equal the lines, the portfolio account equals what the loans'
 * schedules say is owed, and cash is not negative. The reference for readFundFromTotals.
 */
export async function readFund(ds: DataSource, currency: Currency): Promise<FundFigures> {
  return (await readAllLines(ds, currency)).figures;
}

async function readAllLines(ds: DataSource, currency: Currency) {
  const [accounts, moved, unbalanced, mismatches, owed] = await Promise.all([
    balances(ds, currency),
    flows(ds, currency),
    unbalancedEntries(ds),
    totalsMismatches(ds),
    loansOutstanding(ds, currency),
  ]);
  const p = position(accounts, moved, currency);
  const balanced =
    unbalanced === 0 &&
    mismatches === 0 &&
    p.outstanding.amount === owed &&
    p.available.amount >= 0n;
  return { figures: figures(p, currency, balanced), unbalanced, mismatches, owed };
}
