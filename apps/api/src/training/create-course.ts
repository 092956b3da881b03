import { recordAuditEvent } from '../audit/record-audit-event';
import { type CurrentUser } from '../auth/current-user';
import { newId } from '../db/columns';
import { inTransaction } from '../db/transaction';
import { type UserError } from '../graphql/common.types';
import { type WriteContext } from '../loans/write-context';
import { CourseEntity } from './course.entity';
import { type CreateCourseInput } from './training.types';

export interface CourseResult {
  course: CourseEntity | null;
  userErrors: UserError[];
}

/** Adds a course to the catalogue (ADMIN or CASE_MANAGER; the resolver checks the role). */
export function createCourse(
  ctx: WriteContext,
  actor: CurrentUser,
  input: CreateCourseInput,
): Promise<CourseResult> {
  const now = ctx.now();
  const course: CourseEntity = {
    id: newId(),
    topic: input.topic,
    titleEn: input.titleEn.trim(),
    titleAz: input.titleAz.trim(),
    titleRu: input.titleRu.trim(),
    descriptionEn: input.descriptionEn.trim(),
    descriptionAz: input.descriptionAz.trim(),
    descriptionRu: input.descriptionRu.trim(),
    createdAt: now.toISOString(),
  };
  return inTransaction(ctx.dataSource, async (em) => {
    await em.insert(CourseEntity, course);
    await recordAuditEvent(
      em,
      actor,
      ctx.requestId,
      {
        action: 'CREATE_COURSE',
        recordType: 'Course',
        recordId: course.id,
        changedFields: Object.keys(input),
      },
      now,
    );
    return { course, userErrors: [] };
  });
}
