import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

/** The signed-in screens, one tap each; the current one is marked for screen readers too. */
export function SignedInNav() {
  const { t } = useTranslation();
  const links = [
    { to: '/', label: t('nav.home') },
    { to: '/schedule', label: t('nav.schedule') },
    { to: '/courses', label: t('nav.courses') },
    { to: '/my-data', label: t('nav.myData') },
  ];
  return (
    <nav className="pt-nav" aria-label={t('nav.label')}>
      <ul>
        {links.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end>
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
