import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { type RequestContext } from '../auth/context';
import { requireRole } from '../auth/guards';
import { Money } from '../graphql/common.types';
import { toMoney } from '../graphql/money';
import { Budget, Expense, ExpensePayload, RecordExpenseInput } from './budget.types';
import { type ExpenseEntity } from './expense.entity';
import { Fund } from './fund.types';
import { readBudget } from './read-budget';
import { type ExpenseResult, recordExpense } from './record-expense';

@Resolver(() => Fund)
export class FundBudgetResolver {
  @FieldResolver(() => Budget, {
    description: 'The 136,000 USD programme budget: lines, planned and spent.',
  })
  budget(@Ctx() ctx: RequestContext): Promise<Budget> {
    return readBudget(ctx.dataSource);
  }

  @Mutation(() => ExpensePayload, { description: 'ADMIN: money spent against a budget line.' })
  recordExpense(
    @Arg('input', () => RecordExpenseInput) input: RecordExpenseInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ExpenseResult> {
    return recordExpense(ctx, requireRole(ctx, ['ADMIN']), input);
  }
}

@Resolver(() => Expense)
export class ExpenseResolver {
  @FieldResolver(() => Money)
  amount(@Root() e: ExpenseEntity): Money {
    return toMoney(e.amount, e.currency);
  }
}
