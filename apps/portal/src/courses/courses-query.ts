import { gql, type TypedDocumentNode } from '@apollo/client';

export type CourseTopic = 'ACCOUNTING' | 'MARKETING' | 'MANAGEMENT';
export type EnrollmentStatus = 'ENROLLED' | 'WAITLISTED' | 'CANCELLED' | 'COMPLETED';

export interface DistrictData {
  __typename?: 'District';
  id: string;
  name: string;
}

export interface CourseSessionData {
  __typename?: 'CourseSession';
  id: string;
  course: {
    __typename?: 'Course';
    id: string;
    topic: CourseTopic;
    title: string;
    description: string;
  };
  district: DistrictData;
  /** Calendar dates, "YYYY-MM-DD". */
  startsOn: string;
  endsOn: string;
  meetingDates: string[];
  capacity: number;
  seatsLeft: number;
}

export interface EnrollmentData {
  __typename?: 'Enrollment';
  id: string;
  status: EnrollmentStatus;
  waitlistPosition: number | null;
  certificateNumber: string | null;
  session: CourseSessionData;
}

export interface CoursesData {
  me: {
    __typename?: 'User';
    id: string;
    beneficiary: { __typename?: 'Beneficiary'; id: string; district: DistrictData } | null;
  } | null;
  courseSessions: CourseSessionData[];
  myEnrollments: EnrollmentData[];
}

/** The API's Language enum: course titles and descriptions come in the reader's language. */
export type CourseLanguage = 'AZ' | 'RU' | 'EN';

export interface CoursesVariables {
  /** Today in Baku: sessions that already started cannot be joined from the portal. */
  from: string;
  language: CourseLanguage;
}

/** The API's language for an i18next language code; Azerbaijani, the portal's default, otherwise. */
export function courseLanguage(language: string): CourseLanguage {
  return language === 'ru' ? 'RU' : language === 'en' ? 'EN' : 'AZ';
}

export const SESSION_FIELDS = gql`
  fragment PortalCourseSession on CourseSession {
    id
    course {
      id
      topic
      title(language: $language)
      description(language: $language)
    }
    district {
      id
      name
    }
    startsOn
    endsOn
    meetingDates
    capacity
    seatsLeft
  }
`;

/** Everything the courses screen shows, in one request: where I live, what is on, what I joined. */
export const COURSES_QUERY: TypedDocumentNode<CoursesData, CoursesVariables> = gql`
  query PortalCourses($from: Date, $language: Language!) {
    me {
      id
      beneficiary {
        id
        district {
          id
          name
        }
      }
    }
    courseSessions(filter: { from: $from }) {
      ...PortalCourseSession
    }
    myEnrollments {
      id
      status
      waitlistPosition
      certificateNumber
      session {
        ...PortalCourseSession
      }
    }
  }
  ${SESSION_FIELDS}
`;
