import { useMutation } from '@apollo/client/react';
import { isCalendarDate, todayIn } from '@revolve/domain';
import { Button, TextField } from '@revolve/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionProblem } from './action-problem';
import { DISBURSE_LOAN_MUTATION } from './loan-documents';
import { useLoanAction } from './use-loan-action';

/** Pays out an approved loan; the schedule counts from this date. */
export function DisburseForm({ loanId, onDone }: { loanId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [date, setDate] = useState(() => todayIn());
  const [submitted, setSubmitted] = useState(false);
  const [disburse, disbursing] = useMutation(DISBURSE_LOAN_MUTATION);
  const action = useLoanAction(['disbursedOn']);
  const label = t('loan.disburse.date');
  const problem = isCalendarDate(date) ? null : t('loan.disburse.dateProblem');
  const error =
    submitted && problem
      ? `${label}: ${problem}`
      : action.byField.disbursedOn
        ? `${label}: ${action.byField.disbursedOn}`
        : null;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(true);
    if (problem) {
      document.getElementById('disburse-date')?.focus();
      return;
    }
    const ok = await action.run(async () => {
      const p = (await disburse({ variables: { input: { loanId, disbursedOn: date } } })).data
        ?.disburseLoan;
      return p && { ok: Boolean(p.loan), userErrors: p.userErrors };
    });
    if (ok) onDone();
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby="disburse-heading">
      <h3 id="disburse-heading">{t('loan.disburse.title')}</h3>
      <ActionProblem general={action.general} unreachable={action.unreachable} />
      <TextField
        id="disburse-date"
        label={label}
        type="date"
        required
        value={date}
        error={error}
        onChange={(e) => {
          setDate(e.target.value);
          action.clear('disbursedOn');
        }}
      />
      <Button type="submit" busy={disbursing.loading} busyLabel={t('users.saving')}>
        {t('loan.disburse.submit')}
      </Button>
    </form>
  );
}
