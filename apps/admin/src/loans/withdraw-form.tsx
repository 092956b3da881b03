import { useMutation } from '@apollo/client/react';
import { ConfirmPanel } from '@revolve/ui';
import { useTranslation } from 'react-i18next';
import { ActionProblem } from './action-problem';
import { WITHDRAW_APPLICATION_MUTATION } from './loan-documents';
import { useLoanAction } from './use-loan-action';

/** Takes an application back before the committee decides; nothing to fill in, only to confirm. */
export function WithdrawForm({
  loanId,
  reference,
  onDone,
  onCancel,
}: {
  loanId: string;
  reference: string;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [withdraw, withdrawing] = useMutation(WITHDRAW_APPLICATION_MUTATION);
  const action = useLoanAction([]);
  const yes = async () => {
    const ok = await action.run(async () => {
      const p = (await withdraw({ variables: { input: { loanId } } })).data
        ?.withdrawLoanApplication;
      return p && { ok: Boolean(p.loan), userErrors: p.userErrors };
    });
    if (ok) onDone();
  };
  return (
    <div>
      <ActionProblem general={action.general} unreachable={action.unreachable} />
      <ConfirmPanel
        question={t('loan.withdraw.question', { reference })}
        yesLabel={t('loan.withdraw.yes')}
        noLabel={t('loan.withdraw.no')}
        yesVariant="danger"
        busy={withdrawing.loading}
        busyLabel={t('users.saving')}
        onYes={() => void yes()}
        onNo={onCancel}
      />
    </div>
  );
}
