import { useMutation } from '@apollo/client/react';
import { Button, TextField } from '@revolve/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionProblem } from './action-problem';
import { WRITE_OFF_LOAN_MUTATION } from './loan-documents';
import { useLoanAction } from './use-loan-action';

/** Writes off what is left; the reason is required and goes into the loan's history. */
export function WriteOffForm({ loanId, onDone }: { loanId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [writeOff, writing] = useMutation(WRITE_OFF_LOAN_MUTATION);
  const action = useLoanAction(['reason']);
  const label = t('loan.writeOff.reason');
  const problem = reason.trim().length < 5 ? t('loan.writeOff.reasonProblem') : null;
  const error =
    submitted && problem
      ? `${label}: ${problem}`
      : action.byField.reason
        ? `${label}: ${action.byField.reason}`
        : null;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(true);
    if (problem) {
      document.getElementById('write-off-reason')?.focus();
      return;
    }
    const ok = await action.run(async () => {
      const p = (await writeOff({ variables: { input: { loanId, reason: reason.trim() } } })).data
        ?.writeOffLoan;
      return p && { ok: Boolean(p.loan), userErrors: p.userErrors };
    });
    if (ok) onDone();
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby="write-off-heading">
      <h3 id="write-off-heading">{t('loan.writeOff.title')}</h3>
      <p>{t('loan.writeOff.explained')}</p>
      <ActionProblem general={action.general} unreachable={action.unreachable} />
      <TextField
        id="write-off-reason"
        label={label}
        required
        autoComplete="off"
        value={reason}
        error={error}
        onChange={(e) => {
          setReason(e.target.value);
          action.clear('reason');
        }}
      />
      <Button type="submit" variant="danger" busy={writing.loading} busyLabel={t('users.saving')}>
        {t('loan.writeOff.submit')}
      </Button>
    </form>
  );
}
