import { Page } from '@revolve/ui';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type StaffRole } from '../auth/roles';
import { useMe } from './use-me';

/** Shows its children only to the given roles, even when the address was typed in. */
export function RequireRole({
  roles,
  children,
}: {
  roles: readonly StaffRole[];
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const me = useMe();
  if (!(roles as readonly string[]).includes(me.role)) {
    return (
      <Page title={t('forbidden.title')} titleSuffix={t('app.name')}>
        <p>{t('forbidden.body')}</p>
        <Link to="/">{t('forbidden.home')}</Link>
      </Page>
    );
  }
  return <>{children}</>;
}
