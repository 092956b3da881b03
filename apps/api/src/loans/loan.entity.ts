import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { type LoanStatus } from '@revolve/domain';
import { bigintTransformer, dateColumn, idColumn, timestampColumn } from '../db/columns';

export type LoanPurposeName = 'START_UP' | 'EXPANSION';

@Entity('loans')
// Active loans in reference order (the arrears list's page): with the reference's unique index
// the planner walks every older closed loan first, as it cannot know active ones are the newest.
// One key column: the planner discounts a wider index's order, and would walk the unique one.
@Index('IDX_loans_active_reference', ['reference'], { where: `"status" = 'ACTIVE'` })
// The portfolio state (fund/portfolio-state.ts) sums active loans' schedule versions from here.
@Index('IDX_loans_active_schedule_version', ['scheduleVersion'], { where: `"status" = 'ACTIVE'` })
export class LoanEntity {
  @PrimaryColumn(idColumn)
  id: string;

  /** Human reference, e.g. LN-2026-0007. */
  @Column({ type: 'varchar', length: 20, unique: true })
  reference: string;

  @Index()
  @Column(idColumn)
  beneficiaryId: string;

  @Index()
  @Column(idColumn)
  districtId: string;

  @Column(idColumn)
  productId: string;

  @Column({ type: 'varchar', length: 12 })
  purpose: LoanPurposeName;

  @Column({ type: 'text' })
  businessDescription: string;

  @Column({ type: 'bigint', transformer: bigintTransformer, nullable: true })
  expectedMonthlyIncome: bigint | null;

  @Column({ type: 'bigint', transformer: bigintTransformer, nullable: true })
  expectedMonthlyCosts: bigint | null;

  @Column({ type: 'integer', nullable: true })
  familyWorkers: number | null;

  @Column({ type: 'bigint', transformer: bigintTransformer })
  principal: bigint;

  @Column({ type: 'varchar', length: 3 })
  currency: 'AZN' | 'USD';

  @Column({ type: 'integer' })
  termMonths: number;

  @Column({ type: 'integer' })
  graceMonths: number;

  @Index()
  @Column({ type: 'varchar', length: 12 })
  status: LoanStatus;

  @Column(idColumn)
  submittedById: string;

  @Column(timestampColumn)
  submittedAt: string;

  @Column({ ...idColumn, nullable: true })
  decidedById: string | null;

  @Column({ type: 'text', nullable: true })
  decisionNote: string | null;

  @Column({ ...dateColumn, nullable: true })
  disbursedOn: string | null;

  /** Which schedule version is current (rescheduling adds one; older ones are history). */
  @Column({ type: 'integer' })
  scheduleVersion: number;

  @Column(timestampColumn)
  createdAt: string;

  @Column(timestampColumn)
  updatedAt: string;
}
