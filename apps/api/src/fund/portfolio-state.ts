import { type DataSource, type QueryRunner } from 'typeorm';
import { amount } from '../reporting/run-sql';

/**
 * Which state the loan portfolio is in, cheaply (one statement, a dozen rows and an index-only
 * sum), for reads that may reuse what they last computed while it stays the same. What active
 * loans owe and which are in arrears change only by a posting (repayment, reversal,
 * disbursement, write-off: they also open and close loans), which adds one to some row's
 * `postings` in ledger_totals, or by a reschedule, which adds one to an active loan's
 * scheduleVersion. Each commit of either makes the pair differ from every earlier state, so an
 * equal pair means nothing these reads depend on has changed. (Rows edited behind the API are
 * not seen: verifyLedger is the check for those.)
 */
export async function portfolioState(on: DataSource | QueryRunner): Promise<string> {
  const [row] = (await on.query(
    `SELECT (SELECT SUM(postings) FROM ledger_totals) AS "postings",
            (SELECT SUM("scheduleVersion") FROM loans WHERE status = 'ACTIVE') AS "versions"`,
  )) as { postings: unknown; versions: unknown }[];
  return `${amount(row?.postings)}:${amount(row?.versions)}`;
}
