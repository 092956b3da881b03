import { LoadingState } from '@revolve/ui';
import { useTranslation } from 'react-i18next';

/** Shown while a lazily loaded screen arrives. */
export function RouteLoading() {
  const { t } = useTranslation();
  return <LoadingState label={t('app.loading')} />;
}
