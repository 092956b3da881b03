import { useMutation } from '@apollo/client/react';
import { Button, ConfirmPanel, formatDate, formatMoney, TextField } from '@revolve/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionProblem } from './action-problem';
import { type LoanDetail, REVERSE_REPAYMENT_MUTATION } from './loan-documents';
import { useLoanAction } from './use-loan-action';

type Repayment = LoanDetail['repayments'][number];

/**
 * Reverses a repayment entered by mistake: a reason (kept in the loan's history), then an
 * explicit yes. The API books a reversing entry; the repayment stays listed, marked reversed.
 */
export function ReverseRepaymentForm({
  repayment,
  onDone,
  onCancel,
}: {
  repayment: Repayment;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [reason, setReason] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [reverse, reversing] = useMutation(REVERSE_REPAYMENT_MUTATION);
  const action = useLoanAction(['reason']);
  const label = t('loan.reverse.reason');
  const problem = reason.trim() === '' ? t('loan.reverse.reasonProblem') : null;
  const error =
    submitted && problem
      ? `${label}: ${problem}`
      : action.byField.reason
        ? `${label}: ${action.byField.reason}`
        : null;
  const what = {
    amount: formatMoney(repayment.amount.amount, repayment.amount.currency, i18n.language),
    date: formatDate(repayment.paidOn, i18n.language),
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(true);
    if (problem) document.getElementById('reverse-reason')?.focus();
    else setConfirming(true);
  };
  const yes = async () => {
    const ok = await action.run(async () => {
      const p = (
        await reverse({
          variables: { input: { repaymentId: repayment.id, reason: reason.trim() } },
        })
      ).data?.reverseRepayment;
      return p && { ok: Boolean(p.repayment), userErrors: p.userErrors };
    });
    setConfirming(false);
    if (ok) onDone();
    else requestAnimationFrame(() => document.getElementById('reverse-reason')?.focus());
  };

  return (
    <form noValidate onSubmit={submit} aria-labelledby="reverse-heading">
      <h3 id="reverse-heading">{t('loan.reverse.title', what)}</h3>
      <p>{t('loan.reverse.explained')}</p>
      <ActionProblem general={action.general} unreachable={action.unreachable} />
      <TextField
        id="reverse-reason"
        label={label}
        required
        autoComplete="off"
        value={reason}
        error={error}
        onChange={(e) => {
          setReason(e.target.value);
          setConfirming(false);
          action.clear('reason');
        }}
      />
      {confirming ? (
        <ConfirmPanel
          question={t('loan.reverse.question', what)}
          yesLabel={t('loan.reverse.yes')}
          noLabel={t('loan.reverse.no')}
          yesVariant="danger"
          busy={reversing.loading}
          busyLabel={t('users.saving')}
          onYes={() => void yes()}
          onNo={() => setConfirming(false)}
        />
      ) : (
        <div className="admin-row">
          <Button type="submit" variant="danger">
            {t('loan.reverse.submit')}
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            {t('loan.reverse.no')}
          </Button>
        </div>
      )}
    </form>
  );
}
