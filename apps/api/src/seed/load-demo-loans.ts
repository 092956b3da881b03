import {
  addDays,
  calculateSchedule,
  type CalendarDate,
  formatDecimal,
  parseDecimal,
  todayIn,
} from '@revolve/domain';
import { type DataSource } from 'typeorm';
import { type CurrentUser } from '../auth/current-user';
import { BeneficiaryEntity } from '../beneficiaries/beneficiary.entity';
import { ContributionEntity } from '../fund/contribution.entity';
import { recordContribution } from '../fund/record-contribution';
import { type Currency } from '../graphql/common.types';
import { createLoanProduct } from '../loans/create-loan-product';
import { decideLoan } from '../loans/decide-loan';
import { disburseLoan } from '../loans/disburse-loan';
import { LoanProductEntity } from '../loans/loan-product.entity';
import { type CourseTopic, type CreateLoanProductInput } from '../loans/loan-product.types';
import { HardshipReason, type LoanPurpose } from '../loans/loan.types';
import { recordRepayment } from '../loans/record-repayment';
import { rescheduleLoan } from '../loans/reschedule-loan';
import { submitLoanApplication } from '../loans/submit-loan-application';
import { type WriteContext } from '../loans/write-context';
import { writeOffLoan } from '../loans/write-off-loan';
import { OrganizationEntity } from '../organizations/organization.entity';
import { UserDistrictEntity } from '../users/user-district.entity';
import { UserEntity } from '../users/user.entity';
import { newId } from '../db/columns';
import { BudgetLineEntity } from '../fund/budget-line.entity';
import { recordExpense } from '../fund/record-expense';
import {
  DEMO_BUDGET_LINES,
  DEMO_CONTRIBUTIONS,
  DEMO_EXPENSES,
  DEMO_LOANS,
  DEMO_PRODUCT,
  DEMO_USD_RATE,
  type DemoLoan,
} from './demo-loans';

/** A demo user as the use cases see them. */
export async function actor(ds: DataSource, username: string): Promise<CurrentUser> {
  const u = await ds.getRepository(UserEntity).findOneByOrFail({ username });
  const districts = await ds.getRepository(UserDistrictEntity).findBy({ userId: u.id });
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    organizationId: u.organizationId,
    beneficiaryId: u.beneficiaryId,
    districtIds: districts.map((d) => d.districtId),
  };
}

export function must<T extends { userErrors: { code: string; message: string }[] }>(
  what: string,
  r: T,
): T {
  if (r.userErrors.length) throw new Error(`demo seed: ${what}: ${JSON.stringify(r.userErrors)}`);
  return r;
}

/** A disbursement date whose schedule has an instalment due exactly `daysLate` days ago. */
export function lateDisbursement(
  today: CalendarDate,
  loan: DemoLoan,
  daysLate: number,
  unpaidFrom: number,
) {
  const target = addDays(today, -daysLate);
  for (let back = daysLate + 20; back < daysLate + 400; back++) {
    const disbursedOn = addDays(today, -back);
    const schedule = calculateSchedule({
      principal: parseDecimal(loan.principal, 'AZN'),
      termMonths: loan.termMonths,
      graceMonths: loan.graceMonths,
      disbursedOn,
    });
    if (schedule[unpaidFrom - 1]?.dueDate === target) return { disbursedOn, schedule };
  }
  throw new Error(`demo seed: no disbursement date puts instalment ${unpaidFrom} at ${target}`);
}

/**
 * Loads the fund and loans in every state through the same use cases the API runs (ledger,
 * schedules, history). Skipped when the demo product exists: running it twice adds nothing.
 */
