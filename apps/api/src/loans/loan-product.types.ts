import { ArrayMaxSize, IsOptional, Length, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Currency, Money, MoneyInput, UserError } from '../graphql/common.types';
import { DecimalScalar } from '../graphql/scalars';

export enum CourseTopic {
  ACCOUNTING = 'ACCOUNTING',
  MARKETING = 'MARKETING',
  MANAGEMENT = 'MANAGEMENT',
}
registerEnumType(CourseTopic, { name: 'CourseTopic' });

export enum RepaymentFrequency {
  MONTHLY = 'MONTHLY',
}
registerEnumType(RepaymentFrequency, { name: 'RepaymentFrequency' });

@ObjectType('LoanProduct')
export class LoanProduct {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'Default name; nameAz and nameRu give the translations.' })
  name: string;

  @Field(() => String, { nullable: true })
  nameRu: string | null;

  @Field(() => String, { nullable: true })
  nameAz: string | null;

  @Field(() => Currency)
  currency: Currency;

  @Field(() => Money)
  minPrincipal: Money;

  @Field(() => Money)
  maxPrincipal: Money;

  @Field(() => Int)
  minTermMonths: number;

  @Field(() => Int)
  maxTermMonths: number;

  @Field(() => Int)
  maxGraceMonths: number;

  @Field(() => RepaymentFrequency)
  frequency: RepaymentFrequency;

  @Field(() => DecimalScalar, {
    description: 'Always 0 in this programme; kept explicit so that reports can say so.',
  })
  interestRatePercent: string;

  @Field(() => Money, { description: 'Instalments are rounded down to a multiple of this.' })
  roundingUnit: Money;

  @Field(() => [CourseTopic], {
    description: 'Courses a borrower must have completed before disbursement.',
  })
  requiredCourseTopics: CourseTopic[];

  @Field(() => Boolean, { description: 'False once retired: no new applications.' })
  active: boolean;
}

@InputType()
export class CreateLoanProductInput {
  @Field(() => String)
  @Length(1, 200)
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  nameRu?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  nameAz?: string | null;

  @Field(() => Currency)
  currency: Currency;

  @Field(() => MoneyInput)
  minPrincipal: MoneyInput;

  @Field(() => MoneyInput)
  maxPrincipal: MoneyInput;

  @Field(() => Int)
  @Min(1)
  @Max(600)
  minTermMonths: number;

  @Field(() => Int)
  @Min(1)
  @Max(600)
  maxTermMonths: number;

  @Field(() => Int)
  @Min(0)
  @Max(600)
  maxGraceMonths: number;

  @Field(() => DecimalScalar, { nullable: true, description: 'Default 1.00 (whole manat).' })
  roundingUnit?: string | null;

  @Field(() => [CourseTopic])
  @ArrayMaxSize(3)
  requiredCourseTopics: CourseTopic[];
}

@InputType()
export class UpdateLoanProductInput {
  @Field(() => ID)
  productId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  nameRu?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  nameAz?: string | null;

  @Field(() => MoneyInput, { nullable: true })
  minPrincipal?: MoneyInput | null;

  @Field(() => MoneyInput, { nullable: true })
  maxPrincipal?: MoneyInput | null;

  @Field(() => Int, { nullable: true })
  minTermMonths?: number | null;

  @Field(() => Int, { nullable: true })
  maxTermMonths?: number | null;

  @Field(() => Int, { nullable: true })
  maxGraceMonths?: number | null;

  @Field(() => [CourseTopic], { nullable: true })
  requiredCourseTopics?: CourseTopic[] | null;
}

@InputType()
export class RetireLoanProductInput {
  @Field(() => ID)
  productId: string;
}

@ObjectType()
export class LoanProductPayload {
  @Field(() => LoanProduct, { nullable: true })
  product: LoanProduct | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
