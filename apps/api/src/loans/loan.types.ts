import { IsOptional, Length, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Money, MoneyInput, PageInfo, UserError } from '../graphql/common.types';
import { DateScalar, DateTimeScalar } from '../graphql/scalars';

export enum LoanPurpose {
  START_UP = 'START_UP',
  EXPANSION = 'EXPANSION',
}
registerEnumType(LoanPurpose, { name: 'LoanPurpose' });

export enum LoanStatus {
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  ACTIVE = 'ACTIVE',
  REPAID = 'REPAID',
  WRITTEN_OFF = 'WRITTEN_OFF',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(LoanStatus, { name: 'LoanStatus' });

export enum InstalmentStatus {
  PENDING = 'PENDING',
  PARTIALLY_PAID = 'PARTIALLY_PAID',
  PAID = 'PAID',
  OVERDUE = 'OVERDUE',
}
registerEnumType(InstalmentStatus, { name: 'InstalmentStatus' });

export enum HardshipReason {
  ILLNESS = 'ILLNESS',
  INJURY = 'INJURY',
  BUSINESS_LOSS = 'BUSINESS_LOSS',
  OTHER = 'OTHER',
}
registerEnumType(HardshipReason, { name: 'HardshipReason' });

@ObjectType('Instalment')
export class Instalment {
  @Field(() => Int)
  number: number;

  @Field(() => DateScalar)
  dueDate: string;

  @Field(() => Money)
  principalDue: Money;

  @Field(() => Money)
  principalPaid: Money;

  @Field(() => InstalmentStatus)
  status: InstalmentStatus;
}

@ObjectType('Repayment')
export class Repayment {
  @Field(() => ID)
  id: string;

  @Field(() => Money)
  amount: Money;

  @Field(() => DateScalar)
  paidOn: string;

  @Field(() => DateTimeScalar)
  recordedAt: string;

  @Field(() => Boolean, { description: 'Received after the loan was written off.' })
  recovery: boolean;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Set when reversed.' })
  reversedAt: string | null;

  @Field(() => String, { nullable: true })
  reversalReason: string | null;
}

@ObjectType('LoanEvent')
export class LoanEvent {
  @Field(() => DateTimeScalar)
  at: string;

  @Field(() => String, { description: 'SUBMITTED, APPROVED, DISBURSED, REPAYMENT, ...' })
  action: string;

  @Field(() => String, { nullable: true, description: 'Display name of who did it.' })
  actor: string | null;

  @Field(() => String, { nullable: true })
  note: string | null;
}

@ObjectType('Loan')
export class Loan {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'Human reference, e.g. LN-2026-0007.' })
  reference: string;

  @Field(() => LoanPurpose)
  purpose: LoanPurpose;

  @Field(() => String)
  businessDescription: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Family members expected to work in the financed business (from the plan).',
  })
  familyWorkers: number | null;

  @Field(() => Int)
  termMonths: number;

  @Field(() => Int)
  graceMonths: number;

  @Field(() => LoanStatus)
  status: LoanStatus;

  @Field(() => DateScalar, { nullable: true })
  disbursedOn: string | null;

  @Field(() => String, { nullable: true })
  decisionNote: string | null;
}

@ObjectType()
export class LoanEdge {
  @Field(() => String)
  cursor: string;

  @Field(() => Loan)
  node: Loan;
}

@ObjectType()
export class LoanConnection {
  @Field(() => [LoanEdge])
  edges: LoanEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}

@InputType()
export class LoanFilter {
  @Field(() => [LoanStatus], { nullable: true })
  status?: LoanStatus[] | null;

  @Field(() => [ID], { nullable: true })
  districtIds?: string[] | null;

  @Field(() => ID, { nullable: true })
  beneficiaryId?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Only loans with at least this many days past due.',
  })
  minDaysPastDue?: number | null;
}

@InputType()
export class SubmitLoanApplicationInput {
  @Field(() => ID)
  beneficiaryId: string;

  @Field(() => ID)
  productId: string;

  @Field(() => LoanPurpose)
  purpose: LoanPurpose;

  @Field(() => String)
  @Length(1, 4000)
  businessDescription: string;

  @Field(() => MoneyInput)
  principal: MoneyInput;

  @Field(() => Int)
  termMonths: number;

  @Field(() => Int)
  graceMonths: number;

  @Field(() => MoneyInput, { nullable: true })
  expectedMonthlyIncome?: MoneyInput | null;

  @Field(() => MoneyInput, { nullable: true })
  expectedMonthlyCosts?: MoneyInput | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Family members who will work in the business.',
  })
  @IsOptional()
  @Min(0)
  @Max(50)
  familyWorkers?: number | null;
}

@InputType()
export class LoanDecisionInput {
  @Field(() => ID)
  loanId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 4000)
  note?: string | null;
}

@InputType()
export class WithdrawLoanApplicationInput {
  @Field(() => ID)
  loanId: string;
}

@InputType()
export class DisburseLoanInput {
  @Field(() => ID)
  loanId: string;

  @Field(() => DateScalar)
  disbursedOn: string;
}

@InputType()
export class RecordRepaymentInput {
  @Field(() => ID)
  loanId: string;

  @Field(() => MoneyInput)
  amount: MoneyInput;

  @Field(() => DateScalar)
  paidOn: string;

  @Field(() => String, {
    description:
      'Client-chosen key: replaying the same key with the same input returns the first result and records nothing new; the same key with other input is refused (IDEMPOTENCY_KEY_REUSED).',
  })
  @Length(8, 100)
  idempotencyKey: string;
}

@InputType()
export class WriteOffLoanInput {
  @Field(() => ID)
  loanId: string;

  @Field(() => String)
  @Length(1, 4000)
  reason: string;
}

@InputType()
export class ReverseRepaymentInput {
  @Field(() => ID)
  repaymentId: string;

  @Field(() => String)
  @Length(1, 4000)
  reason: string;
}

@InputType()
export class RescheduleLoanInput {
  @Field(() => ID)
  loanId: string;

  @Field(() => HardshipReason)
  reason: HardshipReason;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 4000)
  note?: string | null;

  @Field(() => Int, { description: 'Months for the unpaid principal, grace included.' })
  termMonths: number;

  @Field(() => Int)
  graceMonths: number;
}

@ObjectType()
export class LoanPayload {
  @Field(() => Loan, { nullable: true })
  loan: Loan | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType()
export class RepaymentPayload {
  @Field(() => Repayment, { nullable: true })
  repayment: Repayment | null;

  @Field(() => Loan, { nullable: true })
  loan: Loan | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
