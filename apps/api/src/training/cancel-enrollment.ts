import { recordAuditEvent } from '../audit/record-audit-event';
import { type CurrentUser } from '../auth/current-user';
import { BeneficiaryEntity } from '../beneficiaries/beneficiary.entity';
import { findForUpdate } from '../db/locks';
import { inTransaction } from '../db/transaction';
import { userError } from '../graphql/common.types';
import { type WriteContext } from '../loans/write-context';
import { CourseSessionEntity } from './course-session.entity';
import { assertMayChangeEnrollment } from './enrollment-access';
import { EnrollmentEntity } from './enrollment.entity';
import { promoteFromWaitlist } from './session-queue';
import { type EnrollmentResult } from './training-result';

/** Frees the seat (or the waitlist place); the first in line moves up in the same transaction. */
export async function cancelEnrollment(
  ctx: WriteContext,
  actor: CurrentUser,
  input: { enrollmentId: string },
): Promise<EnrollmentResult> {
  return inTransaction(ctx.dataSource, async (em) => {
    const found = await em.findOneBy(EnrollmentEntity, { id: input.enrollmentId });
    if (!found)
      return {
        enrollment: null,
        userErrors: [userError('NOT_FOUND', 'No such enrollment.', ['input', 'enrollmentId'])],
      };
    // The session's lock first, as in enrollInSession: one order of locks, no deadlock.
    const session = await findForUpdate(em, CourseSessionEntity, { id: found.sessionId });
    const enrollment = await em.findOneByOrFail(EnrollmentEntity, { id: found.id });
    const survivor = await em.findOneByOrFail(BeneficiaryEntity, { id: enrollment.beneficiaryId });
    if (!session) throw new Error(`enrollment ${enrollment.id} has no session`);
    assertMayChangeEnrollment(
      actor,
      enrollment,
      { session: session.districtId, survivor: survivor.districtId },
      true,
    );
    if (enrollment.status !== 'ENROLLED' && enrollment.status !== 'WAITLISTED')
      return {
        enrollment: null,
        userErrors: [
          userError(
            'INVALID_STATE',
            `A ${enrollment.status.toLowerCase()} enrollment cannot be cancelled.`,
            ['input', 'enrollmentId'],
          ),
        ],
      };
    const now = ctx.now();
    const change = { status: 'CANCELLED' as const, updatedAt: now.toISOString() };
    await em.update(EnrollmentEntity, { id: enrollment.id }, change);
    await recordAuditEvent(
      em,
      actor,
      ctx.requestId,
      {
        action: 'CANCEL_ENROLLMENT',
        recordType: 'Enrollment',
        recordId: enrollment.id,
        changedFields: ['status'],
      },
      now,
    );
    await promoteFromWaitlist(em, actor, ctx.requestId, session, now);
    return { enrollment: { ...enrollment, ...change }, userErrors: [] };
  });
}
