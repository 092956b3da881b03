import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { type CaseNoteKindName } from '@revolve/domain';
import { dateColumn, idColumn, timestampColumn } from '../db/columns';

/** A case note as it was before one edit: who replaced it and when. Append-only. */
@Entity('case_note_revisions')
export class CaseNoteRevisionEntity {
  @PrimaryColumn(idColumn)
  id: string;

  @Index()
  @Column(idColumn)
  caseNoteId: string;

  @Column({ type: 'varchar', length: 24 })
  kind: CaseNoteKindName;

  @Column(dateColumn)
  date: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ ...dateColumn, nullable: true })
  followUpOn: string | null;

  @Column(idColumn)
  editedById: string;

  @Column(timestampColumn)
  editedAt: string;
}
