import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { idColumn, timestampColumn } from '../db/columns';

export const ENROLLMENT_STATUSES = ['ENROLLED', 'WAITLISTED', 'CANCELLED', 'COMPLETED'] as const;
export type EnrollmentStatusName = (typeof ENROLLMENT_STATUSES)[number];

/** A survivor in a session. One row per survivor and session: re-enrolling reuses it. */
@Entity('enrollments')
@Index(['sessionId', 'beneficiaryId'], { unique: true })
export class EnrollmentEntity {
  @PrimaryColumn(idColumn)
  id: string;

  @Index()
  @Column(idColumn)
  sessionId: string;

  @Index()
  @Column(idColumn)
  beneficiaryId: string;

  @Index()
  @Column({ type: 'varchar', length: 12 })
  status: EnrollmentStatusName;

  /** Place in the session's queue of arrivals; orders the waitlist. */
  @Column({ type: 'integer' })
  queueNumber: number;

  @Column({ type: 'varchar', length: 40, nullable: true })
  certificateNumber: string | null;

  @Column({ ...timestampColumn, nullable: true })
  completedAt: string | null;

  @Column(idColumn)
  enrolledById: string;

  @Column(timestampColumn)
  createdAt: string;

  @Column(timestampColumn)
  updatedAt: string;
}
