import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { idColumn, timestampColumn } from '../db/columns';

/** A loan's history: each event with who, when and what. Append-only. */
@Entity('loan_events')
export class LoanEventEntity {
  @PrimaryColumn(idColumn)
  id: string;

  @Index()
  @Column(idColumn)
  loanId: string;

  @Column(timestampColumn)
  at: string;

  @Column({ ...idColumn, nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 40 })
  action: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;
}
