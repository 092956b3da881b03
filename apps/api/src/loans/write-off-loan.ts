import { type Currency, todayIn, transitionLoan, writeOffEntry } from '@revolve/domain';
import { type CurrentUser } from '../auth/current-user';
import { findForUpdate } from '../db/locks';
import { inTransaction } from '../db/transaction';
import { postJournalEntry } from '../fund/post-journal-entry';
import { userError } from '../graphql/common.types';
import { refusingDomainErrors } from '../graphql/money';
import { leftToPay } from './allocate-paid';
import { InstalmentEntity } from './instalment.entity';
import { LoanEntity } from './loan.entity';
import { recordLoanEvent } from './record-loan-event';
import { type LoanResult } from './submit-loan-application';
import { type WriteContext } from './write-context';

/** The outstanding principal leaves the portfolio through the ledger; the schedule stays as it was. */
export async function writeOffLoan(
  ctx: WriteContext,
  actor: CurrentUser,
  input: { loanId: string; reason: string },
): Promise<LoanResult> {
  return refusingDomainErrors<LoanResult>({ loan: null }, () =>
    inTransaction(ctx.dataSource, async (em) => {
      const loan = await findForUpdate(em, LoanEntity, { id: input.loanId });
      if (!loan)
        return {
          loan: null,
          userErrors: [userError('NOT_FOUND', 'No such loan.', ['input', 'loanId'])],
        };
      const status = transitionLoan(loan.status, 'writeOff', {});
      const now = ctx.now();
      const instalments = await em.findBy(InstalmentEntity, {
        loanId: loan.id,
        scheduleVersion: loan.scheduleVersion,
      });
      const outstanding = { amount: leftToPay(instalments), currency: loan.currency as Currency };
      await postJournalEntry(
        em,
        writeOffEntry(outstanding),
        { loanId: loan.id, sourceId: null, postedOn: todayIn('Asia/Baku', now) },
        now,
      );
      const change = { status, updatedAt: now.toISOString() };
      await em.update(LoanEntity, { id: loan.id }, change);
      await recordLoanEvent(
        em,
        actor,
        ctx.requestId,
        loan.id,
        'WRITTEN_OFF',
        now,
        input.reason.trim(),
      );
      return { loan: { ...loan, ...change }, userErrors: [] };
    }),
  );
}
