import { DateText } from '@revolve/ui';
import { useTranslation } from 'react-i18next';
import { intlLocale } from '../intl-locale';
import { useCourseT } from './course-messages';
import { type CourseSessionData } from './courses-query';

/** Where and when a session meets, shared by the session list and my courses. */
export function SessionFacts({ session }: { session: CourseSessionData }) {
  const t = useCourseT();
  const { i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  return (
    <>
      <dl>
        <dt>{t('courses.where')}</dt>
        <dd>{session.district.name}</dd>
        <dt>{t('courses.starts')}</dt>
        <dd>
          <DateText value={session.startsOn} locale={locale} />
        </dd>
        <dt>{t('courses.ends')}</dt>
        <dd>
          <DateText value={session.endsOn} locale={locale} />
        </dd>
        <dt>{t('courses.meetings')}</dt>
        <dd>{t('courses.meetingCount', { count: session.meetingDates.length })}</dd>
      </dl>
      {session.meetingDates.length > 0 && (
        <details className="pt-details">
          <summary>{t('courses.allDates')}</summary>
          <ul>
            {session.meetingDates.map((date) => (
              <li key={date}>
                <DateText value={date} locale={locale} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

/** "Accounting (Aghjabedi)": what a button or message names, in the reader's language. */
export function sessionName(
  t: ReturnType<typeof useCourseT>,
  session: CourseSessionData,
): { topic: string; withDistrict: string } {
  const topic = t(`courses.topic.${session.course.topic}`);
  return { topic, withDistrict: `${topic} (${session.district.name})` };
}
