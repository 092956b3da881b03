import { useQuery } from '@apollo/client/react';
import { DateText, Page } from '@revolve/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SelectField } from '../forms/select-field';
import { QueryStates } from '../shell/query-states';
import { RequireRole } from '../shell/require-role';
import { STAFF_DISTRICTS_QUERY } from '../survivors/districts-query';
import {
  apiLanguage,
  COURSES_QUERY,
  SESSIONS_QUERY,
  type SessionSummary,
} from './course-documents';

const ALL_DISTRICTS = 'ALL';

export function CoursesPage() {
  return (
    <RequireRole roles={['ADMIN', 'CASE_MANAGER']}>
      <Sessions />
    </RequireRole>
  );
}

function Sessions() {
  const { t, i18n } = useTranslation();
  const language = apiLanguage(i18n.language);
  const [courseId, setCourseId] = useState('');
  const [districtId, setDistrictId] = useState('');
  const districts = useQuery(STAFF_DISTRICTS_QUERY);
  const courses = useQuery(COURSES_QUERY, { variables: { language } });
  // A case manager starts with their own districts and may choose all; others start with all.
  const own = districts.data?.me?.districts ?? [];
  const filter =
    districtId === ALL_DISTRICTS
      ? {}
      : districtId
        ? { districtIds: [districtId] }
        : own.length
          ? { districtIds: own.map((d) => d.id) }
          : {};
  const { data, loading, error, refetch } = useQuery(SESSIONS_QUERY, {
    variables: { language, filter },
    // Until we know whose districts these are, any answer would be the wrong list.
    skip: districts.loading,
  });
  // The API filters by topic; a course is one topic, so the course filter is applied here.
  const sessions = (data?.courseSessions ?? []).filter(
    (s) => !courseId || s.course.id === courseId,
  );
  return (
    <Page title={t('nav.courses')} titleSuffix={t('app.name')}>
      <p>{t('courses.intro')}</p>
      <p>
        <Link to="/courses/new" className="rv-button rv-button--primary">
          {t('courses.newSession')}
        </Link>
      </p>
      <div className="admin-filters">
        <SelectField
          label={t('courses.course')}
          placeholder={t('courses.allCourses')}
          options={(courses.data?.courses ?? []).map((c) => ({ value: c.id, label: c.title }))}
          value={courseId}
          onChange={(e) => setCourseId(e.target.value)}
        />
        <SelectField
          label={t('courses.district')}
          placeholder={own.length ? t('coursesFilter.myDistricts') : t('courses.allDistricts')}
          options={[
            ...(own.length ? [{ value: ALL_DISTRICTS, label: t('courses.allDistricts') }] : []),
            ...(districts.data?.districts ?? []).map((d) => ({ value: d.id, label: d.name })),
          ]}
          value={districtId}
          onChange={(e) => setDistrictId(e.target.value)}
        />
      </div>
      <QueryStates
        error={error}
        loading={loading || districts.loading}
        data={data}
        isEmpty={() => sessions.length === 0}
        errorTitle={t('courses.errorTitle')}
        loadingLabel={t('courses.loading')}
        emptyTitle={t('courses.empty')}
        onRetry={refetch}
      >
        {() => <SessionTable sessions={sessions} />}
      </QueryStates>
    </Page>
  );
}

function SessionTable({ sessions }: { sessions: readonly SessionSummary[] }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="admin-table-wrap">
      <table className="admin-table">
        <caption className="admin-visually-hidden">{t('courses.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('courses.course')}</th>
            <th scope="col">{t('courses.district')}</th>
            <th scope="col">{t('courses.dates')}</th>
            <th scope="col">{t('courses.venue')}</th>
            <th scope="col">{t('courses.capacity')}</th>
            <th scope="col">{t('courses.seatsLeft')}</th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((s) => (
            <tr key={s.id}>
              <td>
                <Link to={`/courses/${s.id}`}>{s.course.title}</Link>
              </td>
              <td>{s.district.name}</td>
              <td className="admin-nowrap">
                {/* Medium dates keep the table narrow enough for a tablet. */}
                <DateText value={s.startsOn} locale={i18n.language} dateStyle="medium" /> –{' '}
                <DateText value={s.endsOn} locale={i18n.language} dateStyle="medium" />
              </td>
              <td>{s.venue ?? ''}</td>
              <td>{s.capacity}</td>
              <td>{s.seatsLeft === 0 ? t('courses.full') : s.seatsLeft}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
