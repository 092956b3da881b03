import { type DataSource } from 'typeorm';
import { CourseSessionEntity } from './course-session.entity';
import { CourseEntity } from './course.entity';
import { type CourseSessionFilter } from './training.types';

/** Sessions by filter, soonest first. Not personal data: every signed-in user may list them. */
export function listCourseSessions(
  ds: DataSource,
  filter: CourseSessionFilter | null | undefined,
): Promise<CourseSessionEntity[]> {
  const q = ds
    .getRepository(CourseSessionEntity)
    .createQueryBuilder('s')
    .innerJoin(CourseEntity, 'c', 'c.id = s.courseId');
  // '' never matches an id or topic: an empty list means "none", not invalid SQL.
  if (filter?.districtIds)
    q.andWhere('s.districtId IN (:...d)', { d: ['', ...filter.districtIds] });
  if (filter?.topics) q.andWhere('c.topic IN (:...t)', { t: ['', ...filter.topics] });
  if (filter?.from) q.andWhere('s.startsOn >= :from', { from: filter.from });
  return q.orderBy('s.startsOn', 'ASC').addOrderBy('s.id', 'ASC').getMany();
}
