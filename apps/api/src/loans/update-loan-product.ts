import { changedFieldNames, recordAuditEvent } from '../audit/record-audit-event';
import { type CurrentUser } from '../auth/current-user';
import { inTransaction } from '../db/transaction';
import { userError } from '../graphql/common.types';
import { fromMoneyInput, refusingDomainErrors } from '../graphql/money';
import { checkProductLimits, type LoanProductResult } from './create-loan-product';
import { LoanProductEntity } from './loan-product.entity';
import { type UpdateLoanProductInput } from './loan-product.types';
import { type WriteContext } from './write-context';

/** Changes names or limits, or retires (`active: false`); loans already made keep their terms. */
export async function updateLoanProduct(
  ctx: WriteContext,
  actor: CurrentUser,
  input: UpdateLoanProductInput & { active?: boolean },
): Promise<LoanProductResult> {
  return refusingDomainErrors<LoanProductResult>({ product: null }, () =>
    inTransaction(ctx.dataSource, async (em) => {
      const before = await em.findOneBy(LoanProductEntity, { id: input.productId });
      if (!before)
        return {
          product: null,
          userErrors: [userError('NOT_FOUND', 'No such loan product.', ['input', 'productId'])],
        };
      const change: Partial<LoanProductEntity> = {};
      if (input.name != null) change.name = input.name.trim();
      if (input.nameRu != null) change.nameRu = input.nameRu.trim();
      if (input.nameAz != null) change.nameAz = input.nameAz.trim();
      for (const key of ['minPrincipal', 'maxPrincipal'] as const) {
        const m = input[key];
        if (m == null) continue;
        if (m.currency !== before.currency)
          return {
            product: null,
            userErrors: [
              userError('CURRENCY_MISMATCH', `The product lends in ${before.currency}.`, [
                'input',
                key,
                'currency',
              ]),
            ],
          };
        change[key] = fromMoneyInput(m, ['input', key, 'amount']);
      }
      for (const key of ['minTermMonths', 'maxTermMonths', 'maxGraceMonths'] as const) {
        const v = input[key];
        if (v != null) change[key] = v;
      }
      if (input.requiredCourseTopics != null)
        change.requiredCourseTopics = JSON.stringify(
          [...new Set(input.requiredCourseTopics)].sort(),
        );
      if (input.active !== undefined) change.active = input.active;
      const after = { ...before, ...change, updatedAt: ctx.now().toISOString() };
      const errors = checkProductLimits(after);
      if (errors.length) return { product: null, userErrors: errors };
      const changed = changedFieldNames(before, change);
      await em.update(
        LoanProductEntity,
        { id: before.id },
        { ...change, updatedAt: after.updatedAt },
      );
      await recordAuditEvent(
        em,
        actor,
        ctx.requestId,
        {
          action: input.active === false ? 'RETIRE_LOAN_PRODUCT' : 'UPDATE_LOAN_PRODUCT',
          recordType: 'LoanProduct',
          recordId: before.id,
          changedFields: changed,
        },
        ctx.now(),
      );
      return { product: after, userErrors: [] };
    }),
  );
}
