import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { idColumn, timestampColumn } from '../db/columns';

/** Append-only: written inside the transaction of every mutation; no API updates or deletes it. */
@Entity('audit_events')
@Index(['recordType', 'recordId'])
@Index(['actorId', 'at'])
export class AuditEventEntity {
  @PrimaryColumn(idColumn)
  id: string;

  @Index()
  @Column(timestampColumn)
  at: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  actorId: string | null;

  /** Kept as written, so the log still reads after a user is renamed. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  actorUsername: string | null;

  @Column({ type: 'varchar', length: 60 })
  action: string;

  @Column({ type: 'varchar', length: 40 })
  recordType: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  recordId: string | null;

  /** JSON array of the names of the fields that changed (never their values). */
  @Column({ type: 'text' })
  changedFields: string;

  @Column({ type: 'varchar', length: 64 })
  requestId: string;
}
