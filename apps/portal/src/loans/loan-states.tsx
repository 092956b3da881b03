import { EmptyState, ErrorState, LoadingState } from '@revolve/ui';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../intl-locale';
import { currentLoan } from './current-loan';
import { type LoanData } from './my-loans-query';
import { useMyLoans } from './use-my-loans';

export interface WithCurrentLoanProps {
  children: (loan: LoanData) => ReactNode;
  /** Shown below once the loan has loaded (or failed), never while it loads. */
  after?: ReactNode;
}

/**
 * The states every loan screen shares: loading, error with retry, no loan yet, and the
 * "these figures are from …" note when they come from the phone because the line is down.
 */
export function WithCurrentLoan({ children, after }: WithCurrentLoanProps) {
  const { t, i18n } = useTranslation();
  const { data, loading, error, savedAt, refetch } = useMyLoans();
  if (loading && !data) return <LoadingState label={t('loan.loading')} />;
  if (error || !data) {
    return (
      <>
        <ErrorState
          title={t('loan.errorTitle')}
          message={t('loan.errorBody')}
          retryLabel={t('loan.retry')}
          onRetry={refetch}
        />
        {after}
      </>
    );
  }
  const loan = currentLoan(data.myLoans);
  return (
    <>
      {savedAt && (
        <p className="pt-note" role="status">
          {t('loan.savedAt', { when: formatInstant(savedAt, i18n.language) })}{' '}
          <button type="button" className="rv-button rv-button--link" onClick={refetch}>
            {t('loan.retry')}
          </button>
        </p>
      )}
      {loan ? (
        children(loan)
      ) : (
        <EmptyState title={t('loan.noneTitle')}>
          <p>{t('loan.noneBody')}</p>
        </EmptyState>
      )}
      {after}
    </>
  );
}