export async function loadDemoLoans(
  ds: DataSource,
  now: Date,
): Promise<{ contributions: number; loans: number }> {
  const created = { contributions: 0, loans: 0 };
  if (await ds.getRepository(LoanProductEntity).existsBy({ name: DEMO_PRODUCT.name }))
    return created;
  const ctx: WriteContext = { dataSource: ds, now: () => now, requestId: 'seed' };
  const today = todayIn('Asia/Baku', now);
  const admin = await actor(ds, 'admin');
  const committee = await actor(ds, 'committee');

  if ((await ds.getRepository(BudgetLineEntity).count()) === 0) {
    const ids = new Map<string, string>();
    await ds.getRepository(BudgetLineEntity).insert(
      DEMO_BUDGET_LINES.map((l, position) => {
        const id = newId();
        ids.set(l.code, id);
        return {
          id,
          code: l.code,
          name: l.name,
          currency: 'USD' as const,
          planned: parseDecimal(l.plannedUsd, 'USD').amount,
          position,
        };
      }),
    );
    for (const e of DEMO_EXPENSES) {
      must(
        'expense',
        await recordExpense(ctx, admin, {
          budgetLineId: ids.get(e.line)!,
          amount: { amount: e.amountUsd, currency: 'USD' as Currency },
          spentOn: addDays(today, -e.daysAgo),
          description: e.description,
        }),
      );
    }
  }

  if ((await ds.getRepository(ContributionEntity).count()) === 0) {
    for (const c of DEMO_CONTRIBUTIONS) {
      const donor = await ds.getRepository(OrganizationEntity).findOneByOrFail({ code: c.donor });
      must(
        'contribution',
        await recordContribution(ctx, admin, {
          donorId: donor.id,
          amount: { amount: c.amountUsd, currency: 'USD' as Currency },
          exchangeRate: DEMO_USD_RATE,
          receivedOn: addDays(today, -c.daysAgo),
        }),
      );
      created.contributions++;
    }
  }

  const productInput: CreateLoanProductInput = {
    ...DEMO_PRODUCT,
    currency: 'AZN' as Currency,
    minPrincipal: { amount: DEMO_PRODUCT.minPrincipal, currency: 'AZN' as Currency },
    maxPrincipal: { amount: DEMO_PRODUCT.maxPrincipal, currency: 'AZN' as Currency },
    requiredCourseTopics: [...DEMO_PRODUCT.requiredCourseTopics] as CourseTopic[],
  };
  const product = must('product', await createLoanProduct(ctx, admin, productInput)).product!;

  for (const demo of DEMO_LOANS) {
    const b = await ds.getRepository(BeneficiaryEntity).findOneByOrFail({ code: demo.survivor });
    const manager = await actor(
      ds,
      ['SAA', 'BIL', 'TAR'].includes(demo.survivor.slice(0, 3)) ? 'manager.ciraq' : 'manager.iom',
    );
    const loan = must(
      'application',
      await submitLoanApplication(ctx, manager, {
        beneficiaryId: b.id,
        productId: product.id,
        purpose: demo.purpose as LoanPurpose,
        businessDescription: demo.business,
        expectedMonthlyIncome: { amount: demo.expectedMonthlyIncome, currency: 'AZN' as Currency },
        expectedMonthlyCosts: { amount: demo.expectedMonthlyCosts, currency: 'AZN' as Currency },
        familyWorkers: demo.familyWorkers,
        principal: { amount: demo.principal, currency: 'AZN' as Currency },
        termMonths: demo.termMonths,
        graceMonths: demo.graceMonths,
      }),
    ).loan!;
    created.loans++;
    if (demo.state === 'SUBMITTED') continue;
    if (demo.state === 'REJECTED') {
      must(
        'reject',
        await decideLoan(ctx, committee, 'reject', {
          loanId: loan.id,
          note: 'The plan does not show how the car would earn enough.',
        }),
      );
      continue;
    }
    must(
      'approve',
      await decideLoan(ctx, committee, 'approve', { loanId: loan.id, note: 'Sound plan.' }),
    );
    if (demo.state === 'APPROVED') continue;

    // Late loans: instalments before `unpaidFrom` paid on time, the rest not.
    const late = demo.state === 'LATE_10' ? 10 : demo.state === 'LATE_45' ? 45 : 0;
    const plan = late
      ? lateDisbursement(today, demo, late, 3)
      : (() => {
          const disbursedOn = addDays(today, -demo.disbursedDaysAgo);
          const schedule = calculateSchedule({
            principal: parseDecimal(demo.principal, 'AZN'),
            termMonths: demo.termMonths,
            graceMonths: demo.graceMonths,
            disbursedOn,
          });
          return { disbursedOn, schedule };
        })();
    // Every borrower completed ACCOUNTING in the demo training: the real gate lets them through.
    must(
      'disburse',
      await disburseLoan(ctx, manager, { loanId: loan.id, disbursedOn: plan.disbursedOn }),
    );

    const paidUpTo = (() => {
      if (late) return 2;
      if (demo.state === 'REPAID') return plan.schedule.length;
      if (demo.state === 'WRITTEN_OFF' || demo.state === 'RESCHEDULED') return 2;
      return plan.schedule.filter((i) => i.dueDate <= today).length;
    })();
    for (const inst of plan.schedule.slice(0, paidUpTo)) {
      const paidOn = inst.dueDate <= today ? inst.dueDate : today;
      must(
        'repayment',
        await recordRepayment(ctx, manager, {
          loanId: loan.id,
          amount: { amount: formatDecimal(inst.principalDue), currency: 'AZN' as Currency },
          paidOn,
          idempotencyKey: `demo-${demo.survivor}-${inst.number}`,
        }),
      );
    }
    if (demo.state === 'WRITTEN_OFF') {
      must(
        'write-off',
        await writeOffLoan(ctx, committee, {
          loanId: loan.id,
          reason: 'The borrower moved abroad; the cows were sold.',
        }),
      );
      must(
        'recovery',
        await recordRepayment(ctx, manager, {
          loanId: loan.id,
          amount: { amount: '50.00', currency: 'AZN' as Currency },
          paidOn: today,
          idempotencyKey: `demo-${demo.survivor}-recovery`,
        }),
      );
    }
    if (demo.state === 'RESCHEDULED') {
      must(
        'reschedule',
        await rescheduleLoan(ctx, committee, {
          loanId: loan.id,
          reason: HardshipReason.ILLNESS,
          note: 'Hospitalised for two months; the hens were sold at a loss.',
          termMonths: 12,
          graceMonths: 2,
        }),
      );
    }
  }
  return created;
}
