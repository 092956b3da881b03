import { gql, type TypedDocumentNode } from '@apollo/client';
import { type UserError } from '../auth/login-mutation';
import { USER_ERROR_FIELDS } from '../forms/user-error-fields';

export type Language = 'AZ' | 'RU' | 'EN';
export type AttendanceMark = 'PRESENT' | 'ABSENT' | 'EXCUSED';
export type EnrollmentStatus = 'ENROLLED' | 'WAITLISTED' | 'COMPLETED' | 'CANCELLED';

/** The API's Language for the reader's i18n language (course titles come in three). */
export function apiLanguage(language: string): Language {
  return language.startsWith('az') ? 'AZ' : language.startsWith('ru') ? 'RU' : 'EN';
}

interface Named {
  id: string;
  name: string;
}
export interface CourseOption {
  __typename?: 'Course';
  id: string;
  topic: string;
  title: string;
}
export interface SessionSummary {
  __typename?: 'CourseSession';
  id: string;
  startsOn: string;
  endsOn: string;
  capacity: number;
  seatsLeft: number;
  venue: string | null;
  trainer: string | null;
  course: CourseOption;
  district: Named & { __typename?: 'District' };
}
export interface SessionEnrollment {
  __typename?: 'Enrollment';
  id: string;
  status: EnrollmentStatus;
  waitlistPosition: number | null;
  certificateNumber: string | null;
  attendance: { __typename?: 'AttendanceRecord'; date: string; mark: AttendanceMark }[];
  beneficiary: { __typename?: 'Beneficiary'; id: string; code: string; fullName: string | null };
}
export interface SessionDetail extends SessionSummary {
  meetingDates: string[];
  enrollments: SessionEnrollment[];
}

const COURSE_OPTION = gql`
  fragment AdminCourseOption on Course {
    id
    topic
    title(language: $language)
  }
`;

const SUMMARY = gql`
  fragment AdminSessionSummary on CourseSession {
    id
    startsOn
    endsOn
    capacity
    seatsLeft
    venue
    trainer
    course {
      ...AdminCourseOption
    }
    district {
      id
      name
    }
  }
`;

export const ENROLLMENT_FIELDS = gql`
  fragment AdminSessionEnrollment on Enrollment {
    id
    status
    waitlistPosition
    certificateNumber
    attendance {
      date
      mark
    }
    beneficiary {
      id
      code
      fullName
    }
  }
`;

export const COURSES_QUERY: TypedDocumentNode<{ courses: CourseOption[] }, { language: Language }> =
  gql`
    query AdminCourses($language: Language!) {
      courses {
        ...AdminCourseOption
      }
    }
    ${COURSE_OPTION}
  `;

export const SESSIONS_QUERY: TypedDocumentNode<
  { courseSessions: SessionSummary[] },
  { language: Language; filter: { districtIds?: string[] } }
> = gql`
  query AdminCourseSessions($language: Language!, $filter: CourseSessionFilter) {
    courseSessions(filter: $filter) {
      ...AdminSessionSummary
    }
  }
  ${SUMMARY}
  ${COURSE_OPTION}
`;

export const SESSION_QUERY: TypedDocumentNode<
  { courseSession: SessionDetail | null },
  { id: string; language: Language }
> = gql`
  query AdminCourseSession($id: ID!, $language: Language!) {
    courseSession(id: $id) {
      ...AdminSessionSummary
      meetingDates
      enrollments {
        ...AdminSessionEnrollment
      }
    }
  }
  ${SUMMARY}
  ${COURSE_OPTION}
  ${ENROLLMENT_FIELDS}
`;

export interface CreateSessionInput {
  courseId: string;
  districtId: string;
  meetingDates: string[];
  capacity: number;
  venue: string | null;
  trainer: string | null;
}

export const CREATE_SESSION_MUTATION: TypedDocumentNode<
  {
    createCourseSession: {
      session: { __typename?: 'CourseSession'; id: string } | null;
      userErrors: UserError[];
    };
  },
  { input: CreateSessionInput }
> = gql`
  mutation AdminCreateSession($input: CreateCourseSessionInput!) {
    createCourseSession(input: $input) {
      session {
        id
      }
      userErrors {
        ...AdminUserErrorFields
      }
    }
  }
  ${USER_ERROR_FIELDS}
`;

interface EnrollmentPayload {
  enrollment: SessionEnrollment | null;
  userErrors: UserError[];
}

export const ENROLL_MUTATION: TypedDocumentNode<
  { enrollInSession: EnrollmentPayload },
  { input: { sessionId: string; beneficiaryId: string } }
> = gql`
  mutation AdminEnroll($input: EnrollInSessionInput!) {
    enrollInSession(input: $input) {
      enrollment {
        ...AdminSessionEnrollment
      }
      userErrors {
        ...AdminUserErrorFields
      }
    }
  }
  ${ENROLLMENT_FIELDS}
  ${USER_ERROR_FIELDS}
`;

export const CANCEL_ENROLLMENT_MUTATION: TypedDocumentNode<
  { cancelEnrollment: EnrollmentPayload },
  { input: { enrollmentId: string } }
> = gql`
  mutation AdminCancelEnrollment($input: CancelEnrollmentInput!) {
    cancelEnrollment(input: $input) {
      enrollment {
        ...AdminSessionEnrollment
      }
      userErrors {
        ...AdminUserErrorFields
      }
    }
  }
  ${ENROLLMENT_FIELDS}
  ${USER_ERROR_FIELDS}
`;

export const RECORD_ATTENDANCE_MUTATION: TypedDocumentNode<
  { recordAttendance: EnrollmentPayload },
  { input: { enrollmentId: string; date: string; mark: AttendanceMark } }
> = gql`
  mutation AdminRecordAttendance($input: RecordAttendanceInput!) {
    recordAttendance(input: $input) {
      enrollment {
        ...AdminSessionEnrollment
      }
      userErrors {
        ...AdminUserErrorFields
      }
    }
  }
  ${ENROLLMENT_FIELDS}
  ${USER_ERROR_FIELDS}
`;
