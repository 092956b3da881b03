import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintTransformer } from '../db/columns';

/**
 * Running totals of the journal per account, currency and kind, kept by postJournalEntry in the
 * transaction that posts each entry, so `fund` reads a few rows instead of every line. `kind` is
 * the kind a line counts for: a REVERSAL's lines count against the kind they cancel.
 * verifyLedger checks them against the lines.
 */
@Entity('ledger_totals')
export class LedgerTotalEntity {
  @PrimaryColumn({ type: 'varchar', length: 60 })
  account: string;

  @PrimaryColumn({ type: 'varchar', length: 3 })
  currency: 'AZN' | 'USD';

  @PrimaryColumn({ type: 'varchar', length: 16 })
  kind: string;

  /** Sum of the lines' amounts (debit positive). */
  @Column({ type: 'bigint', transformer: bigintTransformer })
  balance: bigint;

  /** Sum of the lines' absolute amounts, negative for reversals: what moved through the account. */
  @Column({ type: 'bigint', transformer: bigintTransformer })
  moved: bigint;

  /**
   * Entries posted to this row since it was created (or rebuilt): the sum over all rows grows with
   * every posting's commit, so with the loans' schedule versions it tells whether the portfolio
   * could have changed since `fund` last compared it with the loans.
   */
  @Column({ type: 'integer', default: 0 })
  postings: number;
}
