import { transitionLoan } from '@revolve/domain';
import { type CurrentUser } from '../auth/current-user';
import { findForUpdate } from '../db/locks';
import { inTransaction } from '../db/transaction';
import { userError } from '../graphql/common.types';
import { refusingDomainErrors } from '../graphql/money';
import { assertMayServiceLoan } from './loan-access';
import { LoanEntity } from './loan.entity';
import { recordLoanEvent } from './record-loan-event';
import { type LoanResult } from './submit-loan-application';
import { type WriteContext } from './write-context';

export type Decision = 'approve' | 'reject' | 'withdraw';

const EVENT: Record<Decision, string> = {
  approve: 'APPROVED',
  reject: 'REJECTED',
  withdraw: 'WITHDRAWN',
};

/**
 * The committee's decision (APPROVER; never on an application they prepared: SELF_APPROVAL),
 * or the case manager withdrawing an application before it is decided.
 */
export async function decideLoan(
  ctx: WriteContext,
  actor: CurrentUser,
  decision: Decision,
  input: { loanId: string; note?: string | null },
): Promise<LoanResult> {
  return refusingDomainErrors<LoanResult>({ loan: null }, () =>
    inTransaction(ctx.dataSource, async (em) => {
      const loan = await findForUpdate(em, LoanEntity, { id: input.loanId });
      if (!loan)
        return {
          loan: null,
          userErrors: [userError('NOT_FOUND', 'No such loan.', ['input', 'loanId'])],
        };
      if (decision === 'withdraw') assertMayServiceLoan(actor, loan);
      const status =
        decision === 'withdraw'
          ? transitionLoan(loan.status, 'withdraw', {})
          : transitionLoan(loan.status, decision, {
              submittedBy: loan.submittedById,
              decidedBy: actor.id,
            });
      const now = ctx.now();
      const change: Partial<LoanEntity> = { status, updatedAt: now.toISOString() };
      if (decision !== 'withdraw') {
        change.decidedById = actor.id;
        change.decisionNote = input.note?.trim() || null;
      }
      await em.update(LoanEntity, { id: loan.id }, change);
      await recordLoanEvent(
        em,
        actor,
        ctx.requestId,
        loan.id,
        EVENT[decision],
        now,
        input.note?.trim() || null,
      );
      return { loan: { ...loan, ...change }, userErrors: [] };
    }),
  );
}
