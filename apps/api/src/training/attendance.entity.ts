import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { type AttendanceMarkName } from '@revolve/domain';
import { dateColumn, idColumn, timestampColumn } from '../db/columns';

/** One mark per enrollment and meeting date; a correction overwrites it (the audit log keeps the fact). */
@Entity('attendance')
@Index(['enrollmentId', 'date'], { unique: true })
export class AttendanceEntity {
  @PrimaryColumn(idColumn)
  id: string;

  @Index()
  @Column(idColumn)
  enrollmentId: string;

  @Column(dateColumn)
  date: string;

  @Column({ type: 'varchar', length: 8 })
  mark: AttendanceMarkName;

  @Column(idColumn)
  recordedById: string;

  @Column(timestampColumn)
  recordedAt: string;
}
