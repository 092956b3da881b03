import { EmptyState, Page } from '@revolve/ui';
import { useTranslation } from 'react-i18next';
import { Link, useMatches } from 'react-router';
import { type NavItem } from '../shell/navigation';
import { useMe } from '../shell/use-me';

export interface ComingSoonHandle {
  navItem: NavItem;
}

/** A menu destination whose screen is not built yet; refuses roles the item is not for. */
export function ComingSoonPage() {
  const { t } = useTranslation();
  const me = useMe();
  const handle = useMatches().at(-1)?.handle as ComingSoonHandle | undefined;
  const item = handle?.navItem;
  if (!item || !(item.roles as readonly string[]).includes(me.role)) {
    return (
      <Page title={t('forbidden.title')} titleSuffix={t('app.name')}>
        <p>{t('forbidden.body')}</p>
        <Link to="/">{t('forbidden.home')}</Link>
      </Page>
    );
  }
  return (
    <Page title={t(`nav.${item.key}`)} titleSuffix={t('app.name')}>
      <EmptyState title={t('comingSoon.title')}>
        <p>{t('comingSoon.body')}</p>
      </EmptyState>
    </Page>
  );
}
