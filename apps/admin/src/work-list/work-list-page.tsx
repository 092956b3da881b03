import { useQuery } from '@apollo/client/react';
import { DateText, Page } from '@revolve/ui';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiLanguage } from '../courses/course-documents';
import { QueryStates } from '../shell/query-states';
import { RequireRole } from '../shell/require-role';
import { WORK_LIST_QUERY, type WorkListData } from './work-list-documents';

export function WorkListPage() {
  return (
    <RequireRole roles={['CASE_MANAGER', 'ADMIN']}>
      <WorkList />
    </RequireRole>
  );
}

function WorkList() {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(WORK_LIST_QUERY, {
    variables: { language: apiLanguage(i18n.language) },
  });
  return (
    <Page title={t('work.title')} titleSuffix={t('app.name')}>
      <p>{t('work.intro')}</p>
      <QueryStates
        error={error}
        loading={loading}
        data={data?.workList}
        isEmpty={(w) =>
          w.followUps.length + w.loansInArrears.edges.length + w.waitlisted.length === 0
        }
        errorTitle={t('work.errorTitle')}
        loadingLabel={t('work.loading')}
        emptyTitle={t('work.empty')}
        onRetry={refetch}
      >
        {(w) => <Lists work={w} />}
      </QueryStates>
    </Page>
  );
}

type Work = WorkListData['workList'];

function Lists({ work }: { work: Work }) {
  const { t, i18n } = useTranslation();
  const who = (b: { id: string; code: string; fullName: string | null }) => (
    <Link to={`/beneficiaries/${b.id}`}>
      {b.code} {b.fullName ?? ''}
    </Link>
  );
  return (
    <>
      <Part id="follow-ups" count={work.followUps.length}>
        {work.followUps.map((f) => (
          <li key={f.caseNote.id}>
            {who(f.beneficiary)}:{' '}
            {t(`work.kinds.${f.caseNote.kind}`, { defaultValue: f.caseNote.kind })}, {t('work.due')}{' '}
            <DateText value={f.dueOn} locale={i18n.language} dateStyle="medium" />
            {f.overdue && <strong> ({t('work.overdue', { days: f.daysOverdue })})</strong>}
          </li>
        ))}
      </Part>
      <Part id="arrears" count={work.loansInArrears.edges.length}>
        {work.loansInArrears.edges.map(({ node: l }) => (
          <li key={l.id}>
            <Link to={`/loans/${l.id}`}>{l.reference}</Link>, {who(l.beneficiary)}:{' '}
            {t('loan.daysPastDue', { days: l.daysPastDue })}
          </li>
        ))}
      </Part>
      <Part id="waitlists" count={work.waitlisted.length}>
        {work.waitlisted.map((e) => (
          <li key={e.id}>
            {who(e.beneficiary)}:{' '}
            <Link to={`/courses/${e.session.id}`}>{e.session.course.title}</Link>,{' '}
            {e.session.district.name}, {t('courses.waitlisted', { n: e.waitlistPosition ?? 0 })}
          </li>
        ))}
      </Part>
    </>
  );
}

function Part({ id, count, children }: { id: string; count: number; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <section className="admin-section" aria-labelledby={`work-${id}`}>
      <h2 id={`work-${id}`}>{t(`work.parts.${id}`, { count })}</h2>
      {count === 0 ? <p className="admin-muted">{t('work.nothing')}</p> : <ul>{children}</ul>}
    </section>
  );
}
