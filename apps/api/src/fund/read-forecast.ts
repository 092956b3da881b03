import {
  type Currency,
  decimalToRatio,
  forecastFund,
  isDomainError,
  parseDecimal,
  ratio,
  type Ratio,
  ratioToDecimal,
  todayIn,
} from '@revolve/domain';
import { type DataSource } from 'typeorm';
import { badInput } from '../graphql/errors';
import { toMoney } from '../graphql/money';
import { aggregateLoans } from '../reporting/aggregate-loans';
import { amount, runSql } from '../reporting/run-sql';
import { type FundForecast } from './forecast.types';
import { fundCash } from './fund-cash';

export interface ForecastArgs {
  loans: number;
  loanSize: string;
  onTimeRate?: string | null;
}

/** Open principal of active loans' current schedules falling due after asOf, per month. */
async function duesByMonth(ds: DataSource, currency: Currency, asOf: string) {
  const rows = await runSql<{ month: string; amount: unknown }>(
    ds,
    `SELECT substr(i."dueDate", 1, 7) AS "month", SUM(i."principalDue" - i."principalPaid") AS "amount"
       FROM loan_instalments i
       JOIN loans l ON l.id = i."loanId" AND l."scheduleVersion" = i."scheduleVersion"
      WHERE l.status = 'ACTIVE' AND l.currency = :currency
        AND i."dueDate" > :asOf AND i."principalPaid" < i."principalDue"
      GROUP BY 1`,
    { currency, asOf },
  );
  return rows.map((r) => ({ month: r.month, amount: amount(r.amount) }));
}

/** The observed repayment rate (indicators' definition, every loan); 1 before anything fell due. */
async function observedRate(ds: DataSource, currency: Currency, asOf: string): Promise<Ratio> {
  const [all] = await aggregateLoans(
    ds,
    { districtIds: null, from: null, to: null, asOf, currency },
    'all',
  );
  return all && all.fallenDue > 0n ? ratio(all.collected, all.fallenDue) : ratio(1n, 1n);
}

function parseArgs(args: ForecastArgs, currency: Currency) {
  if (!Number.isSafeInteger(args.loans) || args.loans < 1 || args.loans > 10_000)
    throw badInput('loans', 'loans must be a whole number from 1 to 10000.');
  let size: bigint;
  try {
    size = parseDecimal(args.loanSize, currency, { field: ['loanSize'] }).amount;
  } catch (error) {
    if (isDomainError(error)) throw badInput('loanSize', error.message);
    throw error;
  }
  if (size <= 0n) throw badInput('loanSize', 'loanSize must be more than 0.');
  const rate = args.onTimeRate == null ? null : decimalToRatio(args.onTimeRate);
  if (args.onTimeRate != null && (!rate || rate.numerator > rate.denominator))
    throw badInput('onTimeRate', 'onTimeRate must be a decimal from 0 to 1, e.g. "0.9".');
  return { size, rate };
}

/** The forecast: three small aggregate statements, then the domain's forecastFund. */
export async function readForecast(
  ds: DataSource,
  currency: Currency,
  args: ForecastArgs,
  now: Date,
): Promise<FundForecast> {
  const { size, rate } = parseArgs(args, currency);
  const asOf = todayIn('Asia/Baku', now);
  const [cash, dues, onTimeRate] = await Promise.all([
    fundCash(ds.manager, currency),
    duesByMonth(ds, currency, asOf),
    rate ? Promise.resolve(rate) : observedRate(ds, currency, asOf),
  ]);
  const f = forecastFund({
    available: cash.amount,
    dues,
    onTimeRate,
    asOf,
    loans: args.loans,
    loanSize: size,
  });
  const m = (value: bigint) => toMoney(value, currency);
  return {
    asOf,
    onTimeRate: ratioToDecimal(onTimeRate),
    available: m(cash.amount),
    needed: m(f.needed),
    fundableMonth: f.fundableMonth,
    months: f.months.map((x) => ({
      month: x.month,
      expectedRepayments: m(x.expectedRepayments),
      expectedCash: m(x.expectedCash),
    })),
  };
}
