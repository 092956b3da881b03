import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { type CaseNoteKindName } from '@revolve/domain';
import { dateColumn, idColumn, timestampColumn } from '../db/columns';

/** A counselling or case-management record on a survivor. Edits keep the old version as a revision. */
@Entity('case_notes')
@Index(['beneficiaryId', 'date'])
export class CaseNoteEntity {
  @PrimaryColumn(idColumn)
  id: string;

  @Column(idColumn)
  beneficiaryId: string;

  @Column({ type: 'varchar', length: 24 })
  kind: CaseNoteKindName;

  @Column(dateColumn)
  date: string;

  @Column({ type: 'text' })
  text: string;

  /** Indexed: the work list asks for open follow-ups due by a date. */
  @Index()
  @Column({ ...dateColumn, nullable: true })
  followUpOn: string | null;

  @Column({ ...timestampColumn, nullable: true })
  followUpDoneAt: string | null;

  @Column({ ...idColumn, nullable: true })
  followUpDoneById: string | null;

  @Column(idColumn)
  authorId: string;

  @Column(timestampColumn)
  createdAt: string;

  @Column(timestampColumn)
  updatedAt: string;
}
