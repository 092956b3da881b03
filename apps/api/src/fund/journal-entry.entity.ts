import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { dateColumn, idColumn, timestampColumn } from '../db/columns';

@Entity('journal_entries')
export class JournalEntryEntity {
  @PrimaryColumn(idColumn)
  id: string;

  /** CONTRIBUTION, DISBURSEMENT, REPAYMENT, WRITE_OFF, REVERSAL. */
  @Column({ type: 'varchar', length: 16 })
  kind: string;

  /** On a REVERSAL: the kind it cancels. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  reverses: string | null;

  @Index()
  @Column({ ...idColumn, nullable: true })
  loanId: string | null;

  /** The repayment or contribution this entry records. */
  @Column({ ...idColumn, nullable: true })
  sourceId: string | null;

  @Column(dateColumn)
  postedOn: string;

  @Column(timestampColumn)
  createdAt: string;
}
