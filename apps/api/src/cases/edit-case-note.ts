import { changedFieldNames, recordAuditEvent } from '../audit/record-audit-event';
import { type CurrentUser } from '../auth/current-user';
import { BeneficiaryEntity } from '../beneficiaries/beneficiary.entity';
import { newId } from '../db/columns';
import { findForUpdate } from '../db/locks';
import { inTransaction } from '../db/transaction';
import { type WriteContext } from '../loans/write-context';
import { assertMayWriteCases } from './case-access';
import { CaseNoteRevisionEntity } from './case-note-revision.entity';
import { CaseNoteEntity } from './case-note.entity';
import { type CaseNoteResult, noteRefused } from './case-result';
import { type EditCaseNoteInput } from './case.types';
import { noteInputErrors } from './validate-note-input';

/**
 * Replaces a note's kind, date, text and follow-up. The version it replaces is kept as a
 * revision (who, when); the audit event names the changed fields, never the text.
 */
export async function editCaseNote(
  ctx: WriteContext,
  actor: CurrentUser,
  input: EditCaseNoteInput,
): Promise<CaseNoteResult> {
  const now = ctx.now();
  return inTransaction(ctx.dataSource, async (em) => {
    const note = await findForUpdate(em, CaseNoteEntity, { id: input.caseNoteId });
    if (!note) return noteRefused('NOT_FOUND', 'No such case note.', 'caseNoteId');
    const survivor = await em.findOneByOrFail(BeneficiaryEntity, { id: note.beneficiaryId });
    assertMayWriteCases(actor, survivor.districtId);
    const userErrors = noteInputErrors(input, now);
    if (userErrors.length) return { caseNote: null, userErrors };
    const next = {
      kind: input.kind,
      date: input.date,
      text: input.text.trim(),
      followUpOn: input.followUpOn ?? null,
    };
    const changed = changedFieldNames(note, next);
    if (changed.length === 0) return { caseNote: note, userErrors: [] };
    const stamp = now.toISOString();
    await em.insert(CaseNoteRevisionEntity, {
      id: newId(),
      caseNoteId: note.id,
      kind: note.kind,
      date: note.date,
      text: note.text,
      followUpOn: note.followUpOn,
      editedById: actor.id,
      editedAt: stamp,
    });
    // A new follow-up date is a new appointment: it is open again.
    const reopened = changed.includes('followUpOn')
      ? { followUpDoneAt: null, followUpDoneById: null }
      : {};
    const updated: CaseNoteEntity = { ...note, ...next, ...reopened, updatedAt: stamp };
    await em.update(CaseNoteEntity, { id: note.id }, { ...next, ...reopened, updatedAt: stamp });
    await recordAuditEvent(
      em,
      actor,
      ctx.requestId,
      {
        action: 'EDIT_CASE_NOTE',
        recordType: 'CaseNote',
        recordId: note.id,
        changedFields: changed,
      },
      now,
    );
    return { caseNote: updated, userErrors: [] };
  });
}
