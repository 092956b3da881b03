import { useQuery } from '@apollo/client/react';
import { EmptyState, ErrorState, LoadingState, Page } from '@revolve/ui';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CourseT, useCourseMessages, useCourseT } from './course-messages';
import { COURSES_QUERY, courseLanguage, type CoursesData } from './courses-query';
import { EnrollmentCard } from './enrollment-card';
import { isActive, orderEnrollments } from './enrollment-status';
import { orderSessions } from './order-sessions';
import { SessionCard } from './session-card';
import { todayInBaku } from './today-in-baku';

/** Courses: my places first, then sessions in my district, then elsewhere; sign up and cancel. */
export function CoursesPage() {
  const { t } = useTranslation();
  const messages = useCourseMessages();
  return (
    <Page title={t('nav.courses')} titleSuffix={t('app.name')}>
      {messages.state === 'ready' ? (
        <CourseT.Provider value={messages.t}>
          <Courses />
        </CourseT.Provider>
      ) : messages.state === 'failed' ? (
        <ErrorState
          title={t('home.errorTitle')}
          message={t('home.errorBody')}
          retryLabel={t('home.retry')}
          onRetry={messages.retry}
        />
      ) : (
        <LoadingState label={t('app.loading')} />
      )}
    </Page>
  );
}

function Courses() {
  const t = useCourseT();
  const { i18n } = useTranslation();
  // Fixed for the screen's life, so that refetches reuse the same variables.
  const from = useMemo(() => todayInBaku(), []);
  const { data, loading, error, refetch } = useQuery(COURSES_QUERY, {
    variables: { from, language: courseLanguage(i18n.language) },
    notifyOnNetworkStatusChange: true,
  });
  if (loading && !data) return <LoadingState label={t('courses.loading')} />;
  if (error || !data) {
    return (
      <ErrorState
        title={t('courses.errorTitle')}
        message={t('courses.errorBody')}
        retryLabel={t('courses.retry')}
        retrying={loading}
        onRetry={() => void refetch().catch(() => undefined)}
      />
    );
  }
  return (
    <>
      <p>{t('courses.intro')}</p>
      <MyCourses data={data} />
      <Sessions data={data} />
    </>
  );
}

function MyCourses({ data }: { data: CoursesData }) {
  const t = useCourseT();
  const id = useId();
  const enrollments = orderEnrollments(data.myEnrollments);
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{t('courses.myHeading')}</h2>
      {enrollments.length === 0 ? (
        <p>{t('courses.myNone')}</p>
      ) : (
        <ul className="pt-list">
          {enrollments.map((enrollment) => (
            <EnrollmentCard key={enrollment.id} enrollment={enrollment} />
          ))}
        </ul>
      )}
    </section>
  );
}

function Sessions({ data }: { data: CoursesData }) {
  const t = useCourseT();
  const nearId = useId();
  const elsewhereId = useId();
  const district = data.me?.beneficiary?.district ?? null;
  const { near, elsewhere } = orderSessions(data.courseSessions, district?.id ?? null);
  const held = new Map(
    data.myEnrollments.filter(isActive).map((enrollment) => [enrollment.session.id, enrollment]),
  );
  const list = (sessions: typeof near) => (
    <ul className="pt-list">
      {sessions.map((session) => (
        <SessionCard key={session.id} session={session} enrollment={held.get(session.id)} />
      ))}
    </ul>
  );

  if (near.length === 0 && elsewhere.length === 0) {
    return (
      <EmptyState title={t(district ? 'courses.noneNearTitle' : 'courses.noneAnywhereTitle')}>
        <p>{t('courses.noneAnywhereBody')}</p>
      </EmptyState>
    );
  }
  return (
    <>
      {district && (
        <section aria-labelledby={nearId}>
          <h2 id={nearId}>{t('courses.nearHeading', { district: district.name })}</h2>
          {near.length === 0 ? (
            <EmptyState title={t('courses.noneNearTitle')}>
              <p>{t('courses.noneNearBody')}</p>
            </EmptyState>
          ) : (
            list(near)
          )}
        </section>
      )}
      {elsewhere.length > 0 && (
        <section aria-labelledby={elsewhereId}>
          <h2 id={elsewhereId}>
            {t(district ? 'courses.elsewhereHeading' : 'courses.allHeading')}
          </h2>
          {list(elsewhere)}
        </section>
      )}
    </>
  );
}
