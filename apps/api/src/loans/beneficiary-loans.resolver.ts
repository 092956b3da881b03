import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { type RequestContext } from '../auth/context';
import { type BeneficiaryEntity } from '../beneficiaries/beneficiary.entity';
import { Beneficiary } from '../beneficiaries/beneficiary.types';
import { type LoanEntity } from './loan.entity';
import { Loan } from './loan.types';

/** Beneficiary.loans lives with the loans, so the registry does not depend on them. */
@Resolver(() => Beneficiary)
export class BeneficiaryLoansResolver {
  @FieldResolver(() => [Loan])
  loans(@Root() b: BeneficiaryEntity, @Ctx() ctx: RequestContext): Promise<LoanEntity[]> {
    return ctx.loaders.loansOfBeneficiary.load(b.id);
  }
}
