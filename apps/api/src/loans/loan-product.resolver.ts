import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type RequestContext } from '../auth/context';
import { requireRole, requireUser } from '../auth/guards';
import { Money } from '../graphql/common.types';
import { toMoney } from '../graphql/money';
import { DecimalScalar } from '../graphql/scalars';
import { createLoanProduct, type LoanProductResult } from './create-loan-product';
import { LoanProductEntity, requiredTopicsOf } from './loan-product.entity';
import {
  CourseTopic,
  CreateLoanProductInput,
  LoanProduct,
  LoanProductPayload,
  RepaymentFrequency,
  RetireLoanProductInput,
  UpdateLoanProductInput,
} from './loan-product.types';
import { updateLoanProduct } from './update-loan-product';

@Resolver(() => LoanProduct)
export class LoanProductResolver {
  @Query(() => [LoanProduct], { description: 'Active products first, then retired ones.' })
  async loanProducts(@Ctx() ctx: RequestContext): Promise<LoanProductEntity[]> {
    requireUser(ctx);
    return ctx.dataSource
      .getRepository(LoanProductEntity)
      .find({ order: { active: 'DESC', name: 'ASC' } });
  }

  @Mutation(() => LoanProductPayload, { description: 'ADMIN.' })
  createLoanProduct(
    @Arg('input', () => CreateLoanProductInput) input: CreateLoanProductInput,
    @Ctx() ctx: RequestContext,
  ): Promise<LoanProductResult> {
    return createLoanProduct(ctx, requireRole(ctx, ['ADMIN']), input);
  }

  @Mutation(() => LoanProductPayload, {
    description: 'ADMIN. Loans already made keep their terms.',
  })
  updateLoanProduct(
    @Arg('input', () => UpdateLoanProductInput) input: UpdateLoanProductInput,
    @Ctx() ctx: RequestContext,
  ): Promise<LoanProductResult> {
    return updateLoanProduct(ctx, requireRole(ctx, ['ADMIN']), input);
  }

  @Mutation(() => LoanProductPayload, { description: 'ADMIN. No new applications afterwards.' })
  retireLoanProduct(
    @Arg('input', () => RetireLoanProductInput) input: RetireLoanProductInput,
    @Ctx() ctx: RequestContext,
  ): Promise<LoanProductResult> {
    return updateLoanProduct(ctx, requireRole(ctx, ['ADMIN']), { ...input, active: false });
  }

  @FieldResolver(() => Money)
  minPrincipal(@Root() p: LoanProductEntity): Money {
    return toMoney(p.minPrincipal, p.currency);
  }

  @FieldResolver(() => Money)
  maxPrincipal(@Root() p: LoanProductEntity): Money {
    return toMoney(p.maxPrincipal, p.currency);
  }

  @FieldResolver(() => Money)
  roundingUnit(@Root() p: LoanProductEntity): Money {
    return toMoney(p.roundingUnit, p.currency);
  }

  @FieldResolver(() => RepaymentFrequency)
  frequency(): RepaymentFrequency {
    return RepaymentFrequency.MONTHLY;
  }

  @FieldResolver(() => DecimalScalar)
  interestRatePercent(): string {
    return '0';
  }

  @FieldResolver(() => [CourseTopic])
  requiredCourseTopics(@Root() p: LoanProductEntity): CourseTopic[] {
    return requiredTopicsOf(p) as CourseTopic[];
  }
}
