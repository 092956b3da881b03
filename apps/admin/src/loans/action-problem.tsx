import { ErrorState } from '@revolve/ui';
import { useTranslation } from 'react-i18next';

/** What the API refused that no field owns, or that it could not be reached. */
export function ActionProblem({
  general,
  unreachable,
}: {
  general: string | null;
  unreachable: boolean;
}) {
  const { t } = useTranslation();
  if (!general && !unreachable) return null;
  return (
    <ErrorState
      title={t('loan.actionFailed')}
      message={unreachable ? t('users.networkError') : (general ?? '')}
    />
  );
}
