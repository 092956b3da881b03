import {
  type Currency,
  rescheduleLoan as reschedule,
  todayIn,
  transitionLoan,
} from '@revolve/domain';
import { type CurrentUser } from '../auth/current-user';
import { newId } from '../db/columns';
import { findForUpdate } from '../db/locks';
import { inTransaction } from '../db/transaction';
import { userError } from '../graphql/common.types';
import { refusingDomainErrors } from '../graphql/money';
import { InstalmentEntity } from './instalment.entity';
import { LoanProductEntity } from './loan-product.entity';
import { LoanEntity } from './loan.entity';
import { type RescheduleLoanInput } from './loan.types';
import { recordLoanEvent } from './record-loan-event';
import { type LoanResult } from './submit-loan-application';
import { type WriteContext } from './write-context';

/**
 * Hardship rescheduling: the unpaid principal gets a new term and grace from today; what was
 * paid stays. The old schedule is kept as the previous version (history), never changed.
 */
export async function rescheduleLoan(
  ctx: WriteContext,
  actor: CurrentUser,
  input: RescheduleLoanInput,
): Promise<LoanResult> {
  return refusingDomainErrors<LoanResult>({ loan: null }, () =>
    inTransaction(ctx.dataSource, async (em) => {
      const loan = await findForUpdate(em, LoanEntity, { id: input.loanId });
      if (!loan)
        return {
          loan: null,
          userErrors: [userError('NOT_FOUND', 'No such loan.', ['input', 'loanId'])],
        };
      transitionLoan(loan.status, 'reschedule', {});
      const now = ctx.now();
      const currency = loan.currency as Currency;
      const product = await em.findOneByOrFail(LoanProductEntity, { id: loan.productId });
      const current = await em.find(InstalmentEntity, {
        where: { loanId: loan.id, scheduleVersion: loan.scheduleVersion },
        order: { number: 'ASC' },
      });
      const result = reschedule({
        instalments: current.map((i) => ({
          number: i.number,
          dueDate: i.dueDate,
          principalDue: { amount: i.principalDue, currency },
          principalPaid: { amount: i.principalPaid, currency },
        })),
        rescheduledOn: todayIn('Asia/Baku', now),
        termMonths: input.termMonths,
        graceMonths: input.graceMonths,
        roundingUnit: product.roundingUnit,
      });
      const version = loan.scheduleVersion + 1;
      await em.insert(
        InstalmentEntity,
        result.instalments.map((i) => ({
          id: newId(),
          loanId: loan.id,
          scheduleVersion: version,
          number: i.number,
          dueDate: i.dueDate,
          principalDue: i.principalDue.amount,
          principalPaid: i.principalPaid.amount,
        })),
      );
      const change = { scheduleVersion: version, updatedAt: now.toISOString() };
      await em.update(LoanEntity, { id: loan.id }, change);
      const note = [input.reason, input.note?.trim()].filter(Boolean).join(': ');
      await recordLoanEvent(em, actor, ctx.requestId, loan.id, 'RESCHEDULED', now, note, [
        'schedule',
      ]);
      return { loan: { ...loan, ...change }, userErrors: [] };
    }),
  );
}
