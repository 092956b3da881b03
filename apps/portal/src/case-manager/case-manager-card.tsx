import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_MANAGER_QUERY, groupPhone } from './case-manager-query';

/**
 * My case manager: name, phone and a button that calls them. Until it loads, or when none is
 * assigned, it says how else to reach them rather than showing nothing.
 */
export function CaseManagerCard({ quietWhileLoading = false }: { quietWhileLoading?: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const { data, loading } = useQuery(CASE_MANAGER_QUERY);
  const manager = data?.myCaseManager;
  // Below other content (home), it appears once, complete, instead of changing size.
  if (quietWhileLoading && loading && !data) return null;
  return (
    <section className="pt-card" aria-labelledby={`${id}-cm`}>
      <h2 id={`${id}-cm`}>{t('myData.contactHeading')}</h2>
      {manager ? (
        <>
          <p>
            <strong>{manager.name}</strong>
          </p>
          {manager.phone && (
            <>
              <p>{groupPhone(manager.phone)}</p>
              <a className="pt-link" href={`tel:${manager.phone}`}>
                {t('caseManager.call', { name: manager.name })}
              </a>
            </>
          )}
        </>
      ) : (
        <p>{t('myData.contactText')}</p>
      )}
    </section>
  );
}
