import { Field, ObjectType } from 'type-graphql';
import { Money } from '../graphql/common.types';
import { DateScalar, DecimalScalar } from '../graphql/scalars';

@ObjectType('ForecastMonth')
export class ForecastMonth {
  @Field(() => String, { description: '"YYYY-MM".' })
  month: string;

  @Field(() => Money, {
    description: 'Principal falling due in the month times the on-time rate, rounded down.',
  })
  expectedRepayments: Money;

  @Field(() => Money, {
    description: 'Cash available today plus expected repayments to month end.',
  })
  expectedCash: Money;
}

@ObjectType('FundForecast', {
  description:
    'Expected cash by month from the active loans’ schedules and an on-time rate. Arrears already past due and new loans’ repayments are not counted on.',
})
export class FundForecast {
  @Field(() => DateScalar)
  asOf: string;

  @Field(() => DecimalScalar, {
    description: 'The rate assumed, 4 decimals: the one asked for, or the observed repayment rate.',
  })
  onTimeRate: string;

  @Field(() => Money)
  available: Money;

  @Field(() => Money, { description: 'loans x loanSize.' })
  needed: Money;

  @Field(() => String, {
    nullable: true,
    description:
      'The first month ("YYYY-MM") whose expected cash covers `needed` (this month if it already does); null when the active schedules never get there.',
  })
  fundableMonth: string | null;

  @Field(() => [ForecastMonth], { description: 'From this month to the last scheduled due date.' })
  months: ForecastMonth[];
}
