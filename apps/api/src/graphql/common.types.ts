import { Field, ID, Int, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { DecimalScalar } from './scalars';

export enum Currency {
  AZN = 'AZN',
  USD = 'USD',
}
registerEnumType(Currency, { name: 'Currency' });

@ObjectType()
export class Money {
  @Field(() => DecimalScalar)
  amount: string;

  @Field(() => Currency)
  currency: Currency;
}

@InputType()
export class MoneyInput {
  @Field(() => DecimalScalar)
  amount: string;

  @Field(() => Currency)
  currency: Currency;
}

@ObjectType()
export class UserError {
  @Field(() => [String], {
    nullable: true,
    description:
      'Path to the input field at fault, e.g. ["input", "amount"]; null when not about one field.',
  })
  field: string[] | null;

  @Field(() => String)
  message: string;

  @Field(() => String, {
    description:
      'Stable machine-readable code, e.g. INSUFFICIENT_FUNDS, INVALID_STATE, SELF_APPROVAL, IDEMPOTENCY_KEY_REUSED, VALIDATION.',
  })
  code: string;
}

export function userError(code: string, message: string, field?: string[]): UserError {
  return { code, message, field: field ?? null };
}

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

// Re-exported so feature files import their GraphQL building blocks from one place.
export { ID, Int };
