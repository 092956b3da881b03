import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { bigintTransformer, dateColumn, idColumn } from '../db/columns';

/** One instalment of one schedule version of a loan. */
@Entity('loan_instalments')
@Index(['loanId', 'scheduleVersion', 'number'], { unique: true })
export class InstalmentEntity {
  @PrimaryColumn(idColumn)
  id: string;

  @Column(idColumn)
  loanId: string;

  @Column({ type: 'integer' })
  scheduleVersion: number;

  @Column({ type: 'integer' })
  number: number;

  @Column(dateColumn)
  dueDate: string;

  @Column({ type: 'bigint', transformer: bigintTransformer })
  principalDue: bigint;

  @Column({ type: 'bigint', transformer: bigintTransformer })
  principalPaid: bigint;
}
