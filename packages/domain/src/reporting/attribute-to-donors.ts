import { type CalendarDate } from '../calendar-date';
import { ratio, type Ratio } from '../indicators/ratio';
import { allocateProportionally } from './allocate-proportionally';

export interface DonorContributionRecord {
  donorId: string;
  /** In fund currency, minor units. */
  fundAmount: bigint;
  receivedOn: CalendarDate;
}

/** A loan's principal by where it went; lent = outstanding + repaid + writtenOff. */
export interface LoanMoney {
  outstanding: bigint;
  repaid: bigint;
  /** Principal written off (gross). */
  writtenOff: bigint;
  /** Money recovered after the write-off. */
  recovered: bigint;
}

/** Totals of the loans disbursed while the capital shares were those of contributions up to `since`. */
export interface CapitalEpoch extends LoanMoney {
  /** The last contribution date on or before the loans' disbursement; null: before any capital. */
  since: CalendarDate | null;
}

export interface DonorAttribution {
  donorId: string;
  capital: bigint;
  lent: bigint;
  repaid: bigint;
  outstanding: bigint;
  /** Written off, net of recoveries: the donor's money lost. */
  writtenOff: bigint;
  /** capital - lent + repaid + recovered. */
  available: bigint;
  /** lent / capital: how many times the donor's money has been lent. */
  revolutions: Ratio;
  /** (available + outstanding) / capital. */
  capitalPreservation: Ratio;
}

/** Which epoch a loan disbursed on `day` belongs to: the latest contribution date not after it. */
export function capitalEpochOf(
  contributions: readonly DonorContributionRecord[],
  day: CalendarDate,
): CalendarDate | null {
  let since: CalendarDate | null = null;
  for (const c of contributions)
    if (c.receivedOn <= day && (since === null || c.receivedOn > since)) since = c.receivedOn;
  return since;
}

const KEYS = ['outstanding', 'repaid', 'writtenOff', 'recovered'] as const;

/**
 * Each loan belongs to the donors in proportion to the capital they had contributed by its
 * disbursement date; its repayments, write-off and recoveries follow the same shares. Per epoch
 * (loans sharing those shares) each total is split by largest remainder, so donors' figures sum
 * to the fund's exactly. Loans from before any capital are attributed to no one.
 */
export function attributeEpochs(
  contributions: readonly DonorContributionRecord[],
  epochs: readonly CapitalEpoch[],
): DonorAttribution[] {
  const donors = [...new Set(contributions.map((c) => c.donorId))].sort();
  const sums = donors.map(() => ({ outstanding: 0n, repaid: 0n, writtenOff: 0n, recovered: 0n }));
  for (const epoch of epochs) {
    if (epoch.since === null) continue;
    const weights = donors.map((d) =>
      contributions
        .filter((c) => c.donorId === d && c.receivedOn <= (epoch.since as string))
        .reduce((s, c) => s + c.fundAmount, 0n),
    );
    for (const key of KEYS) {
      allocateProportionally(epoch[key], weights).forEach((part, i) => {
        const sum = sums[i] as LoanMoney;
        sum[key] += part;
      });
    }
  }
  return donors.map((donorId, i) => {
    const s = sums[i] as LoanMoney;
    const capital = contributions
      .filter((c) => c.donorId === donorId)
      .reduce((t, c) => t + c.fundAmount, 0n);
    const lent = s.outstanding + s.repaid + s.writtenOff;
    const available = capital - lent + s.repaid + s.recovered;
    return {
      donorId,
      capital,
      lent,
      repaid: s.repaid,
      outstanding: s.outstanding,
      writtenOff: s.writtenOff - s.recovered,
      available,
      revolutions: ratio(lent, capital),
      capitalPreservation: ratio(available + s.outstanding, capital),
    };
  });
}

/** The reference: loans grouped into epochs here, one by one (the API groups them in SQL). */
export function attributeToDonors(
  contributions: readonly DonorContributionRecord[],
  loans: readonly (LoanMoney & { disbursedOn: CalendarDate })[],
): DonorAttribution[] {
  const epochs = new Map<CalendarDate | null, CapitalEpoch>();
  for (const loan of loans) {
    const since = capitalEpochOf(contributions, loan.disbursedOn);
    const e = epochs.get(since) ?? {
      since,
      outstanding: 0n,
      repaid: 0n,
      writtenOff: 0n,
      recovered: 0n,
    };
    for (const key of KEYS) e[key] += loan[key];
    epochs.set(since, e);
  }
  return attributeEpochs(contributions, [...epochs.values()]);
}
