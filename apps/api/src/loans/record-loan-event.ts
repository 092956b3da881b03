import { type EntityManager } from 'typeorm';
import { recordAuditEvent } from '../audit/record-audit-event';
import { type CurrentUser } from '../auth/current-user';
import { newId } from '../db/columns';
import { LoanEventEntity } from './loan-event.entity';

/** A loan's history event plus its audit event, inside the caller's transaction. */
export async function recordLoanEvent(
  em: EntityManager,
  actor: Pick<CurrentUser, 'id' | 'username'>,
  requestId: string,
  loanId: string,
  action: string,
  now: Date,
  note: string | null = null,
  changedFields: string[] = ['status'],
): Promise<void> {
  await em.insert(LoanEventEntity, {
    id: newId(),
    loanId,
    at: now.toISOString(),
    actorId: actor.id,
    action,
    note,
  });
  await recordAuditEvent(
    em,
    actor,
    requestId,
    { action: `LOAN_${action}`, recordType: 'Loan', recordId: loanId, changedFields },
    now,
  );
}
