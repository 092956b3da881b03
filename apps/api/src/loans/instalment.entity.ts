import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { bigintTransformer, dateColumn, idColumn } from '../db/columns';

/** One instalment of one schedule version of a loan. */
@Entity('loan_instalments')
@Index(['loanId', 'scheduleVersion', 'number'], { unique: true })
// Unpaid instalments only (a small share of a mature portfolio): the arrears list's EXISTS and the
// portfolio's outstanding principal read this index alone.
@Index(
  'IDX_loan_instalments_unpaid',
  ['loanId', 'scheduleVersion', 'dueDate', 'principalDue', 'principalPaid'],
  {
    where: '"principalPaid" < "principalDue"',
  },
)
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
