import { Field, Float, ObjectType } from 'type-graphql';
import { Money } from '../graphql/common.types';
import { DecimalScalar } from '../graphql/scalars';
import { Organization } from '../organizations/organization.types';

@ObjectType('DonorCapital', {
  description:
    "Where one donor's money went. Each loan belongs to the donors in proportion to the capital they had contributed by its disbursement date; its repayments, write-off and recoveries follow the same shares (largest remainder, so donors add up to the fund exactly).",
})
export class DonorCapital {
  @Field(() => Organization)
  donor: Organization;

  @Field(() => Money, { description: "The donor's contributions, in fund currency." })
  capital: Money;

  @Field(() => DecimalScalar, { description: 'capital / all capital, 4 decimals.' })
  share: string;

  @Field(() => Money, { description: 'Principal lent out of this donor’s money.' })
  lent: Money;

  @Field(() => Money)
  repaid: Money;

  @Field(() => Money)
  outstanding: Money;

  @Field(() => Money, { description: 'Written off, net of recoveries: the money lost.' })
  writtenOff: Money;

  @Field(() => Money, { description: 'capital - lent + repaid + recovered: cash to lend again.' })
  available: Money;

  @Field(() => Float, {
    description: 'lent / capital: how many times this donor’s money has been lent.',
  })
  revolutions: number;

  @Field(() => DecimalScalar, {
    description: '(available + outstanding) / capital, 4 decimals: 1.0000 means nothing lost.',
  })
  capitalPreservation: string;
}
