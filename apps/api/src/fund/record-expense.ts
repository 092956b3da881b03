import { DomainError, todayIn } from '@revolve/domain';
import { recordAuditEvent } from '../audit/record-audit-event';
import { type CurrentUser } from '../auth/current-user';
import { newId } from '../db/columns';
import { inTransaction } from '../db/transaction';
import { type UserError, userError } from '../graphql/common.types';
import { fromMoneyInput, refusingDomainErrors } from '../graphql/money';
import { type WriteContext } from '../loans/write-context';
import { BudgetLineEntity } from './budget-line.entity';
import { type RecordExpenseInput } from './budget.types';
import { ExpenseEntity } from './expense.entity';

export interface ExpenseResult {
  expense: ExpenseEntity | null;
  userErrors: UserError[];
}

/** Money spent on courses, counselling or management, against its budget line. */
export async function recordExpense(
  ctx: WriteContext,
  actor: CurrentUser,
  input: RecordExpenseInput,
): Promise<ExpenseResult> {
  return refusingDomainErrors<ExpenseResult>({ expense: null }, () =>
    inTransaction(ctx.dataSource, async (em) => {
      const line = await em.findOneBy(BudgetLineEntity, { id: input.budgetLineId });
      if (!line)
        return {
          expense: null,
          userErrors: [userError('NOT_FOUND', 'No such budget line.', ['input', 'budgetLineId'])],
        };
      if (line.code === 'LOAN_CAPITAL')
        throw new DomainError(
          'VALIDATION',
          'Loan capital is recorded as contributions into the fund.',
          ['input', 'budgetLineId'],
        );
      if (input.amount.currency !== line.currency)
        throw new DomainError('CURRENCY_MISMATCH', `The budget is kept in ${line.currency}.`, [
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
      const now = ctx.now();
      if (input.spentOn > todayIn('Asia/Baku', now))
        throw new DomainError('INVALID_DATE', 'An expense cannot be dated in the future.', [
          'input',
          'spentOn',
        ]);
      const expense: ExpenseEntity = {
        id: newId(),
        lineId: line.id,
        amount,
        currency: line.currency,
        spentOn: input.spentOn,
        description: input.description.trim(),
        recordedById: actor.id,
        createdAt: now.toISOString(),
      };
      await em.insert(ExpenseEntity, expense);
      await recordAuditEvent(
        em,
        actor,
        ctx.requestId,
        {
          action: 'RECORD_EXPENSE',
          recordType: 'Expense',
          recordId: expense.id,
          changedFields: Object.keys(input),
        },
        now,
      );
      return { expense, userErrors: [] };
    }),
  );
}
