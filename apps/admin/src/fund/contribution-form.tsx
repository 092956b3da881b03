import { useMutation, useQuery } from '@apollo/client/react';
import { isCalendarDate, isDomainError, parseDecimal, todayIn } from '@revolve/domain';
import { Button, TextField } from '@revolve/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../forms/select-field';
import { ActionProblem } from '../loans/action-problem';
import { type Currency } from '../loans/loan-documents';
import { useLoanAction } from '../loans/use-loan-action';
import { DONORS_QUERY, RECORD_CONTRIBUTION_MUTATION } from './fund-documents';

const FIELDS = ['donorId', 'amount', 'exchangeRate', 'receivedOn'] as const;
type Field = (typeof FIELDS)[number];
const RATE = /^\d+(\.\d+)?$/;

/** A donor's contribution; one in another currency needs the rate it was converted at. */
export function ContributionForm({
  fundCurrency,
  onDone,
}: {
  fundCurrency: Currency;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const donors = useQuery(DONORS_QUERY);
  const [record, recording] = useMutation(RECORD_CONTRIBUTION_MUTATION, {
    refetchQueries: ['AdminFund'],
  });
  const [v, setV] = useState({
    donorId: '',
    amount: '',
    currency: 'USD' as Currency,
    exchangeRate: '',
    receivedOn: todayIn(),
  });
  const [submitted, setSubmitted] = useState(false);
  const action = useLoanAction(FIELDS);
  const needsRate = v.currency !== fundCurrency;

  const problems: Partial<Record<Field, string>> = {};
  if (!v.donorId) problems.donorId = t('application.problems.required');
  try {
    if (parseDecimal(v.amount.trim(), v.currency).amount <= 0n)
      problems.amount = t('loan.repayment.positive');
  } catch (e) {
    problems.amount =
      v.amount.trim() === ''
        ? t('application.problems.required')
        : isDomainError(e)
          ? e.message
          : String(e);
  }
  if (needsRate && !RATE.test(v.exchangeRate.trim())) problems.exchangeRate = t('fund.rateProblem');
  if (!isCalendarDate(v.receivedOn)) problems.receivedOn = t('loan.disburse.dateProblem');

  const label = (f: Field) => t(`fund.fields.${f}`);
  const errorFor = (f: Field) => {
    const p = submitted ? problems[f] : undefined;
    if (p) return `${label(f)}: ${p}`;
    return action.byField[f] ? `${label(f)}: ${action.byField[f]}` : null;
  };
  const set = (patch: Partial<typeof v>) => setV((s) => ({ ...s, ...patch }));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(true);
    const first = FIELDS.find((f) => problems[f]);
    if (first) {
      document.getElementById(`contribution-${first}`)?.focus();
      return;
    }
    const ok = await action.run(async () => {
      const p = (
        await record({
          variables: {
            input: {
              donorId: v.donorId,
              amount: { amount: v.amount.trim(), currency: v.currency },
              exchangeRate: needsRate ? v.exchangeRate.trim() : null,
              receivedOn: v.receivedOn,
              note: null,
            },
          },
        })
      ).data?.recordContribution;
      return p && { ok: Boolean(p.contribution), userErrors: p.userErrors };
    });
    if (ok) onDone();
  };

  const orgs = donors.data?.organizations ?? [];
  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby="contribution-heading">
      <h2 id="contribution-heading">{t('fund.recordTitle')}</h2>
      <ActionProblem general={action.general} unreachable={action.unreachable} />
      <SelectField
        id="contribution-donorId"
        label={label('donorId')}
        required
        placeholder={t('register.choose')}
        options={orgs
          .filter((o) => o.kind === 'DONOR')
          .map((o) => ({ value: o.id, label: o.name }))}
        value={v.donorId}
        error={errorFor('donorId')}
        onChange={(e) => set({ donorId: e.target.value })}
      />
      <div className="admin-row">
        <TextField
          id="contribution-amount"
          label={label('amount')}
          inputMode="decimal"
          required
          autoComplete="off"
          value={v.amount}
          error={errorFor('amount')}
          onChange={(e) => set({ amount: e.target.value })}
        />
        <SelectField
          id="contribution-currency"
          label={t('fund.fields.currency')}
          options={['USD', 'AZN'].map((c) => ({ value: c, label: c }))}
          value={v.currency}
          onChange={(e) => set({ currency: e.target.value as Currency })}
        />
        {needsRate && (
          <TextField
            id="contribution-exchangeRate"
            label={label('exchangeRate')}
            hint={t('fund.rateHint', { from: v.currency, to: fundCurrency })}
            inputMode="decimal"
            required
            autoComplete="off"
            value={v.exchangeRate}
            error={errorFor('exchangeRate')}
            onChange={(e) => set({ exchangeRate: e.target.value })}
          />
        )}
        <TextField
          id="contribution-receivedOn"
          label={label('receivedOn')}
          type="date"
          required
          value={v.receivedOn}
          error={errorFor('receivedOn')}
          onChange={(e) => set({ receivedOn: e.target.value })}
        />
      </div>
      <Button type="submit" busy={recording.loading} busyLabel={t('users.saving')}>
        {t('fund.recordSubmit')}
      </Button>
    </form>
  );
}
