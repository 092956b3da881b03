import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintTransformer, idColumn } from '../db/columns';

/** LOAN_CAPITAL is spent by contributions into the fund; the others by expenses. */
export const BUDGET_LINE_CODES = [
  'LOAN_CAPITAL',
  'BUSINESS_TRAINING',
  'COUNSELLING',
  'MANAGEMENT',
] as const;
export type BudgetLineCode = (typeof BUDGET_LINE_CODES)[number];

/** One line of the programme budget (in the donors' currency, USD). */
@Entity('budget_lines')
export class BudgetLineEntity {
  @PrimaryColumn(idColumn)
  id: string;

  @Column({ type: 'varchar', length: 30, unique: true })
  code: BudgetLineCode;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 3 })
  currency: 'AZN' | 'USD';

  @Column({ type: 'bigint', transformer: bigintTransformer })
  planned: bigint;

  @Column({ type: 'integer' })
  position: number;
}
