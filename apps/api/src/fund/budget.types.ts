import { Length } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Money, MoneyInput, UserError } from '../graphql/common.types';
import { DateScalar } from '../graphql/scalars';

@ObjectType('BudgetLine')
export class BudgetLine {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'LOAN_CAPITAL, BUSINESS_TRAINING, COUNSELLING, MANAGEMENT.' })
  code: string;

  @Field(() => String)
  name: string;

  @Field(() => Money)
  planned: Money;

  @Field(() => Money, {
    description: 'LOAN_CAPITAL: contributions received into the fund; other lines: expenses.',
  })
  spent: Money;
}

@ObjectType('Budget', { description: "The donors' programme budget, in their currency." })
export class Budget {
  @Field(() => Money)
  total: Money;

  @Field(() => Money)
  spent: Money;

  @Field(() => [BudgetLine])
  lines: BudgetLine[];
}

@ObjectType('Expense')
export class Expense {
  @Field(() => ID)
  id: string;

  @Field(() => Money)
  amount: Money;

  @Field(() => DateScalar)
  spentOn: string;

  @Field(() => String)
  description: string;
}

@InputType()
export class RecordExpenseInput {
  @Field(() => ID)
  budgetLineId: string;

  @Field(() => MoneyInput)
  amount: MoneyInput;

  @Field(() => DateScalar)
  spentOn: string;

  @Field(() => String)
  @Length(1, 500)
  description: string;
}

@ObjectType()
export class ExpensePayload {
  @Field(() => Expense, { nullable: true })
  expense: Expense | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
