import {
  calculateSchedule,
  type Currency,
  disbursementEntry,
  DomainError,
  todayIn,
  transitionLoan,
} from '@revolve/domain';
import { type CurrentUser } from '../auth/current-user';
import { newId } from '../db/columns';
import { findForUpdate } from '../db/locks';
import { inTransaction } from '../db/transaction';
import { fundCash, lockFund } from '../fund/fund-cash';
import { FundEntity } from '../fund/fund.entity';
import { postJournalEntry } from '../fund/post-journal-entry';
import { userError } from '../graphql/common.types';
import { refusingDomainErrors } from '../graphql/money';
import { completedCourseTopics } from './completed-course-topics';
import { InstalmentEntity } from './instalment.entity';
import { assertMayServiceLoan } from './loan-access';
import { LoanProductEntity, requiredTopicsOf } from './loan-product.entity';
import { LoanEntity } from './loan.entity';
import { recordLoanEvent } from './record-loan-event';
import { type LoanResult } from './submit-loan-application';
import { type WriteContext } from './write-context';

/**
 * Hands the money over: one transaction that locks the loan and the fund, checks the cash and
 * the training, posts the journal entry, creates the schedule and activates the loan. The date
 * may be in the past (loans entered after the fact), never in the future.
 */
export async function disburseLoan(
  ctx: WriteContext,
  actor: CurrentUser,
  input: { loanId: string; disbursedOn: string },
): Promise<LoanResult> {
  return refusingDomainErrors<LoanResult>({ loan: null }, () =>
    inTransaction(ctx.dataSource, async (em) => {
      const now = ctx.now();
      if (input.disbursedOn > todayIn('Asia/Baku', now))
        throw new DomainError('INVALID_DATE', 'A disbursement cannot be dated in the future.', [
          'input',
          'disbursedOn',
        ]);
      const loan = await findForUpdate(em, LoanEntity, { id: input.loanId });
      if (!loan)
        return {
          loan: null,
          userErrors: [userError('NOT_FOUND', 'No such loan.', ['input', 'loanId'])],
        };
      assertMayServiceLoan(actor, loan);
      const currency = loan.currency as Currency;
      const principal = { amount: loan.principal, currency };
      const product = await em.findOneByOrFail(LoanProductEntity, { id: loan.productId });
      // Every disbursement queues on this lock, so the cash read below cannot be spent twice.
      await lockFund(em, currency);
      const status = transitionLoan(loan.status, 'disburse', {
        principal,
        available: await fundCash(em, currency),
        requiredTopics: requiredTopicsOf(product),
        completedTopics: await completedCourseTopics(em, loan.beneficiaryId),
      });
      await postJournalEntry(
        em,
        disbursementEntry(principal),
        { loanId: loan.id, sourceId: null, postedOn: input.disbursedOn },
        now,
      );
      const schedule = calculateSchedule({
        principal,
        termMonths: loan.termMonths,
        graceMonths: loan.graceMonths,
        disbursedOn: input.disbursedOn,
        roundingUnit: product.roundingUnit,
      });
      await em.insert(
        InstalmentEntity,
        schedule.map((i) => ({
          id: newId(),
          loanId: loan.id,
          scheduleVersion: loan.scheduleVersion,
          number: i.number,
          dueDate: i.dueDate,
          principalDue: i.principalDue.amount,
          principalPaid: 0n,
        })),
      );
      await em
        .createQueryBuilder()
        .update(FundEntity)
        .set({ disbursements: () => '"disbursements" + 1' })
        .where('currency = :c', { c: currency })
        .execute();
      const change = { status, disbursedOn: input.disbursedOn, updatedAt: now.toISOString() };
      await em.update(LoanEntity, { id: loan.id }, change);
      await recordLoanEvent(em, actor, ctx.requestId, loan.id, 'DISBURSED', now, null, [
        'status',
        'disbursedOn',
      ]);
      return { loan: { ...loan, ...change }, userErrors: [] };
    }),
  );
}
