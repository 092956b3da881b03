import { type RequestContext } from '../auth/context';
import { type CurrentUser } from '../auth/current-user';
import { recordAuditEvent } from '../audit/record-audit-event';
import { newId } from '../db/columns';
import { inTransaction } from '../db/transaction';
import { userError } from '../graphql/common.types';
import { todayIn } from '@revolve/domain';
import { BeneficiaryEntity } from './beneficiary.entity';
import { type UpdateBeneficiaryHouseholdInput } from './beneficiary.types';
import { HouseholdMemberEntity } from './household-member.entity';
import { loadForChange } from './load-for-change';
import { type BeneficiaryResult } from './register-beneficiary';

/** Replaces the household list; householdSize follows it. */
export async function updateBeneficiaryHousehold(
  ctx: RequestContext,
  actor: CurrentUser,
  input: UpdateBeneficiaryHouseholdInput,
): Promise<BeneficiaryResult> {
  const now = ctx.now();
  const year = Number(todayIn('Asia/Baku', now).slice(0, 4));
  const future = input.members.findIndex((m) => m.birthYear > year);
  if (future >= 0) {
    return {
      beneficiary: null,
      userErrors: [
        userError('VALIDATION', 'Birth year cannot be in the future.', [
          'input',
          'members',
          String(future),
          'birthYear',
        ]),
      ],
    };
  }
  return inTransaction(ctx.dataSource, async (em) => {
    const found = await loadForChange(em, actor, input.beneficiaryId);
    if (!(found instanceof BeneficiaryEntity)) return found;
    const b = found;
    await em.delete(HouseholdMemberEntity, { beneficiaryId: b.id });
    const members = input.members.map((m, position) => ({
      id: newId(),
      beneficiaryId: b.id,
      position,
      relation: m.relation,
      sex: m.sex,
      birthYear: m.birthYear,
      occupation: m.occupation,
    }));
    if (members.length) await em.insert(HouseholdMemberEntity, members);
    b.householdSize = members.length;
    b.updatedAt = now.toISOString();
    await em.update(
      BeneficiaryEntity,
      { id: b.id },
      { householdSize: b.householdSize, updatedAt: b.updatedAt },
    );
    await recordAuditEvent(
      em,
      actor,
      ctx.requestId,
      {
        action: 'UPDATE_BENEFICIARY_HOUSEHOLD',
        recordType: 'Beneficiary',
        recordId: b.id,
        changedFields: ['household', 'householdSize'],
      },
      now,
    );
    return { beneficiary: b, userErrors: [] };
  });
}
