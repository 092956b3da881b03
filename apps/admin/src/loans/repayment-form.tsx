import { useMutation } from '@apollo/client/react';
import { isDomainError, parseDecimal, todayIn } from '@revolve/domain';
import { Button, TextField } from '@revolve/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionProblem } from './action-problem';
import { type Currency, RECORD_REPAYMENT_MUTATION } from './loan-documents';
import { newIdempotencyKey } from './new-idempotency-key';
import { useLoanAction } from './use-loan-action';

/**
 * Records money received. The idempotency key is made once per form: a double click or a retry
 * after a lost answer sends the same key, and the API records the repayment once.
 */
export function RepaymentForm({
  loanId,
  currency,
  onDone,
}: {
  loanId: string;
  currency: Currency;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [key] = useState(newIdempotencyKey);
  const [amount, setAmount] = useState('');
  const [paidOn, setPaidOn] = useState(() => todayIn());
  const [submitted, setSubmitted] = useState(false);
  const [record, recording] = useMutation(RECORD_REPAYMENT_MUTATION);
  const action = useLoanAction(['amount', 'paidOn']);

  let amountProblem: string | null = null;
  if (amount.trim() === '') amountProblem = t('application.problems.required');
  else
    try {
      if (parseDecimal(amount.trim(), currency).amount <= 0n)
        amountProblem = t('loan.repayment.positive');
    } catch (e) {
      amountProblem = isDomainError(e) ? e.message : String(e);
    }
  const dateProblem = /^\d{4}-\d{2}-\d{2}$/.test(paidOn)
    ? null
    : t('application.problems.required');
  const amountLabel = t('loan.repayment.amount', { currency });
  const amountError =
    (submitted || amount !== '') && amountProblem
      ? `${amountLabel}: ${amountProblem}`
      : action.byField.amount
        ? `${amountLabel}: ${action.byField.amount}`
        : null;
  const dateError =
    submitted && dateProblem
      ? `${t('loan.repayment.paidOn')}: ${dateProblem}`
      : action.byField.paidOn
        ? `${t('loan.repayment.paidOn')}: ${action.byField.paidOn}`
        : null;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(true);
    if (amountProblem || dateProblem) {
      document.getElementById(amountProblem ? 'repayment-amount' : 'repayment-paidOn')?.focus();
      return;
    }
    const ok = await action.run(async () => {
      const p = (
        await record({
          variables: {
            input: {
              loanId,
              amount: { amount: amount.trim(), currency },
              paidOn,
              idempotencyKey: key,
            },
          },
        })
      ).data?.recordRepayment;
      return p && { ok: Boolean(p.repayment), userErrors: p.userErrors };
    });
    if (ok) onDone();
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby="repayment-heading">
      <h3 id="repayment-heading">{t('loan.repayment.title')}</h3>
      <ActionProblem general={action.general} unreachable={action.unreachable} />
      <div className="admin-row">
        <TextField
          id="repayment-amount"
          label={amountLabel}
          inputMode="decimal"
          autoComplete="off"
          required
          value={amount}
          error={amountError}
          onChange={(e) => {
            setAmount(e.target.value);
            action.clear('amount');
          }}
        />
        <TextField
          id="repayment-paidOn"
          label={t('loan.repayment.paidOn')}
          type="date"
          required
          value={paidOn}
          error={dateError}
          onChange={(e) => {
            setPaidOn(e.target.value);
            action.clear('paidOn');
          }}
        />
      </div>
      <Button
        type="submit"
        busy={recording.loading}
        busyLabel={t('users.saving')}
        disabled={recording.loading}
      >
        {t('loan.repayment.submit')}
      </Button>
    </form>
  );
}
