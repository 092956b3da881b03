import { recordAuditEvent } from '../audit/record-audit-event';
import { type CurrentUser } from '../auth/current-user';
import { BeneficiaryEntity } from '../beneficiaries/beneficiary.entity';
import { findForUpdate } from '../db/locks';
import { inTransaction } from '../db/transaction';
import { type WriteContext } from '../loans/write-context';
import { assertMayWriteCases } from './case-access';
import { CaseNoteEntity } from './case-note.entity';
import { type CaseNoteResult, noteRefused } from './case-result';
import { type CompleteFollowUpInput } from './case.types';

/** Marks a note's follow-up done: it leaves the work list. */
export async function completeFollowUp(
  ctx: WriteContext,
  actor: CurrentUser,
  input: CompleteFollowUpInput,
): Promise<CaseNoteResult> {
  const now = ctx.now();
  return inTransaction(ctx.dataSource, async (em) => {
    const note = await findForUpdate(em, CaseNoteEntity, { id: input.caseNoteId });
    if (!note) return noteRefused('NOT_FOUND', 'No such case note.', 'caseNoteId');
    const survivor = await em.findOneByOrFail(BeneficiaryEntity, { id: note.beneficiaryId });
    assertMayWriteCases(actor, survivor.districtId);
    if (!note.followUpOn)
      return noteRefused('INVALID_STATE', 'This note has no follow-up.', 'caseNoteId');
    if (note.followUpDoneAt)
      return noteRefused('INVALID_STATE', 'This follow-up is already done.', 'caseNoteId');
    const stamp = now.toISOString();
    const done = { followUpDoneAt: stamp, followUpDoneById: actor.id, updatedAt: stamp };
    await em.update(CaseNoteEntity, { id: note.id }, done);
    await recordAuditEvent(
      em,
      actor,
      ctx.requestId,
      {
        action: 'COMPLETE_FOLLOW_UP',
        recordType: 'CaseNote',
        recordId: note.id,
        changedFields: ['followUpDoneAt'],
      },
      now,
    );
    return { caseNote: { ...note, ...done }, userErrors: [] };
  });
}
