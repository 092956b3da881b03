import { FieldResolver, Resolver, Root } from 'type-graphql';
import { Money } from '../graphql/common.types';
import { toMoney } from '../graphql/money';
import { Repayment } from './loan.types';
import { type RepaymentEntity } from './repayment.entity';

@Resolver(() => Repayment)
export class RepaymentResolver {
  @FieldResolver(() => Money)
  amount(@Root() r: RepaymentEntity): Money {
    return toMoney(r.amount, r.currency);
  }
}
