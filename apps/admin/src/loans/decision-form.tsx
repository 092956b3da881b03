import { useMutation } from '@apollo/client/react';
import { Button } from '@revolve/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionProblem } from './action-problem';
import { APPROVE_LOAN_MUTATION, REJECT_LOAN_MUTATION } from './loan-documents';
import { useLoanAction } from './use-loan-action';

/** The committee's decision with an optional note; a refusal (SELF_APPROVAL...) is shown as said. */
export function DecisionForm({
  loanId,
  reference,
  onDone,
}: {
  loanId: string;
  reference: string;
  onDone: (decision: 'approved' | 'rejected') => void;
}) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [approve, approving] = useMutation(APPROVE_LOAN_MUTATION);
  const [reject, rejecting] = useMutation(REJECT_LOAN_MUTATION);
  const action = useLoanAction(['note']);
  const noteId = `decision-note-${loanId}`;
  const input = { loanId, note: note.trim() || null };

  const decide = async (decision: 'approved' | 'rejected') => {
    const ok = await action.run(async () => {
      if (decision === 'approved') {
        const p = (await approve({ variables: { input } })).data?.approveLoan;
        return p && { ok: Boolean(p.loan), userErrors: p.userErrors };
      }
      const p = (await reject({ variables: { input } })).data?.rejectLoan;
      return p && { ok: Boolean(p.loan), userErrors: p.userErrors };
    });
    if (ok) onDone(decision);
  };

  return (
    <div className="loan-decision" role="group" aria-label={t('approvals.decide', { reference })}>
      <ActionProblem general={action.general} unreachable={action.unreachable} />
      <div className="rv-field">
        <label className="rv-field__label" htmlFor={noteId}>
          {t('approvals.note')}
        </label>
        <textarea
          id={noteId}
          className="rv-field__input"
          rows={2}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      <div className="admin-row">
        <Button
          busy={approving.loading}
          busyLabel={t('users.saving')}
          onClick={() => void decide('approved')}
        >
          {t('approvals.approve', { reference })}
        </Button>
        <Button
          variant="danger"
          busy={rejecting.loading}
          busyLabel={t('users.saving')}
          onClick={() => void decide('rejected')}
        >
          {t('approvals.reject', { reference })}
        </Button>
      </div>
    </div>
  );
}
