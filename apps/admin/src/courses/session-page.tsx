import { useQuery } from '@apollo/client/react';
import { DateText, ErrorState, LoadingState, Page } from '@revolve/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { RequireRole } from '../shell/require-role';
import { AttendanceRegister } from './attendance-register';
import { apiLanguage, SESSION_QUERY, type SessionDetail } from './course-documents';
import { EnrollForm } from './enroll-form';
import { EnrollmentsSection } from './enrollments-section';

export function SessionPage() {
  return (
    <RequireRole roles={['ADMIN', 'CASE_MANAGER']}>
      <SessionScreen />
    </RequireRole>
  );
}

function SessionScreen() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const [notice, setNotice] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(SESSION_QUERY, {
    variables: { id, language: apiLanguage(i18n.language) },
  });
  const session = data?.courseSession;
  if (loading && !data) return <LoadingState label={t('courses.loadingSession')} />;
  if (error)
    return (
      <Page title={t('courses.sessionErrorTitle')} titleSuffix={t('app.name')}>
        <ErrorState
          title={t('courses.sessionErrorTitle')}
          message={t('survivors.errorBody')}
          retryLabel={t('survivors.retry')}
          onRetry={() => void refetch().catch(() => undefined)}
        />
      </Page>
    );
  if (!session)
    return (
      <Page title={t('courses.notFoundTitle')} titleSuffix={t('app.name')}>
        <p>{t('courses.notFoundBody')}</p>
        <Link to="/courses">{t('courses.back')}</Link>
      </Page>
    );
  const done = (message: string) => {
    setNotice(message);
    void refetch().catch(() => undefined);
  };
  return (
    <Page
      title={t('courses.sessionTitle', {
        course: session.course.title,
        district: session.district.name,
      })}
      titleSuffix={t('app.name')}
    >
      <p>
        <Link to="/courses">{t('courses.back')}</Link>
      </p>
      <div role="status">{notice && <p className="admin-notice">{notice}</p>}</div>
      <Facts session={session} locale={i18n.language} />
      <EnrollmentsSection session={session} onDone={done} />
      <EnrollForm session={session} onDone={done} />
      <AttendanceRegister session={session} onDone={done} />
    </Page>
  );
}

function Facts({ session, locale }: { session: SessionDetail; locale: string }) {
  const { t } = useTranslation();
  return (
    <section className="admin-section" aria-labelledby="session-facts">
      <h2 id="session-facts">{t('courses.facts')}</h2>
      <dl className="admin-dl">
        <dt>{t('courses.dates')}</dt>
        <dd>
          <DateText value={session.startsOn} locale={locale} /> –{' '}
          <DateText value={session.endsOn} locale={locale} />
        </dd>
        <dt>{t('courses.meetings')}</dt>
        <dd>{session.meetingDates.length}</dd>
        <dt>{t('courses.venue')}</dt>
        <dd>{session.venue ?? t('courses.notSet')}</dd>
        <dt>{t('courses.trainer')}</dt>
        <dd>{session.trainer ?? t('courses.notSet')}</dd>
        <dt>{t('courses.capacity')}</dt>
        <dd>{t('courses.seats', { capacity: session.capacity, left: session.seatsLeft })}</dd>
      </dl>
    </section>
  );
}
