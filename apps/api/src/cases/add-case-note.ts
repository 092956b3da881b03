import { recordAuditEvent } from '../audit/record-audit-event';
import { type CurrentUser } from '../auth/current-user';
import { BeneficiaryEntity } from '../beneficiaries/beneficiary.entity';
import { newId } from '../db/columns';
import { inTransaction } from '../db/transaction';
import { type WriteContext } from '../loans/write-context';
import { assertMayWriteCases } from './case-access';
import { CaseNoteEntity } from './case-note.entity';
import { type CaseNoteResult, noteRefused } from './case-result';
import { type AddCaseNoteInput } from './case.types';
import { noteInputErrors } from './validate-note-input';

/** ADMIN, or a CASE_MANAGER of the survivor's district, records a note. */
export async function addCaseNote(
  ctx: WriteContext,
  actor: CurrentUser,
  input: AddCaseNoteInput,
): Promise<CaseNoteResult> {
  const now = ctx.now();
  return inTransaction(ctx.dataSource, async (em) => {
    const survivor = await em.findOneBy(BeneficiaryEntity, { id: input.beneficiaryId });
    if (!survivor) return noteRefused('NOT_FOUND', 'No such survivor.', 'beneficiaryId');
    assertMayWriteCases(actor, survivor.districtId);
    const userErrors = noteInputErrors(input, now);
    if (userErrors.length) return { caseNote: null, userErrors };
    const stamp = now.toISOString();
    const note: CaseNoteEntity = {
      id: newId(),
      beneficiaryId: survivor.id,
      kind: input.kind,
      date: input.date,
      text: input.text.trim(),
      followUpOn: input.followUpOn ?? null,
      followUpDoneAt: null,
      followUpDoneById: null,
      authorId: actor.id,
      createdAt: stamp,
      updatedAt: stamp,
    };
    await em.insert(CaseNoteEntity, note);
    await recordAuditEvent(
      em,
      actor,
      ctx.requestId,
      {
        action: 'ADD_CASE_NOTE',
        recordType: 'CaseNote',
        recordId: note.id,
        changedFields: ['kind', 'date', 'text', ...(note.followUpOn ? ['followUpOn'] : [])],
      },
      now,
    );
    return { caseNote: note, userErrors: [] };
  });
}
