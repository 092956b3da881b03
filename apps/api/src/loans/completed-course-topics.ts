import { type EntityManager } from 'typeorm';
import { CourseSessionEntity } from '../training/course-session.entity';
import { CourseEntity } from '../training/course.entity';
import { EnrollmentEntity } from '../training/enrollment.entity';

/** Course topics the survivor has completed (COMPLETED enrollments), for the training gate. */
export async function completedCourseTopics(
  em: EntityManager,
  beneficiaryId: string,
): Promise<string[]> {
  const rows = await em
    .createQueryBuilder(EnrollmentEntity, 'e')
    .innerJoin(CourseSessionEntity, 's', 's.id = e.sessionId')
    .innerJoin(CourseEntity, 'c', 'c.id = s.courseId')
    .select('DISTINCT c.topic', 'topic')
    .where('e.beneficiaryId = :b AND e.status = :st', { b: beneficiaryId, st: 'COMPLETED' })
    .getRawMany<{ topic: string }>();
  return rows.map((r) => r.topic).sort();
}
