import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { District } from '../districts/district.types';
import { Money } from '../graphql/common.types';
import { CourseTopic } from '../loans/loan-product.types';
import { DateScalar } from '../graphql/scalars';
import { type IndicatorScope } from './aggregate-loans';

const DATE_RANGE =
  'Loans disbursed from `from` to `to` (inclusive) are counted; balances, PAR and the repayment rate are as of today (Asia/Baku).';

@InputType()
export class IndicatorFilter {
  @Field(() => [ID], { nullable: true })
  districtIds?: string[] | null;

  @Field(() => DateScalar, { nullable: true, description: DATE_RANGE })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true })
  to?: string | null;
}

const SUPPRESSED =
  'null when suppressed (fewer than 5 people behind the figure, for roles without access to personal data).';

@ObjectType('DistrictIndicators')
export class DistrictIndicators {
  @Field(() => District)
  district: District;

  @Field(() => Int, { nullable: true, description: SUPPRESSED })
  directBeneficiaries: number | null;

  @Field(() => Int, { nullable: true })
  loansDisbursed: number | null;

  @Field(() => Money, { nullable: true })
  amountDisbursed: Money | null;

  @Field(() => Float, { nullable: true })
  par30: number | null;

  @Field(() => Float, { nullable: true })
  repaymentRate: number | null;

  @Field(() => Boolean)
  suppressed: boolean;
}

@ObjectType('IndicatorCell', {
  description: `One cell of a breakdown (by sex, age band or loan purpose). Figures are ${SUPPRESSED}`,
})
export class IndicatorCell {
  @Field(() => String, {
    description: 'FEMALE/MALE, an age band (UNDER_30, 30_44, 45_59, 60_PLUS) or a loan purpose.',
  })
  key: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Survivors in the cell (borrowers, by purpose).',
  })
  directBeneficiaries: number | null;

  @Field(() => Int, { nullable: true })
  loansDisbursed: number | null;

  @Field(() => Money, { nullable: true })
  amountDisbursed: Money | null;

  @Field(() => Float, { nullable: true })
  par30: number | null;

  @Field(() => Float, { nullable: true })
  repaymentRate: number | null;

  @Field(() => Boolean)
  suppressed: boolean;
}

@ObjectType('Indicators', {
  description: 'Programme indicators, computed in the database, never by loading rows into memory.',
})
export class Indicators {
  @Field(() => Int, { description: 'Survivors registered in the chosen districts.' })
  directBeneficiaries: number;

  @Field(() => Int, { description: 'Household members of those survivors.' })
  indirectBeneficiaries: number;

  @Field(() => Int)
  loansDisbursed: number;

  @Field(() => Money)
  amountDisbursed: Money;

  @Field(() => Money)
  portfolioOutstanding: Money;

  @Field(() => Float, { description: 'Principal collected / principal fallen due, 0..1.' })
  repaymentRate: number;

  @Field(() => Float, {
    description:
      'Outstanding principal of loans more than 30 days past due / all outstanding principal, 0..1.',
  })
  par30: number;

  @Field(() => Float, { description: 'As par30, for more than 90 days past due.' })
  par90: number;

  @Field(() => Float, { description: 'Principal written off / principal disbursed, 0..1.' })
  writeOffRatio: number;

  @Field(() => Money, { description: 'Principal written off (before any recovery).' })
  amountWrittenOff: Money;

  @Field(() => Int, {
    description: 'Family members working in the financed businesses, as recorded on the loans.',
  })
  familyWorkers: number;

  @Field(() => Int, {
    description:
      'Seats taken in course sessions (ENROLLED or COMPLETED; waitlisted and cancelled places do not count), in sessions of the districts asked for that start within [from, to].',
  })
  courseEnrollments: number;

  @Field(() => Int, {
    description:
      'COMPLETED enrollments (80% of meetings attended), in sessions of the districts asked for that start within [from, to].',
  })
  courseCompletions: number;

  @Field(() => [DistrictIndicators])
  byDistrict: DistrictIndicators[];

  @Field(() => [IndicatorCell])
  bySex: IndicatorCell[];

  @Field(() => [IndicatorCell])
  byAgeBand: IndicatorCell[];

  @Field(() => [IndicatorCell])
  byPurpose: IndicatorCell[];

  @Field(() => [CourseTopicIndicators], {
    description: 'Accounting, marketing and management: seats, completions, completion rate.',
  })
  byCourseTopic?: CourseTopicIndicators[];

  /** Not in the schema: what byCourseTopic is read with, when asked for. */
  topicScope: { scope: IndicatorScope; suppress: boolean };
}

@ObjectType('CourseTopicIndicators', {
  description: `Course seats and completions by topic. Figures are ${SUPPRESSED}`,
})
export class CourseTopicIndicators {
  @Field(() => CourseTopic)
  topic: CourseTopic;

  @Field(() => Int, { nullable: true, description: 'Survivors holding a seat.' })
  participants: number | null;

  @Field(() => Int, { nullable: true, description: 'Seats taken (ENROLLED or COMPLETED).' })
  courseEnrollments: number | null;

  @Field(() => Int, { nullable: true })
  courseCompletions: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Completed seats / seats, in sessions that ended before today (running sessions would understate it), 0..1.',
  })
  completionRate: number | null;

  @Field(() => Boolean)
  suppressed: boolean;
}
