import { admissionStatus, todayIn } from '@revolve/domain';
import { recordAuditEvent } from '../audit/record-audit-event';
import { type CurrentUser } from '../auth/current-user';
import { mayManageDistrict } from '../auth/guards';
import { BeneficiaryEntity } from '../beneficiaries/beneficiary.entity';
import { newId } from '../db/columns';
import { findForUpdate } from '../db/locks';
import { inTransaction } from '../db/transaction';
import { userError } from '../graphql/common.types';
import { forbidden } from '../graphql/errors';
import { type WriteContext } from '../loans/write-context';
import { CourseSessionEntity } from './course-session.entity';
import { EnrollmentEntity } from './enrollment.entity';
import { seatsTaken } from './session-queue';
import { type EnrollmentResult } from './training-result';
import { type EnrollInSessionInput } from './training.types';

const refused = (code: string, message: string, field?: string): EnrollmentResult => ({
  enrollment: null,
  userErrors: [userError(code, message, field ? ['input', field] : undefined)],
});

/** Whose enrollment this is: a survivor enrolls only themself; staff name the survivor. */
function survivorOf(actor: CurrentUser, input: EnrollInSessionInput): string | EnrollmentResult {
  if (actor.role === 'BENEFICIARY') {
    if (!actor.beneficiaryId) throw forbidden('This login belongs to no survivor.');
    if (input.beneficiaryId && input.beneficiaryId !== actor.beneficiaryId)
      throw forbidden('You may enroll only yourself.');
    return actor.beneficiaryId;
  }
  if (!input.beneficiaryId)
    return refused('VALIDATION', 'Name the survivor to enroll.', 'beneficiaryId');
  return input.beneficiaryId;
}

/**
 * One transaction holding the session's lock (PostgreSQL; SQLite has one writer), so two
 * survivors racing for the last seat get one seat and one waitlist place.
 */
export async function enrollInSession(
  ctx: WriteContext,
  actor: CurrentUser,
  input: EnrollInSessionInput,
): Promise<EnrollmentResult> {
  const who = survivorOf(actor, input);
  if (typeof who !== 'string') return who;
  return inTransaction(ctx.dataSource, async (em) => {
    const survivor = await em.findOneBy(BeneficiaryEntity, { id: who });
    if (!survivor) return refused('NOT_FOUND', 'No such survivor.', 'beneficiaryId');
    if (actor.role !== 'BENEFICIARY' && !mayManageDistrict(actor, survivor.districtId))
      throw forbidden('You may enroll only survivors of your districts.');
    if (!survivor.consentDataUse || survivor.consentWithdrawnOn !== null)
      return refused('CONSENT_REQUIRED', 'The survivor has withdrawn consent to the programme.');
    const session = await findForUpdate(em, CourseSessionEntity, { id: input.sessionId });
    if (!session) return refused('NOT_FOUND', 'No such course session.', 'sessionId');
    const now = ctx.now();
    if (actor.role === 'BENEFICIARY' && todayIn('Asia/Baku', now) >= session.startsOn)
      return refused(
        'ENROLLMENT_CLOSED',
        'This session has started: ask your case manager to enroll you.',
        'sessionId',
      );
    const existing = await em.findOneBy(EnrollmentEntity, {
      sessionId: session.id,
      beneficiaryId: survivor.id,
    });
    if (existing && existing.status !== 'CANCELLED')
      return refused('ALREADY_ENROLLED', 'The survivor is already in this session.', 'sessionId');
    const status = admissionStatus(session.capacity, await seatsTaken(em, session.id));
    const queueNumber = session.lastQueueNumber + 1;
    await em.update(CourseSessionEntity, { id: session.id }, { lastQueueNumber: queueNumber });
    const stamp = now.toISOString();
    const enrollment: EnrollmentEntity = {
      id: existing?.id ?? newId(),
      sessionId: session.id,
      beneficiaryId: survivor.id,
      status,
      queueNumber,
      certificateNumber: null,
      completedAt: null,
      enrolledById: actor.id,
      createdAt: existing?.createdAt ?? stamp,
      updatedAt: stamp,
    };
    if (existing) await em.update(EnrollmentEntity, { id: existing.id }, enrollment);
    else await em.insert(EnrollmentEntity, enrollment);
    await recordAuditEvent(
      em,
      actor,
      ctx.requestId,
      {
        action: status === 'ENROLLED' ? 'ENROLL_IN_SESSION' : 'JOIN_WAITLIST',
        recordType: 'Enrollment',
        recordId: enrollment.id,
        changedFields: ['status'],
      },
      now,
    );
    return { enrollment, userErrors: [] };
  });
}
