import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The fund's lock row: disbursements take `SELECT ... FOR UPDATE` on it (PostgreSQL) so that
 * two of them never spend the same cash. Balances are never stored here: they come from the
 * journal (its running totals, ledger_totals).
 */
@Entity('fund')
export class FundEntity {
  @PrimaryColumn({ type: 'varchar', length: 3 })
  currency: 'AZN' | 'USD';

  /** Bumped by every disbursement: makes the lock a real write. */
  @Column({ type: 'integer' })
  disbursements: number;

  /** Last loan reference number handed out (an atomic bump gives each application its own). */
  @Column({ type: 'integer' })
  loanSeq: number;
}
