import { todayIn } from '@revolve/domain';
import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { type RequestContext } from '../auth/context';
import { requireRole, requireUser, seesPersonalData } from '../auth/guards';
import { BeneficiaryEntity } from '../beneficiaries/beneficiary.entity';
import { Beneficiary } from '../beneficiaries/beneficiary.types';
import { Money } from '../graphql/common.types';
import { forbidden } from '../graphql/errors';
import { toMoney } from '../graphql/money';
import { decideLoan } from './decide-loan';
import { disburseLoan } from './disburse-loan';
import { type InstalmentEntity } from './instalment.entity';
import { listLoans } from './list-loans';
import { mayReadLoan } from './loan-access';
import { type LoanFigures, loanFigures } from './loan-figures';
import { type LoanProductEntity } from './loan-product.entity';
import { LoanProduct } from './loan-product.types';
import { LoanEntity } from './loan.entity';
import {
  DisburseLoanInput,
  Instalment,
  InstalmentStatus,
  Loan,
  LoanConnection,
  LoanDecisionInput,
  LoanEvent,
  LoanFilter,
  LoanPayload,
  RecordRepaymentInput,
  Repayment,
  RepaymentPayload,
  RescheduleLoanInput,
  ReverseRepaymentInput,
  SubmitLoanApplicationInput,
  WithdrawLoanApplicationInput,
  WriteOffLoanInput,
} from './loan.types';
import { recordRepayment, type RepaymentResult } from './record-repayment';
import { type RepaymentEntity } from './repayment.entity';
import { type LoanResult, submitLoanApplication } from './submit-loan-application';
import { writeOffLoan } from './write-off-loan';
import { rescheduleLoan } from './reschedule-loan';
import { reverseRepayment } from './reverse-repayment';

@ArgsType()
class LoansArgs {
  @Field(() => Int, { nullable: true })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => LoanFilter, { nullable: true })
  filter?: LoanFilter | null;
}

const SERVICERS = ['ADMIN', 'CASE_MANAGER'] as const;

/** The request's calendar day, computed once (time-zone formatting is not free). */
const todays = new WeakMap<RequestContext, string>();
function todayOf(ctx: RequestContext): string {
  let today = todays.get(ctx);
  if (today === undefined) todays.set(ctx, (today = todayIn('Asia/Baku', ctx.now())));
  return today;
}

/**
 * A loan's figures, once per request for all of its fields (schedule, outstanding, overdue,
 * daysPastDue, nextInstalment): keyed by the request's loaded instalments of the loan.
 */
const figuresSeen = new WeakMap<InstalmentEntity[], Map<string, LoanFigures>>();
function figuresOf(loan: LoanEntity, all: InstalmentEntity[], today: string): LoanFigures {
  let byLoan = figuresSeen.get(all);
  if (!byLoan) figuresSeen.set(all, (byLoan = new Map()));
  const key = `${loan.id} ${loan.scheduleVersion} ${loan.status} ${today}`;
  let f = byLoan.get(key);
  if (!f) byLoan.set(key, (f = loanFigures(loan, all, today)));
  return f;
}

function instalmentsOut(loan: LoanEntity, all: InstalmentEntity[], today: string): Instalment[] {
  const { instalments, arrears } = figuresOf(loan, all, today);
  const status = new Map(arrears.statuses.map((s) => [s.number, s.status]));
  return instalments.map((i) => ({
    number: i.number,
    dueDate: i.dueDate,
    principalDue: toMoney(i.principalDue, loan.currency),
    principalPaid: toMoney(i.principalPaid, loan.currency),
    status: status.get(i.number) as InstalmentStatus,
  }));
}

/** A business-plan amount in the loan's currency, or null where the plan left it out. */
function planAmount(
  loan: LoanEntity,
  figure: 'expectedMonthlyIncome' | 'expectedMonthlyCosts',
): Money | null {
  const amount = loan[figure];
  return amount === null ? null : toMoney(amount, loan.currency);
}

@Resolver(() => Loan)
export class LoanResolver {
  @Query(() => LoanConnection)
  loans(@Args(() => LoansArgs) args: LoansArgs, @Ctx() ctx: RequestContext) {
    return listLoans(ctx.dataSource, requireUser(ctx), args, args.filter, ctx.now());
  }

