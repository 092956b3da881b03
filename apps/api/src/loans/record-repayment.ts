import {
  type Currency,
  DomainError,
  type LoanStatus,
  FUND_CASH,
  repaymentEntry,
  todayIn,
  transitionLoan,
  WRITE_OFFS,
} from '@revolve/domain';
import { type EntityManager } from 'typeorm';
import { type CurrentUser } from '../auth/current-user';
import { newId } from '../db/columns';
import { findForUpdate, isUniqueViolation } from '../db/locks';
import { inTransaction } from '../db/transaction';
import { postJournalEntry } from '../fund/post-journal-entry';
import { type UserError, userError } from '../graphql/common.types';
import { fromMoneyInput, refusingDomainErrors } from '../graphql/money';
import { applyToSchedule, leftToPay } from './allocate-paid';
import { InstalmentEntity } from './instalment.entity';
import { assertMayServiceLoan } from './loan-access';
import { LoanEntity } from './loan.entity';
import { type RecordRepaymentInput } from './loan.types';
import { recordLoanEvent } from './record-loan-event';
import { RepaymentEntity } from './repayment.entity';
import { type WriteContext } from './write-context';

export interface RepaymentResult {
  repayment: RepaymentEntity | null;
  loan: LoanEntity | null;
  userErrors: UserError[];
}

const fingerprintOf = (input: RecordRepaymentInput) =>
  JSON.stringify([input.loanId, input.amount.amount, input.amount.currency, input.paidOn]);

/** A replay: the first result for the same input, a refusal for other input. */
async function replay(
  db: Pick<EntityManager, 'findOneByOrFail'>,
  existing: RepaymentEntity,
  input: RecordRepaymentInput,
): Promise<RepaymentResult> {
  if (existing.requestFingerprint !== fingerprintOf(input)) {
    return {
      repayment: null,
      loan: null,
      userErrors: [
        userError(
          'IDEMPOTENCY_KEY_REUSED',
          'This idempotency key was already used for another repayment.',
          ['input', 'idempotencyKey'],
        ),
      ],
    };
  }
  // Read through the caller's connection: inside a transaction a second pooled one could starve.
  const loan = await db.findOneByOrFail(LoanEntity, { id: existing.loanId });
  return { repayment: existing, loan, userErrors: [] };
}

/**
 * Records money received, once per idempotency key: allocated oldest instalment first, posted
 * to the ledger, closing the loan when nothing is left. On a written-off loan it is a recovery.
 */
export async function recordRepayment(
  ctx: WriteContext,
  actor: CurrentUser,
  input: RecordRepaymentInput,
): Promise<RepaymentResult> {
  const repo = ctx.dataSource.getRepository(RepaymentEntity);
  const attempt = () =>
    refusingDomainErrors<RepaymentResult>({ repayment: null, loan: null }, () =>
      inTransaction(ctx.dataSource, async (em) => {
        const loan = await findForUpdate(em, LoanEntity, { id: input.loanId });
        if (!loan)
          return {
            repayment: null,
            loan: null,
            userErrors: [userError('NOT_FOUND', 'No such loan.', ['input', 'loanId'])],
          };
        assertMayServiceLoan(actor, loan);
        // Checked under the loan's lock: a concurrent replay waits here and then finds the first.
        const existing = await em.findOneBy(RepaymentEntity, {
          idempotencyKey: input.idempotencyKey,
        });
        if (existing) return replay(em, existing, input);
        const now = ctx.now();
        const currency = loan.currency as Currency;
        if (input.amount.currency !== currency)
          throw new DomainError('CURRENCY_MISMATCH', `This loan is repaid in ${currency}.`, [
            'input',
            'amount',
            'currency',
          ]);
        const amount = fromMoneyInput(input.amount, ['input', 'amount', 'amount']);
        if (amount <= 0n)
          throw new DomainError('INVALID_AMOUNT', 'The amount must be above zero.', [
            'input',
            'amount',
            'amount',
          ]);
        if (loan.status !== 'ACTIVE' && loan.status !== 'WRITTEN_OFF')
          throw new DomainError(
            'INVALID_STATE',
            `A loan that is ${loan.status} takes no repayments.`,
          );
        if (input.paidOn > todayIn('Asia/Baku', now))
          throw new DomainError('INVALID_DATE', 'A repayment cannot be dated in the future.', [
            'input',
            'paidOn',
          ]);
        if (loan.disbursedOn && input.paidOn < loan.disbursedOn)
          throw new DomainError(
            'INVALID_DATE',
            'A repayment cannot be dated before the disbursement.',
            ['input', 'paidOn'],
          );
        const instalments = await em.find(InstalmentEntity, {
          where: { loanId: loan.id, scheduleVersion: loan.scheduleVersion },
          order: { number: 'ASC' },
        });
        await applyToSchedule(em, instalments, amount, currency);
        const recovery = loan.status === 'WRITTEN_OFF';
        const repayment: RepaymentEntity = {
          id: newId(),
          loanId: loan.id,
          amount,
          currency,
          paidOn: input.paidOn,
          recordedAt: now.toISOString(),
          recordedById: actor.id,
          idempotencyKey: input.idempotencyKey,
          requestFingerprint: fingerprintOf(input),
          recovery,
          reversedAt: null,
          reversalReason: null,
        };
        await em.insert(RepaymentEntity, repayment);
        const money = { amount, currency };
        // A recovery brings cash back against the write-off, not against receivables.
        const entry = recovery
          ? {
              kind: 'REPAYMENT' as const,
              lines: [
                { account: FUND_CASH, amount: money },
                { account: WRITE_OFFS, amount: { amount: -amount, currency } },
              ],
            }
          : repaymentEntry(money);
        await postJournalEntry(
          em,
          entry,
          { loanId: loan.id, sourceId: repayment.id, postedOn: input.paidOn },
          now,
        );
        let status: LoanStatus = loan.status;
        if (!recovery && leftToPay(instalments) === 0n)
          status = transitionLoan(loan.status, 'repayInFull', {
            outstanding: { amount: 0n, currency },
          });
        if (status !== loan.status)
          await em.update(LoanEntity, { id: loan.id }, { status, updatedAt: now.toISOString() });
        await recordLoanEvent(
          em,
          actor,
          ctx.requestId,
          loan.id,
          recovery ? 'RECOVERY' : 'REPAYMENT',
          now,
          `${input.amount.amount} ${currency} paid on ${input.paidOn}`,
          ['repayments'],
        );
        if (status === 'REPAID')
          await recordLoanEvent(em, actor, ctx.requestId, loan.id, 'REPAID', now);
        return { repayment, loan: { ...loan, status }, userErrors: [] };
      }),
    );
  try {
    return await attempt();
  } catch (error) {
    // The same key raced in on another loan's lock: the unique constraint decided; answer as a replay.
    if (!isUniqueViolation(error)) throw error;
    const existing = await repo.findOneBy({ idempotencyKey: input.idempotencyKey });
    if (!existing) throw error;
    return replay(ctx.dataSource.manager, existing, input);
  }
}
