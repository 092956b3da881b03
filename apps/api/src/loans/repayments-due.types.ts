import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Loan, Repayment } from './loan.types';

export enum RepaymentsDueWindow {
  OVERDUE = 'OVERDUE',
  DUE_THIS_WEEK = 'DUE_THIS_WEEK',
  ALL = 'ALL',
}
registerEnumType(RepaymentsDueWindow, {
  name: 'RepaymentsDueWindow',
  valuesConfig: {
    OVERDUE: { description: 'The oldest unpaid instalment fell due before today.' },
    DUE_THIS_WEEK: { description: 'The next instalment falls due today or in the next 6 days.' },
    ALL: { description: 'Every active loan.' },
  },
});

@InputType()
export class RepaymentsDueFilter {
  @Field(() => [ID], { nullable: true, description: 'Within the caller’s own districts.' })
  districtIds?: string[] | null;

  @Field(() => RepaymentsDueWindow, { nullable: true, description: 'Default ALL.' })
  window?: RepaymentsDueWindow | null;
}

@ObjectType({ description: 'A repayment with the loan it was paid into.' })
export class RecentRepayment {
  @Field(() => Repayment)
  repayment: Repayment;

  @Field(() => Loan)
  loan: Loan;
}