  @Query(() => Loan, { nullable: true })
  async loan(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<LoanEntity | null> {
    const user = requireUser(ctx);
    const loan = await ctx.dataSource.getRepository(LoanEntity).findOneBy({ id });
    if (!loan) {
      if (user.role === 'BENEFICIARY') throw forbidden();
      return null;
    }
    if (!mayReadLoan(user, loan)) throw forbidden('This loan is not in your scope.');
    return loan;
  }

  @Query(() => [Loan], { description: 'BENEFICIARY: their own loans.' })
  async myLoans(@Ctx() ctx: RequestContext): Promise<LoanEntity[]> {
    const user = requireRole(ctx, ['BENEFICIARY']);
    if (!user.beneficiaryId) return [];
    return ctx.loaders.loansOfBeneficiary.load(user.beneficiaryId);
  }

  @Mutation(() => LoanPayload)
  submitLoanApplication(
    @Arg('input', () => SubmitLoanApplicationInput) input: SubmitLoanApplicationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<LoanResult> {
    return submitLoanApplication(ctx, requireRole(ctx, SERVICERS), input);
  }

  @Mutation(() => LoanPayload, { description: 'Before the committee decides.' })
  withdrawLoanApplication(
    @Arg('input', () => WithdrawLoanApplicationInput) input: WithdrawLoanApplicationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<LoanResult> {
    return decideLoan(ctx, requireRole(ctx, SERVICERS), 'withdraw', input);
  }

  @Mutation(() => LoanPayload, {
    description: 'APPROVER only, and never the user who submitted the application.',
  })
  approveLoan(
    @Arg('input', () => LoanDecisionInput) input: LoanDecisionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<LoanResult> {
    return decideLoan(ctx, requireRole(ctx, ['APPROVER']), 'approve', input);
  }

  @Mutation(() => LoanPayload)
  rejectLoan(
    @Arg('input', () => LoanDecisionInput) input: LoanDecisionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<LoanResult> {
    return decideLoan(ctx, requireRole(ctx, ['APPROVER']), 'reject', input);
  }

  @Mutation(() => LoanPayload, {
    description:
      'Refused with INSUFFICIENT_FUNDS when the fund cannot cover the principal, also under concurrent requests.',
  })
  disburseLoan(
    @Arg('input', () => DisburseLoanInput) input: DisburseLoanInput,
    @Ctx() ctx: RequestContext,
  ): Promise<LoanResult> {
    return disburseLoan(ctx, requireRole(ctx, SERVICERS), input);
  }

  @Mutation(() => RepaymentPayload)
  recordRepayment(
    @Arg('input', () => RecordRepaymentInput) input: RecordRepaymentInput,
    @Ctx() ctx: RequestContext,
  ): Promise<RepaymentResult> {
    return recordRepayment(ctx, requireRole(ctx, SERVICERS), input);
  }

  @Mutation(() => LoanPayload, { description: 'APPROVER or ADMIN.' })
  writeOffLoan(
    @Arg('input', () => WriteOffLoanInput) input: WriteOffLoanInput,
    @Ctx() ctx: RequestContext,
  ): Promise<LoanResult> {
    return writeOffLoan(ctx, requireRole(ctx, ['APPROVER', 'ADMIN']), input);
  }

  @Mutation(() => RepaymentPayload, {
    description: 'ADMIN, with a reason: a reversing entry; nothing is deleted.',
  })
  reverseRepayment(
    @Arg('input', () => ReverseRepaymentInput) input: ReverseRepaymentInput,
    @Ctx() ctx: RequestContext,
  ): Promise<RepaymentResult> {
    return reverseRepayment(ctx, requireRole(ctx, ['ADMIN']), input);
  }

  @Mutation(() => LoanPayload, {
    description: 'APPROVER, for hardship: a new schedule for the unpaid principal.',
  })
  rescheduleLoan(
    @Arg('input', () => RescheduleLoanInput) input: RescheduleLoanInput,
    @Ctx() ctx: RequestContext,
  ): Promise<LoanResult> {
    return rescheduleLoan(ctx, requireRole(ctx, ['APPROVER']), input);
  }

  @FieldResolver(() => Boolean, {
    description: 'Rescheduled at least once (portfolio-at-risk reports count it).',
  })
  rescheduled(@Root() loan: LoanEntity): boolean {
    return loan.scheduleVersion > 1;
  }

  @FieldResolver(() => Beneficiary)
  async beneficiary(
    @Root() loan: LoanEntity,
    @Ctx() ctx: RequestContext,
  ): Promise<BeneficiaryEntity> {
    const b = await ctx.loaders.beneficiary.load(loan.beneficiaryId);
    if (!b) throw new Error(`beneficiary ${loan.beneficiaryId} missing`);
    return b;
  }

  @FieldResolver(() => LoanProduct)
  async product(@Root() loan: LoanEntity, @Ctx() ctx: RequestContext): Promise<LoanProductEntity> {
    const p = await ctx.loaders.loanProduct.load(loan.productId);
    if (!p) throw new Error(`product ${loan.productId} missing`);
    return p;
  }

  @FieldResolver(() => Money)
  principal(@Root() loan: LoanEntity): Money {
    return toMoney(loan.principal, loan.currency);
  }

  @FieldResolver(() => Money, {
    nullable: true,
    description: 'The business plan: expected monthly income, in the loan currency.',
  })
  expectedMonthlyIncome(@Root() loan: LoanEntity): Money | null {
    return planAmount(loan, 'expectedMonthlyIncome');
  }

  @FieldResolver(() => Money, {
    nullable: true,
    description: 'The business plan: expected monthly costs, in the loan currency.',
  })
  expectedMonthlyCosts(@Root() loan: LoanEntity): Money | null {
    return planAmount(loan, 'expectedMonthlyCosts');
  }

  @FieldResolver(() => [Instalment], {
    description: 'The current schedule; empty until disbursed.',
  })
  async schedule(@Root() loan: LoanEntity, @Ctx() ctx: RequestContext): Promise<Instalment[]> {
    return instalmentsOut(loan, await ctx.loaders.instalments.load(loan.id), todayOf(ctx));
  }

  @FieldResolver(() => [[Instalment]], {
    description: 'Schedules replaced by rescheduling, oldest first.',
  })
  async previousSchedules(
    @Root() loan: LoanEntity,
    @Ctx() ctx: RequestContext,
  ): Promise<Instalment[][]> {
    const all = await ctx.loaders.instalments.load(loan.id);
    const today = todayOf(ctx);
    const out: Instalment[][] = [];
    for (let v = 1; v < loan.scheduleVersion; v++)
      out.push(instalmentsOut({ ...loan, scheduleVersion: v, status: 'REPAID' }, all, today));
    return out;
  }

  @FieldResolver(() => [Repayment], { description: 'Oldest first, reversed ones included.' })
  repayments(@Root() loan: LoanEntity, @Ctx() ctx: RequestContext): Promise<RepaymentEntity[]> {
    return ctx.loaders.repayments.load(loan.id);
  }

  @FieldResolver(() => Money)
  async outstanding(@Root() loan: LoanEntity, @Ctx() ctx: RequestContext): Promise<Money> {
    const f = figuresOf(loan, await ctx.loaders.instalments.load(loan.id), todayOf(ctx));
    return toMoney(f.arrears.outstanding.amount, loan.currency);
  }

  @FieldResolver(() => Money)
  async overdue(@Root() loan: LoanEntity, @Ctx() ctx: RequestContext): Promise<Money> {
    const f = figuresOf(loan, await ctx.loaders.instalments.load(loan.id), todayOf(ctx));
    return toMoney(f.arrears.overdue.amount, loan.currency);
  }

  @FieldResolver(() => Int)
  async daysPastDue(@Root() loan: LoanEntity, @Ctx() ctx: RequestContext): Promise<number> {
    const f = figuresOf(loan, await ctx.loaders.instalments.load(loan.id), todayOf(ctx));
    return f.arrears.daysPastDue;
  }

  @FieldResolver(() => Instalment, { nullable: true })
  async nextInstalment(
    @Root() loan: LoanEntity,
    @Ctx() ctx: RequestContext,
  ): Promise<Instalment | null> {
    if (loan.status !== 'ACTIVE') return null;
    const all = await ctx.loaders.instalments.load(loan.id);
    const today = todayOf(ctx);
    const next = figuresOf(loan, all, today).arrears.nextInstalment;
    return instalmentsOut(loan, all, today).find((i) => i.number === next) ?? null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Free text that may tell of a person: null and FORBIDDEN for ANALYST.',
  })
  decisionNote(@Root() loan: LoanEntity, @Ctx() ctx: RequestContext): string | null {
    if (!seesPersonalData(requireUser(ctx)))
      throw forbidden('Notes are not available to your role.');
    return loan.decisionNote;
  }

  @FieldResolver(() => [LoanEvent], {
    description: 'Every event of the loan: who, when, what. ANALYST: notes are null.',
  })
  async history(@Root() loan: LoanEntity, @Ctx() ctx: RequestContext): Promise<LoanEvent[]> {
    // Reasons for a rescheduling or write-off tell of illness and hardship: not for analysts.
    const notes = seesPersonalData(requireUser(ctx));
    const events = await ctx.loaders.loanEvents.load(loan.id);
    const users = await ctx.loaders.user.loadMany(events.map((e) => e.actorId ?? ''));
    return events.map((e, i) => {
      const u = users[i];
      return {
        at: e.at,
        action: e.action,
        note: notes ? e.note : null,
        actor: u && !(u instanceof Error) ? u.displayName : null,
      };
    });
  }
}
