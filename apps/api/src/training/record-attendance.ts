import { certificateNumber, hasCompletedCourse, todayIn } from '@revolve/domain';
import { recordAuditEvent } from '../audit/record-audit-event';
import { type CurrentUser } from '../auth/current-user';
import { BeneficiaryEntity } from '../beneficiaries/beneficiary.entity';
import { newId } from '../db/columns';
import { findForUpdate } from '../db/locks';
import { inTransaction } from '../db/transaction';
import { userError } from '../graphql/common.types';
import { type WriteContext } from '../loans/write-context';
import { AttendanceEntity } from './attendance.entity';
import { CourseSessionEntity, meetingDatesOf } from './course-session.entity';
import { CourseEntity } from './course.entity';
import { assertMayChangeEnrollment } from './enrollment-access';
import { EnrollmentEntity } from './enrollment.entity';
import { type EnrollmentResult } from './training-result';
import { type RecordAttendanceInput } from './training.types';
import { type EntityManager } from 'typeorm';

const refused = (code: string, message: string, field: string): EnrollmentResult => ({
  enrollment: null,
  userErrors: [userError(code, message, ['input', field])],
});

/**
 * One mark per meeting (a second call corrects it). The enrollment is re-assessed each time:
 * COMPLETED with a certificate at 80% PRESENT, back to ENROLLED if a correction drops it below.
 */
export async function recordAttendance(
  ctx: WriteContext,
  actor: CurrentUser,
  input: RecordAttendanceInput,
): Promise<EnrollmentResult> {
  return inTransaction(ctx.dataSource, async (em) => {
    const enrollment = await findForUpdate(em, EnrollmentEntity, { id: input.enrollmentId });
    if (!enrollment) return refused('NOT_FOUND', 'No such enrollment.', 'enrollmentId');
    const session = await em.findOneByOrFail(CourseSessionEntity, { id: enrollment.sessionId });
    const survivor = await em.findOneByOrFail(BeneficiaryEntity, { id: enrollment.beneficiaryId });
    assertMayChangeEnrollment(
      actor,
      enrollment,
      { session: session.districtId, survivor: survivor.districtId },
      false,
    );
    const now = ctx.now();
    const dates = meetingDatesOf(session);
    if (!dates.includes(input.date))
      return refused('VALIDATION', 'This session has no meeting on that date.', 'date');
    if (input.date > todayIn('Asia/Baku', now))
      return refused('INVALID_DATE', 'Attendance cannot be recorded for a future meeting.', 'date');
    if (enrollment.status !== 'ENROLLED' && enrollment.status !== 'COMPLETED')
      return refused(
        'INVALID_STATE',
        `A ${enrollment.status.toLowerCase()} survivor has no seat to attend.`,
        'enrollmentId',
      );
    const change = await applyAttendance(em, actor, ctx.requestId, enrollment, session, input, now);
    return { enrollment: { ...enrollment, ...change }, userErrors: [] };
  });
}

/**
 * Writes one mark and re-assesses completion, inside the caller's transaction (which holds the
 * enrollment's lock and has checked access, date and state). Returns the enrollment's change.
 */
export async function applyAttendance(
  em: EntityManager,
  actor: CurrentUser,
  requestId: string,
  enrollment: EnrollmentEntity,
  session: CourseSessionEntity,
  input: RecordAttendanceInput,
  now: Date,
): Promise<Partial<EnrollmentEntity>> {
  const dates = meetingDatesOf(session);
  const stamp = now.toISOString();
  const existing = await em.findOneBy(AttendanceEntity, {
    enrollmentId: enrollment.id,
    date: input.date,
  });
  if (existing)
    await em.update(
      AttendanceEntity,
      { id: existing.id },
      { mark: input.mark, recordedById: actor.id, recordedAt: stamp },
    );
  else
    await em.insert(AttendanceEntity, {
      id: newId(),
      enrollmentId: enrollment.id,
      date: input.date,
      mark: input.mark,
      recordedById: actor.id,
      recordedAt: stamp,
    });
  const marks = (await em.findBy(AttendanceEntity, { enrollmentId: enrollment.id })).map(
    (a) => a.mark,
  );
  const completed = hasCompletedCourse(dates.length, marks);
  let change: Partial<EnrollmentEntity> = { updatedAt: stamp };
  if (completed && enrollment.status === 'ENROLLED') {
    const course = await em.findOneByOrFail(CourseEntity, { id: session.courseId });
    change = {
      ...change,
      status: 'COMPLETED',
      completedAt: stamp,
      certificateNumber: certificateNumber(course.topic, session.startsOn, enrollment.id),
    };
  } else if (!completed && enrollment.status === 'COMPLETED') {
    change = { ...change, status: 'ENROLLED', completedAt: null, certificateNumber: null };
  }
  await em.update(EnrollmentEntity, { id: enrollment.id }, change);
  await recordAuditEvent(
    em,
    actor,
    requestId,
    {
      action: existing ? 'CORRECT_ATTENDANCE' : 'RECORD_ATTENDANCE',
      recordType: 'Enrollment',
      recordId: enrollment.id,
      changedFields: ['attendance', ...Object.keys(change).filter((k) => k !== 'updatedAt')],
    },
    now,
  );
  return change;
}
