import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { bigintTransformer, dateColumn, idColumn, timestampColumn } from '../db/columns';

@Entity('loan_repayments')
export class RepaymentEntity {
  @PrimaryColumn(idColumn)
  id: string;

  @Index()
  @Column(idColumn)
  loanId: string;

  @Column({ type: 'bigint', transformer: bigintTransformer })
  amount: bigint;

  @Column({ type: 'varchar', length: 3 })
  currency: 'AZN' | 'USD';

  @Column(dateColumn)
  paidOn: string;

  @Column(timestampColumn)
  recordedAt: string;

  @Column(idColumn)
  recordedById: string;

  /** The unique constraint is what makes concurrent replays record one repayment. */
  @Column({ type: 'varchar', length: 100, unique: true })
  idempotencyKey: string;

  /** What the key was first used for: a replay with other input is refused. */
  @Column({ type: 'varchar', length: 300 })
  requestFingerprint: string;

  /** Money received after a write-off: a recovery, not a repayment of receivables. */
  @Column({ type: 'boolean' })
  recovery: boolean;

  @Column({ ...timestampColumn, nullable: true })
  reversedAt: string | null;

  @Column({ type: 'text', nullable: true })
  reversalReason: string | null;
}
