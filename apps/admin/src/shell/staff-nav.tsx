import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { type Role } from '../auth/roles';
import { navItemsFor } from './navigation';

/** The items this role may use, and nothing else. */
export function StaffNav({ role }: { role: Role }) {
  const { t } = useTranslation();
  return (
    <ul className="admin-nav">
      {navItemsFor(role).map((item) => (
        <li key={item.key}>
          {/* Only Home matches exactly: a loan or a course session keeps its section current. */}
          <NavLink
            to={item.path === '' ? '/' : `/${item.path}`}
            end={item.path === ''}
            className="admin-nav__link"
          >
            <span>{t(`nav.${item.key}`)}</span>
          </NavLink>
        </li>
      ))}
    </ul>
  );
}
