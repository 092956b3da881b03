import {
  attributeEpochs,
  type CapitalEpoch,
  type Currency,
  type DonorAttribution,
  type DonorContributionRecord,
} from '@revolve/domain';
import { type DataSource } from 'typeorm';
import { amount, runSql } from '../reporting/run-sql';

/** Contributions in fund currency: one row each (dozens, not thousands). */
export async function loadContributions(ds: DataSource): Promise<DonorContributionRecord[]> {
  const rows = await runSql<{ donorId: string; fundAmount: unknown; receivedOn: string }>(
    ds,
    `SELECT c."donorId" AS "donorId", c."fundAmount" AS "fundAmount", c."receivedOn" AS "receivedOn"
       FROM contributions c ORDER BY c."receivedOn", c.id`,
    {},
  );
  return rows.map((r) => ({
    donorId: r.donorId,
    fundAmount: amount(r.fundAmount),
    receivedOn: r.receivedOn,
  }));
}

/**
 * Loans summed per capital epoch (the last contribution date on or before disbursement) in one
 * statement: a row per contribution date, however many loans and repayments there are.
 */
export async function capitalEpochs(ds: DataSource, currency: Currency): Promise<CapitalEpoch[]> {
  const rows = await runSql<Record<string, unknown>>(
    ds,
    `WITH paid AS (
       SELECT r."loanId" AS "loanId",
         SUM(CASE WHEN r."recovery" THEN 0 ELSE r.amount END) AS "repaid",
         SUM(CASE WHEN r."recovery" THEN r.amount ELSE 0 END) AS "recovered"
       FROM loan_repayments r WHERE r."reversedAt" IS NULL GROUP BY r."loanId"
     ), lr AS (
       SELECT l.status AS "status", l.principal AS "principal",
         (SELECT MAX(c."receivedOn") FROM contributions c WHERE c."receivedOn" <= l."disbursedOn") AS "since",
         COALESCE(p."repaid", 0) AS "repaid", COALESCE(p."recovered", 0) AS "recovered"
       FROM loans l LEFT JOIN paid p ON p."loanId" = l.id
       WHERE l.status IN ('ACTIVE', 'REPAID', 'WRITTEN_OFF') AND l.currency = :currency
     )
     SELECT "since",
       SUM(CASE WHEN "status" = 'ACTIVE' THEN "principal" - "repaid" ELSE 0 END) AS "outstanding",
       SUM("repaid") AS "repaid",
       SUM(CASE WHEN "status" = 'WRITTEN_OFF' THEN "principal" - "repaid" ELSE 0 END) AS "writtenOff",
       SUM("recovered") AS "recovered"
     FROM lr GROUP BY "since"`,
    { currency },
  );
  return rows.map((r) => ({
    since: r.since == null ? null : String(r.since),
    outstanding: amount(r.outstanding),
    repaid: amount(r.repaid),
    writtenOff: amount(r.writtenOff),
    recovered: amount(r.recovered),
  }));
}

/** Every donor's capital, lent, repaid, outstanding, lost and revolutions (bounded work). */
export async function readDonorCapital(
  ds: DataSource,
  currency: Currency,
): Promise<DonorAttribution[]> {
  const [contributions, epochs] = await Promise.all([
    loadContributions(ds),
    capitalEpochs(ds, currency),
  ]);
  return attributeEpochs(contributions, epochs);
}
