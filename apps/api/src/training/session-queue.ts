import { toPromote } from '@revolve/domain';
import { type EntityManager, In } from 'typeorm';
import { recordAuditEvent } from '../audit/record-audit-event';
import { type CurrentUser } from '../auth/current-user';
import { type CourseSessionEntity } from './course-session.entity';
import { EnrollmentEntity } from './enrollment.entity';

/** Seats held now (the caller holds the session's lock). */
export function seatsTaken(em: EntityManager, sessionId: string): Promise<number> {
  return em.countBy(EnrollmentEntity, { sessionId, status: In(['ENROLLED', 'COMPLETED']) });
}

/** Moves the first in line into each free seat, inside the caller's transaction and lock. */
export async function promoteFromWaitlist(
  em: EntityManager,
  actor: CurrentUser,
  requestId: string,
  session: CourseSessionEntity,
  now: Date,
): Promise<string[]> {
  const queue = await em.find(EnrollmentEntity, {
    where: { sessionId: session.id, status: In(['ENROLLED', 'COMPLETED', 'WAITLISTED']) },
  });
  const promoted = toPromote(session.capacity, queue);
  for (const e of promoted) {
    await em.update(
      EnrollmentEntity,
      { id: e.id },
      { status: 'ENROLLED', updatedAt: now.toISOString() },
    );
    await recordAuditEvent(
      em,
      actor,
      requestId,
      {
        action: 'PROMOTE_FROM_WAITLIST',
        recordType: 'Enrollment',
        recordId: e.id,
        changedFields: ['status'],
      },
      now,
    );
  }
  return promoted.map((e) => e.id);
}
