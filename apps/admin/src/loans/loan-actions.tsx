import { Button } from '@revolve/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../shell/use-me';
import { DecisionForm } from './decision-form';
import { DisburseForm } from './disburse-form';
import { type LoanDetail } from './loan-documents';
import { RepaymentForm } from './repayment-form';
import { RescheduleForm } from './reschedule-form';
import { WithdrawForm } from './withdraw-form';
import { WriteOffForm } from './write-off-form';

type Action = 'decide' | 'withdraw' | 'disburse' | 'repay' | 'reschedule' | 'writeOff';

/** Who may do what to a loan in its state, as the API allows it. */
export function availableActions(role: string, status: LoanDetail['status']): Action[] {
  const servicer = role === 'ADMIN' || role === 'CASE_MANAGER';
  const actions: Action[] = [];
  if (status === 'SUBMITTED' && role === 'APPROVER') actions.push('decide');
  if (status === 'SUBMITTED' && servicer) actions.push('withdraw');
  if (status === 'APPROVED' && servicer) actions.push('disburse');
  if (status === 'ACTIVE' && servicer) actions.push('repay');
  if (status === 'ACTIVE' && role === 'APPROVER') actions.push('reschedule');
  if (status === 'ACTIVE' && (role === 'APPROVER' || role === 'ADMIN')) actions.push('writeOff');
  return actions;
}

export function LoanActions({
  loan,
  onDone,
}: {
  loan: LoanDetail;
  onDone: (notice: string) => void;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const actions = availableActions(me.role, loan.status);
  const [open, setOpen] = useState<Action | null>(null);
  // A new form (and so a new idempotency key) for each repayment.
  const [round, setRound] = useState(0);
  if (actions.length === 0) return null;
  const finish = (notice: string) => {
    setOpen(null);
    setRound((r) => r + 1);
    onDone(notice);
  };
  return (
    <section className="admin-section no-print" aria-labelledby="actions-heading">
      <h2 id="actions-heading">{t('loan.actions')}</h2>
      <div className="admin-row">
        {actions.map((a) => (
          <Button
            key={a}
            variant={open === a ? 'primary' : 'secondary'}
            aria-expanded={open === a}
            onClick={() => setOpen(open === a ? null : a)}
          >
            {t(`loan.actionNames.${a}`)}
          </Button>
        ))}
      </div>
      <div className="admin-panel-slot">
        {open === 'decide' && (
          <DecisionForm
            loanId={loan.id}
            reference={loan.reference}
            onDone={(d) => finish(t(`approvals.${d}`, { reference: loan.reference }))}
          />
        )}
        {open === 'withdraw' && (
          <WithdrawForm
            loanId={loan.id}
            reference={loan.reference}
            onDone={() => finish(t('loan.withdraw.done', { reference: loan.reference }))}
            onCancel={() => setOpen(null)}
          />
        )}
        {open === 'disburse' && (
          <DisburseForm loanId={loan.id} onDone={() => finish(t('loan.disburse.done'))} />
        )}
        {open === 'repay' && (
          <RepaymentForm
            key={round}
            loanId={loan.id}
            currency={loan.principal.currency}
            onDone={() => finish(t('loan.repayment.done'))}
          />
        )}
        {open === 'reschedule' && (
          <RescheduleForm
            loanId={loan.id}
            outstanding={loan.outstanding}
            onDone={() => finish(t('loan.reschedule.done'))}
          />
        )}
        {open === 'writeOff' && (
          <WriteOffForm loanId={loan.id} onDone={() => finish(t('loan.writeOff.done'))} />
        )}
      </div>
    </section>
  );
}
