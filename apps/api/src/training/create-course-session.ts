import { isCalendarDate } from '@revolve/domain';
import { recordAuditEvent } from '../audit/record-audit-event';
import { type CurrentUser } from '../auth/current-user';
import { mayManageDistrict } from '../auth/guards';
import { newId } from '../db/columns';
import { inTransaction } from '../db/transaction';
import { DistrictEntity } from '../districts/district.entity';
import { userError } from '../graphql/common.types';
import { forbidden } from '../graphql/errors';
import { type WriteContext } from '../loans/write-context';
import { CourseSessionEntity } from './course-session.entity';
import { CourseEntity } from './course.entity';
import { type SessionResult } from './training-result';
import { type CreateCourseSessionInput } from './training.types';

const refused = (code: string, message: string, field: string): SessionResult => ({
  session: null,
  userErrors: [userError(code, message, ['input', field])],
});

/** ADMIN, or a CASE_MANAGER in the session's district. Past meetings are allowed (paper records). */
export async function createCourseSession(
  ctx: WriteContext,
  actor: CurrentUser,
  input: CreateCourseSessionInput,
): Promise<SessionResult> {
  if (!mayManageDistrict(actor, input.districtId))
    throw forbidden('You may plan sessions only in your districts.');
  const dates = [...input.meetingDates].sort();
  if (dates.length === 0 || !dates.every((d) => isCalendarDate(d)))
    return refused('VALIDATION', 'Give at least one meeting date.', 'meetingDates');
  if (new Set(dates).size !== dates.length)
    return refused('VALIDATION', 'A meeting date is listed twice.', 'meetingDates');
  return inTransaction(ctx.dataSource, async (em) => {
    if (!(await em.existsBy(CourseEntity, { id: input.courseId })))
      return refused('NOT_FOUND', 'No such course.', 'courseId');
    if (!(await em.existsBy(DistrictEntity, { id: input.districtId })))
      return refused('NOT_FOUND', 'No such district.', 'districtId');
    const now = ctx.now();
    const stamp = now.toISOString();
    const session: CourseSessionEntity = {
      id: newId(),
      courseId: input.courseId,
      districtId: input.districtId,
      venue: input.venue?.trim() || null,
      trainer: input.trainer?.trim() || null,
      meetingDates: JSON.stringify(dates),
      startsOn: dates[0] as string,
      endsOn: dates[dates.length - 1] as string,
      capacity: input.capacity,
      lastQueueNumber: 0,
      createdById: actor.id,
      createdAt: stamp,
      updatedAt: stamp,
    };
    await em.insert(CourseSessionEntity, session);
    await recordAuditEvent(
      em,
      actor,
      ctx.requestId,
      {
        action: 'CREATE_COURSE_SESSION',
        recordType: 'CourseSession',
        recordId: session.id,
        changedFields: Object.keys(input),
      },
      now,
    );
    return { session, userErrors: [] };
  });
}
