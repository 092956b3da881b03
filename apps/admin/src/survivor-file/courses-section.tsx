import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { DateText, ErrorState, LoadingState } from '@revolve/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiLanguage, type EnrollmentStatus, type Language } from '../courses/course-documents';

interface FileEnrollment {
  __typename?: 'Enrollment';
  id: string;
  status: EnrollmentStatus;
  waitlistPosition: number | null;
  certificateNumber: string | null;
  session: {
    __typename?: 'CourseSession';
    id: string;
    startsOn: string;
    course: { __typename?: 'Course'; id: string; title: string };
    district: { __typename?: 'District'; id: string; name: string };
  };
}

export const SURVIVOR_COURSES_QUERY: TypedDocumentNode<
  { beneficiary: { __typename?: 'Beneficiary'; id: string; enrollments: FileEnrollment[] } | null },
  { id: string; language: Language }
> = gql`
  query AdminSurvivorCourses($id: ID!, $language: Language!) {
    beneficiary(id: $id) {
      id
      enrollments {
        id
        status
        waitlistPosition
        certificateNumber
        session {
          id
          startsOn
          course {
            id
            title(language: $language)
          }
          district {
            id
            name
          }
        }
      }
    }
  }
`;

/** The survivor's course places: where they are enrolled or waiting, and certificates earned. */
export function CoursesSection({ beneficiaryId }: { beneficiaryId: string }) {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(SURVIVOR_COURSES_QUERY, {
    variables: { id: beneficiaryId, language: apiLanguage(i18n.language) },
  });
  const enrollments = data?.beneficiary?.enrollments ?? [];
  let body;
  if (error)
    body = (
      <ErrorState
        title={t('courses.fileError')}
        message={t('survivors.errorBody')}
        retryLabel={t('survivors.retry')}
        onRetry={() => void refetch().catch(() => undefined)}
      />
    );
  else if (loading && !data) body = <LoadingState label={t('courses.loading')} />;
  else if (enrollments.length === 0) body = <p className="admin-muted">{t('courses.fileNone')}</p>;
  else
    body = (
      <ul>
        {enrollments.map((e) => (
          <li key={e.id}>
            <Link to={`/courses/${e.session.id}`}>{e.session.course.title}</Link>,{' '}
            {e.session.district.name},{' '}
            <DateText value={e.session.startsOn} locale={i18n.language} dateStyle="medium" />:{' '}
            {e.status === 'WAITLISTED'
              ? t('courses.waitlisted', { n: e.waitlistPosition ?? 0 })
              : t(`courses.statuses.${e.status}`)}
            {e.certificateNumber && (
              <> · {t('courses.certificateNo', { n: e.certificateNumber })}</>
            )}
          </li>
        ))}
      </ul>
    );
  return (
    <section className="admin-section" aria-labelledby="file-courses-heading">
      <h2 id="file-courses-heading">{t('courses.fileTitle')}</h2>
      {body}
      <p>
        <Link to="/courses">{t('courses.fileFind')}</Link>
      </p>
    </section>
  );
}
