import {
  checkProductLimits as checkLimits,
  type Currency,
  parseDecimal,
  type ProductLimitProblem,
} from '@revolve/domain';
import { recordAuditEvent } from '../audit/record-audit-event';
import { type CurrentUser } from '../auth/current-user';
import { newId } from '../db/columns';
import { inTransaction } from '../db/transaction';
import { type UserError, userError } from '../graphql/common.types';
import { fromMoneyInput, refusingDomainErrors } from '../graphql/money';
import { LoanProductEntity } from './loan-product.entity';
import { type CreateLoanProductInput } from './loan-product.types';
import { type WriteContext } from './write-context';

export interface LoanProductResult {
  product: LoanProductEntity | null;
  userErrors: UserError[];
}

const LIMIT_MESSAGES: Record<ProductLimitProblem, string> = {
  positive: 'Must be above zero.', // the smallest loan and the rounding unit
  maxBelowMin: 'The largest loan must not be below the smallest.',
  months: 'Must be a whole number of months within the allowed range.',
  termBelowMin: 'The longest term must not be below the shortest.',
  graceTooLong: 'The grace period must be shorter than the longest term.',
};

/** The domain's limits that must hold together; each refusal names its field. */
export function checkProductLimits(p: LoanProductEntity): UserError[] {
  return checkLimits(p).map(({ field, problem }) =>
    userError('VALIDATION', LIMIT_MESSAGES[problem], ['input', field]),
  );
}

export async function createLoanProduct(
  ctx: WriteContext,
  actor: CurrentUser,
  input: CreateLoanProductInput,
): Promise<LoanProductResult> {
  return refusingDomainErrors<LoanProductResult>({ product: null }, async () => {
    const currency = input.currency as Currency;
    for (const [name, m] of [
      ['minPrincipal', input.minPrincipal],
      ['maxPrincipal', input.maxPrincipal],
    ] as const) {
      if (m.currency !== input.currency)
        return {
          product: null,
          userErrors: [
            userError('CURRENCY_MISMATCH', `The product lends in ${currency}.`, [
              'input',
              name,
              'currency',
            ]),
          ],
        };
    }
    const now = ctx.now();
    const stamp = now.toISOString();
    const product: LoanProductEntity = {
      id: newId(),
      name: input.name.trim(),
      nameRu: input.nameRu?.trim() || null,
      nameAz: input.nameAz?.trim() || null,
      currency,
      minPrincipal: fromMoneyInput(input.minPrincipal, ['input', 'minPrincipal', 'amount']),
      maxPrincipal: fromMoneyInput(input.maxPrincipal, ['input', 'maxPrincipal', 'amount']),
      minTermMonths: input.minTermMonths,
      maxTermMonths: input.maxTermMonths,
      maxGraceMonths: input.maxGraceMonths,
      roundingUnit: parseDecimal(input.roundingUnit ?? '1', currency, {
        field: ['input', 'roundingUnit'],
      }).amount,
      requiredCourseTopics: JSON.stringify([...new Set(input.requiredCourseTopics)].sort()),
      active: true,
      createdAt: stamp,
      updatedAt: stamp,
    };
    const errors = checkProductLimits(product);
    if (errors.length) return { product: null, userErrors: errors };
    return inTransaction(ctx.dataSource, async (em) => {
      await em.insert(LoanProductEntity, product);
      await recordAuditEvent(
        em,
        actor,
        ctx.requestId,
        {
          action: 'CREATE_LOAN_PRODUCT',
          recordType: 'LoanProduct',
          recordId: product.id,
          changedFields: Object.keys(input),
        },
        now,
      );
      return { product, userErrors: [] };
    });
  });
}
