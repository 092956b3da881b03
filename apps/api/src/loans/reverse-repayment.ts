import {
  type Currency,
  DomainError,
  ensureCashSufficient,
  type JournalEntry,
  type JournalKind,
  reversalEntry,
  todayIn,
} from '@revolve/domain';
import { IsNull } from 'typeorm';
import { type CurrentUser } from '../auth/current-user';
import { findForUpdate } from '../db/locks';
import { inTransaction } from '../db/transaction';
import { fundCash, lockFund } from '../fund/fund-cash';
import { JournalEntryEntity } from '../fund/journal-entry.entity';
import { JournalLineEntity } from '../fund/journal-line.entity';
import { postJournalEntry } from '../fund/post-journal-entry';
import { userError } from '../graphql/common.types';
import { refusingDomainErrors } from '../graphql/money';
import { applyToSchedule } from './allocate-paid';
import { InstalmentEntity } from './instalment.entity';
import { LoanEntity } from './loan.entity';
import { type ReverseRepaymentInput } from './loan.types';
import { type RepaymentResult } from './record-repayment';
import { recordLoanEvent } from './record-loan-event';
import { RepaymentEntity } from './repayment.entity';
import { type WriteContext } from './write-context';

/**
 * Cancels a repayment recorded by mistake: a reversing journal entry, the repayment marked
 * reversed (nothing is deleted), and the remaining repayments allocated again from scratch.
 */
export async function reverseRepayment(
  ctx: WriteContext,
  actor: CurrentUser,
  input: ReverseRepaymentInput,
): Promise<RepaymentResult> {
  return refusingDomainErrors<RepaymentResult>({ repayment: null, loan: null }, () =>
    inTransaction(ctx.dataSource, async (em) => {
      const found = await em.findOneBy(RepaymentEntity, { id: input.repaymentId });
      if (!found)
        return {
          repayment: null,
          loan: null,
          userErrors: [userError('NOT_FOUND', 'No such repayment.', ['input', 'repaymentId'])],
        };
      const loan = await findForUpdate(em, LoanEntity, { id: found.loanId });
      const repayment = await em.findOneByOrFail(RepaymentEntity, { id: found.id });
      if (!loan) throw new Error(`loan ${found.loanId} missing`);
      if (repayment.reversedAt)
        throw new DomainError('INVALID_STATE', 'This repayment is already reversed.', [
          'input',
          'repaymentId',
        ]);
      // The write-off already took what was owed off the books: putting a repayment back into
      // receivables would leave the ledger claiming money a written-off loan no longer owes.
      if (loan.status === 'WRITTEN_OFF' && !repayment.recovery)
        throw new DomainError(
          'INVALID_STATE',
          'This loan is written off: a repayment made before the write-off cannot be reversed.',
          ['input', 'repaymentId'],
        );
      const now = ctx.now();
      const currency = loan.currency as Currency;
      // The cash goes back out: it must still be there.
      await lockFund(em, currency);
      ensureCashSufficient(await fundCash(em, currency), { amount: repayment.amount, currency });
      const original = await em.findOneByOrFail(JournalEntryEntity, {
        sourceId: repayment.id,
        kind: 'REPAYMENT',
      });
      const lines = await em.findBy(JournalLineEntity, { entryId: original.id });
      const entry: JournalEntry = {
        kind: original.kind as JournalKind,
        lines: lines.map((l) => ({
          account: l.account,
          amount: { amount: l.amount, currency: l.currency },
        })),
      };
      await postJournalEntry(
        em,
        reversalEntry(entry),
        { loanId: loan.id, sourceId: repayment.id, postedOn: todayIn('Asia/Baku', now) },
        now,
      );
      const reversed = { reversedAt: now.toISOString(), reversalReason: input.reason.trim() };
      await em.update(RepaymentEntity, { id: repayment.id }, reversed);

      const instalments = await em.find(InstalmentEntity, {
        where: { loanId: loan.id, scheduleVersion: loan.scheduleVersion },
        order: { number: 'ASC' },
      });
      for (const i of instalments) {
        i.principalPaid = 0n;
        await em.update(InstalmentEntity, { id: i.id }, { principalPaid: 0n });
      }
      const remaining = await em.find(RepaymentEntity, {
        where: { loanId: loan.id, reversedAt: IsNull() },
        order: { paidOn: 'ASC', recordedAt: 'ASC' },
      });
      for (const r of remaining) await applyToSchedule(em, instalments, r.amount, currency);
      // A loan closed by the reversed money is open again.
      const status = loan.status === 'REPAID' ? 'ACTIVE' : loan.status;
      if (status !== loan.status)
        await em.update(LoanEntity, { id: loan.id }, { status, updatedAt: now.toISOString() });
      await recordLoanEvent(
        em,
        actor,
        ctx.requestId,
        loan.id,
        'REPAYMENT_REVERSED',
        now,
        reversed.reversalReason,
        ['repayments'],
      );
      return {
        repayment: { ...repayment, ...reversed },
        loan: { ...loan, status },
        userErrors: [],
      };
    }),
  );
}
