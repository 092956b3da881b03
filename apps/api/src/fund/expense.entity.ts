import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { bigintTransformer, dateColumn, idColumn, timestampColumn } from '../db/columns';

/** Money spent on a budget line (courses, counselling, management). Append-only. */
@Entity('budget_expenses')
export class ExpenseEntity {
  @PrimaryColumn(idColumn)
  id: string;

  @Index()
  @Column(idColumn)
  lineId: string;

  @Column({ type: 'bigint', transformer: bigintTransformer })
  amount: bigint;

  @Column({ type: 'varchar', length: 3 })
  currency: 'AZN' | 'USD';

  @Column(dateColumn)
  spentOn: string;

  @Column({ type: 'varchar', length: 500 })
  description: string;

  @Column(idColumn)
  recordedById: string;

  @Column(timestampColumn)
  createdAt: string;
}
