import { Length } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Currency, Money, MoneyInput, UserError } from '../graphql/common.types';
import { DateScalar, DateTimeScalar, DecimalScalar } from '../graphql/scalars';
import { Organization } from '../organizations/organization.types';

@ObjectType('Contribution')
export class Contribution {
  @Field(() => ID)
  id: string;

  @Field(() => Organization)
  donor: Organization;

  @Field(() => Money, { description: 'As received, e.g. USD.' })
  amount: Money;

  @Field(() => Money, { description: "Converted into the fund's currency at exchangeRate." })
  fundAmount: Money;

  @Field(() => DecimalScalar)
  exchangeRate: string;

  @Field(() => DateScalar)
  receivedOn: string;
}

@InputType()
export class RecordContributionInput {
  @Field(() => ID)
  donorId: string;

  @Field(() => MoneyInput)
  amount: MoneyInput;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: "Units of fund currency per unit of amount's currency; required when they differ.",
  })
  exchangeRate?: string | null;

  @Field(() => DateScalar)
  receivedOn: string;

  @Field(() => String, { nullable: true })
  @Length(0, 500)
  note?: string | null;
}

@ObjectType()
export class ContributionPayload {
  @Field(() => Contribution, { nullable: true })
  contribution: Contribution | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType('Fund', {
  description: 'The revolving loan fund. Every figure is derived from its double-entry ledger.',
})
export class Fund {
  @Field(() => Currency)
  currency: Currency;

  @Field(() => Money, { description: 'Sum of donor contributions, in fund currency.' })
  capital: Money;

  @Field(() => Money, {
    description: 'Cash that can be lent now: capital - disbursed + repaid (never negative).',
  })
  available: Money;

  @Field(() => Money, { description: 'Principal out with borrowers.' })
  outstanding: Money;

  @Field(() => Money)
  disbursedTotal: Money;

  @Field(() => Money)
  repaidTotal: Money;

  @Field(() => Money)
  writtenOffTotal: Money;

  @Field(() => Float, {
    description: 'disbursedTotal / capital: how many times the capital has been lent out.',
  })
  revolutions: number;

  @Field(() => DecimalScalar, {
    description:
      "(available + outstanding) / capital, 4 decimals: how much of the donors' money is still there (1.0000: nothing lost).",
  })
  capitalPreservation: string;

  @Field(() => [Contribution])
  contributions: Contribution[];

  @Field(() => Boolean, {
    description:
      'True when every journal entry balances and the accounts agree with the loans. Read from running totals kept as each entry is posted (each checked balanced then); verifyLedger re-checks every line.',
  })
  ledgerBalanced: boolean;
}

@ObjectType('LedgerVerification', {
  description:
    'A full check of the journal, line by line (seconds on a national ledger): what fund.ledgerBalanced relies on.',
})
export class LedgerVerification {
  @Field(() => Boolean, {
    description:
      'Every entry balances, the running totals equal the lines, the portfolio agrees with the loans and cash is not negative.',
  })
  balanced: boolean;

  @Field(() => Int, {
    description: 'Entries that do not sum to zero or have fewer than two lines.',
  })
  unbalancedEntries: number;

  @Field(() => Int, {
    description:
      "Accounts (per currency and kind) whose running total differs from their lines' sum.",
  })
  totalsMismatches: number;

  @Field(() => Boolean, {
    description:
      'Loans receivable (from the lines) equals the principal the active schedules still owe.',
  })
  portfolioAgrees: boolean;

  @Field(() => DateTimeScalar)
  verifiedAt: string;
}
