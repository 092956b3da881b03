import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Money } from '../graphql/common.types';
import { DateScalar } from '../graphql/scalars';

const HIDDEN =
  'null for ANALYST when fewer than 5 survivors are behind it (and, for flows, when it is the next smallest month beside one hidden).';

@ObjectType('MonthlyIndicators', {
  description:
    'One month of the programme, for charts. Flows (disbursed, repaid, enrollments, completions) happened in the month; balances and PAR30 are measured on `measuredOn`.',
})
export class MonthlyIndicators {
  @Field(() => String, { description: 'The month, "YYYY-MM".' })
  month: string;

  @Field(() => DateScalar, {
    description: "The month's last day, or today (Asia/Baku) for the current month.",
  })
  measuredOn: string;

  @Field(() => Int, { nullable: true, description: `Loans disbursed in the month; ${HIDDEN}` })
  loansDisbursed: number | null;

  @Field(() => Money, { nullable: true, description: 'Principal disbursed in the month.' })
  amountDisbursed: Money | null;

  @Field(() => Money, {
    nullable: true,
    description:
      'Principal repaid in the month (by payment date; reversed payments and recoveries after a write-off excluded).',
  })
  amountRepaid: Money | null;

  @Field(() => Money, {
    nullable: true,
    description: 'Principal outstanding on measuredOn (written-off loans excluded).',
  })
  portfolioOutstanding: Money | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'PAR30 on measuredOn: loans then more than 30 days behind their schedule at disbursement, or rescheduled by then, over all outstanding principal, 0..1.',
  })
  par30: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Seats taken (ENROLLED or COMPLETED) in course sessions starting in the month.',
  })
  courseEnrollments: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'COMPLETED enrollments in course sessions starting in the month.',
  })
  courseCompletions: number | null;

  @Field(() => Boolean, { description: 'True when any figure of this month is hidden.' })
  suppressed: boolean;
}
