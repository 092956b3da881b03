import { checkEligibility, type Currency } from '@revolve/domain';
import { In } from 'typeorm';
import { type CurrentUser } from '../auth/current-user';
import { mayManageDistrict } from '../auth/guards';
import { BeneficiaryEntity } from '../beneficiaries/beneficiary.entity';
import { newId } from '../db/columns';
import { findForUpdate } from '../db/locks';
import { inTransaction } from '../db/transaction';
import { FundEntity } from '../fund/fund.entity';
import { ensureFundRow, FUND_CURRENCY } from '../fund/fund-cash';
import { type UserError, userError } from '../graphql/common.types';
import { forbidden } from '../graphql/errors';
import { fromMoneyInput, refusingDomainErrors } from '../graphql/money';
import { LoanProductEntity } from './loan-product.entity';
import { LoanEntity } from './loan.entity';
import { type SubmitLoanApplicationInput } from './loan.types';
import { recordLoanEvent } from './record-loan-event';
import { type WriteContext } from './write-context';

export interface LoanResult {
  loan: LoanEntity | null;
  userErrors: UserError[];
}

/** Loans that still tie the survivor: one at a time until it is closed. */
export const OPEN_STATUSES = ['SUBMITTED', 'APPROVED', 'ACTIVE'] as const;

const PLAN_FIGURES = ['expectedMonthlyIncome', 'expectedMonthlyCosts'] as const;

const refused = (userErrors: UserError[]): LoanResult => ({ loan: null, userErrors });

export async function submitLoanApplication(
  ctx: WriteContext,
  actor: CurrentUser,
  input: SubmitLoanApplicationInput,
): Promise<LoanResult> {
  return refusingDomainErrors<LoanResult>({ loan: null }, () =>
    inTransaction(ctx.dataSource, async (em) => {
      // Locked so that two applications for one survivor cannot both pass the one-open-loan check.
      const beneficiary = await findForUpdate(em, BeneficiaryEntity, { id: input.beneficiaryId });
      if (!beneficiary)
        return refused([userError('NOT_FOUND', 'No such survivor.', ['input', 'beneficiaryId'])]);
      if (!mayManageDistrict(actor, beneficiary.districtId))
        throw forbidden('You may prepare applications only for survivors of your districts.');
      const product = await em.findOneBy(LoanProductEntity, { id: input.productId });
      if (!product || !product.active)
        return refused([
          userError('NOT_FOUND', 'No such active loan product.', ['input', 'productId']),
        ]);
      const currency = product.currency as Currency;
      const principal = {
        amount: fromMoneyInput(input.principal, ['input', 'principal', 'amount']),
        currency: input.principal.currency as Currency,
      };
      const open = await em.countBy(LoanEntity, {
        beneficiaryId: beneficiary.id,
        status: In([...OPEN_STATUSES]),
      });
      const problems = checkEligibility({
        consentGiven: beneficiary.consentDataUse && beneficiary.consentWithdrawnOn === null,
        hasOpenLoan: open > 0,
        product: {
          currency,
          minPrincipal: { amount: product.minPrincipal, currency },
          maxPrincipal: { amount: product.maxPrincipal, currency },
          minTermMonths: product.minTermMonths,
          maxTermMonths: product.maxTermMonths,
          maxGraceMonths: product.maxGraceMonths,
        },
        application: { principal, termMonths: input.termMonths, graceMonths: input.graceMonths },
      });
      const userErrors = problems.map((p) =>
        userError(p.code, p.message, p.field.length ? p.field : undefined),
      );
      // The business plan's monthly figures are in the loan's currency, like the principal.
      for (const name of PLAN_FIGURES) {
        const m = input[name];
        if (m && m.currency !== currency)
          userErrors.push(
            userError('CURRENCY_MISMATCH', `The amount must be in ${currency}, as the loan is.`, [
              'input',
              name,
              'currency',
            ]),
          );
      }
      if (userErrors.length) return refused(userErrors);
      const money = (name: (typeof PLAN_FIGURES)[number]) => {
        const m = input[name];
        return m == null ? null : fromMoneyInput(m, ['input', name, 'amount']);
      };

      const now = ctx.now();
      const stamp = now.toISOString();
      await ensureFundRow(em, FUND_CURRENCY);
      // Atomic bump: concurrent applications get distinct references.
      await em
        .createQueryBuilder()
        .update(FundEntity)
        .set({ loanSeq: () => '"loanSeq" + 1' })
        .where('currency = :c', { c: FUND_CURRENCY })
        .execute();
      const { loanSeq } = await em.findOneByOrFail(FundEntity, { currency: FUND_CURRENCY });
      const loan: LoanEntity = {
        id: newId(),
        reference: `LN-${stamp.slice(0, 4)}-${String(loanSeq).padStart(4, '0')}`,
        beneficiaryId: beneficiary.id,
        districtId: beneficiary.districtId,
        productId: product.id,
        purpose: input.purpose,
        businessDescription: input.businessDescription.trim(),
        expectedMonthlyIncome: money('expectedMonthlyIncome'),
        expectedMonthlyCosts: money('expectedMonthlyCosts'),
        familyWorkers: input.familyWorkers ?? null,
        principal: principal.amount,
        currency,
        termMonths: input.termMonths,
        graceMonths: input.graceMonths,
        status: 'SUBMITTED',
        submittedById: actor.id,
        submittedAt: stamp,
        decidedById: null,
        decisionNote: null,
        disbursedOn: null,
        scheduleVersion: 1,
        createdAt: stamp,
        updatedAt: stamp,
      };
      await em.insert(LoanEntity, loan);
      await recordLoanEvent(
        em,
        actor,
        ctx.requestId,
        loan.id,
        'SUBMITTED',
        now,
        null,
        Object.keys(input),
      );
      return { loan, userErrors: [] };
    }),
  );
}
