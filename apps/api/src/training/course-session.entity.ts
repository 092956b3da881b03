import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { dateColumn, idColumn, timestampColumn } from '../db/columns';

/** One run of a course in a district: its meetings, venue, trainer and seats. */
@Entity('course_sessions')
export class CourseSessionEntity {
  @PrimaryColumn(idColumn)
  id: string;

  @Index()
  @Column(idColumn)
  courseId: string;

  @Index()
  @Column(idColumn)
  districtId: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  venue: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  trainer: string | null;

  /** JSON array of "YYYY-MM-DD", sorted, distinct. */
  @Column({ type: 'text' })
  meetingDates: string;

  @Index()
  @Column(dateColumn)
  startsOn: string;

  @Column(dateColumn)
  endsOn: string;

  @Column({ type: 'integer' })
  capacity: number;

  /** Bumped under the session's lock: orders the queue of enrollments. */
  @Column({ type: 'integer' })
  lastQueueNumber: number;

  @Column(idColumn)
  createdById: string;

  @Column(timestampColumn)
  createdAt: string;

  @Column(timestampColumn)
  updatedAt: string;
}

export const meetingDatesOf = (s: CourseSessionEntity): string[] =>
  JSON.parse(s.meetingDates) as string[];
