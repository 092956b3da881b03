import { useMutation } from '@apollo/client/react';
import {
  calculateSchedule,
  formatDecimal,
  isDomainError,
  parseDecimal,
  type ScheduledInstalment,
  todayIn,
} from '@revolve/domain';
import { Button, TextField } from '@revolve/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../forms/select-field';
import { ActionProblem } from './action-problem';
import { type MoneyValue, RESCHEDULE_LOAN_MUTATION } from './loan-documents';
import { ScheduleTable } from './schedule-table';
import { useLoanAction } from './use-loan-action';

const REASONS = ['ILLNESS', 'INJURY', 'BUSINESS_LOSS', 'OTHER'] as const;

/** Hardship rescheduling: a new term and grace for the unpaid principal, previewed first. */
export function RescheduleForm({
  loanId,
  outstanding,
  onDone,
}: {
  loanId: string;
  outstanding: MoneyValue;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [term, setTerm] = useState('');
  const [grace, setGrace] = useState('0');
  const [note, setNote] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [reschedule, saving] = useMutation(RESCHEDULE_LOAN_MUTATION);
  const action = useLoanAction(['reason', 'termMonths', 'graceMonths']);

  const problems: Record<string, string | null> = {
    reason: reason ? null : t('application.problems.required'),
    termMonths: /^\d+$/.test(term.trim()) ? null : t('application.problems.wholeNumber'),
    graceMonths: /^\d+$/.test(grace.trim()) ? null : t('application.problems.wholeNumber'),
  };
  let preview: ScheduledInstalment[] | null = null;
  if (!problems.termMonths && !problems.graceMonths) {
    try {
      preview = calculateSchedule({
        principal: parseDecimal(outstanding.amount, outstanding.currency),
        termMonths: Number(term),
        graceMonths: Number(grace),
        disbursedOn: todayIn(),
      });
    } catch (e) {
      if (!isDomainError(e)) throw e;
      const field = e.field?.[0] === 'graceMonths' ? 'graceMonths' : 'termMonths';
      problems[field] = e.message;
    }
  }
  const label = (f: string) => t(`loan.reschedule.${f}`);
  const errorFor = (f: string) => {
    const p = (submitted || (f !== 'reason' && term !== '')) && problems[f];
    if (p) return `${label(f)}: ${p}`;
    return action.byField[f] ? `${label(f)}: ${action.byField[f]}` : null;
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(true);
    const first = ['reason', 'termMonths', 'graceMonths'].find((f) => problems[f]);
    if (first) {
      document.getElementById(`reschedule-${first}`)?.focus();
      return;
    }
    const ok = await action.run(async () => {
      const input = {
        loanId,
        reason,
        termMonths: Number(term),
        graceMonths: Number(grace),
        note: note.trim() || null,
      };
      const p = (await reschedule({ variables: { input } })).data?.rescheduleLoan;
      return p && { ok: Boolean(p.loan), userErrors: p.userErrors };
    });
    if (ok) onDone();
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby="reschedule-heading">
      <h3 id="reschedule-heading">{t('loan.reschedule.title')}</h3>
      <ActionProblem general={action.general} unreachable={action.unreachable} />
      <SelectField
        id="reschedule-reason"
        label={label('reason')}
        required
        placeholder={t('register.choose')}
        options={REASONS.map((r) => ({ value: r, label: t(`loan.hardship.${r}`) }))}
        value={reason}
        error={errorFor('reason')}
        onChange={(e) => setReason(e.target.value)}
      />
      <div className="admin-row">
        <TextField
          id="reschedule-termMonths"
          label={label('termMonths')}
          inputMode="numeric"
          required
          value={term}
          error={errorFor('termMonths')}
          onChange={(e) => setTerm(e.target.value)}
        />
        <TextField
          id="reschedule-graceMonths"
          label={label('graceMonths')}
          inputMode="numeric"
          value={grace}
          error={errorFor('graceMonths')}
          onChange={(e) => setGrace(e.target.value)}
        />
      </div>
      <TextField
        id="reschedule-note"
        label={label('note')}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      {preview && (
        <ScheduleTable
          caption={t('loan.reschedule.preview')}
          currency={outstanding.currency}
          rows={preview.map((i) => ({
            number: i.number,
            dueDate: i.dueDate,
            principalDue: formatDecimal(i.principalDue),
          }))}
        />
      )}
      <Button type="submit" busy={saving.loading} busyLabel={t('users.saving')}>
        {t('loan.reschedule.submit')}
      </Button>
    </form>
  );
}
