import {
  COURSES_QUERY,
  type CourseLanguage,
  type CourseSessionData,
  type CoursesData,
  type EnrollmentData,
} from './courses-query';
import {
  CANCEL_MUTATION,
  ENROLL_MUTATION,
  type EnrollmentPayloadData,
} from './enrollment-mutations';

export const AGHJABEDI = { __typename: 'District' as const, id: 'd1', name: 'Aghjabedi' };
export const BEYLAGAN = { __typename: 'District' as const, id: 'd2', name: 'Beylagan' };
export const IMISHLI = { __typename: 'District' as const, id: 'd3', name: 'Imishli' };

const COURSES = {
  ACCOUNTING: { id: 'c1', title: 'Keeping the books', description: 'Income, costs, profit.' },
  MARKETING: { id: 'c2', title: 'Finding buyers', description: 'Prices and customers.' },
  MANAGEMENT: { id: 'c3', title: 'Running a small business', description: 'Plans and time.' },
} as const;

export function session(
  id: string,
  topic: keyof typeof COURSES,
  district: typeof AGHJABEDI,
  startsOn: string,
  overrides: Partial<CourseSessionData> = {},
): CourseSessionData {
  return {
    __typename: 'CourseSession',
    id,
    course: { __typename: 'Course', topic, ...COURSES[topic] },
    district,
    startsOn,
    endsOn: '2026-06-30',
    meetingDates: [startsOn, '2026-06-30'],
    capacity: 12,
    seatsLeft: 5,
    ...overrides,
  };
}

export function enrollment(
  id: string,
  of: CourseSessionData,
  overrides: Partial<EnrollmentData> = {},
): EnrollmentData {
  return {
    __typename: 'Enrollment',
    id,
    status: 'ENROLLED',
    waitlistPosition: null,
    certificateNumber: null,
    session: of,
    ...overrides,
  };
}

export function coursesData(
  courseSessions: CourseSessionData[],
  myEnrollments: EnrollmentData[] = [],
  district: typeof AGHJABEDI | null = AGHJABEDI,
): CoursesData {
  return {
    me: {
      __typename: 'User',
      id: 'u1',
      beneficiary: district ? { __typename: 'Beneficiary', id: 'b1', district } : null,
    },
    courseSessions,
    myEnrollments,
  };
}

// The screen asks from today (in Baku); any calendar date is accepted so tests need no clock.
const fromToday = (language: CourseLanguage) => (variables: Record<string, unknown>) =>
  /^\d{4}-\d{2}-\d{2}$/.test(String(variables.from)) && variables.language === language;

/** The courses screen's data, answered only when asked in `language` (English by default). */
export const coursesMock = (data: CoursesData, language: CourseLanguage = 'EN') => ({
  request: { query: COURSES_QUERY, variables: fromToday(language) },
  result: { data },
});

export const coursesErrorMock = () => ({
  request: { query: COURSES_QUERY, variables: fromToday('EN') },
  error: new Error('offline'),
});

const payload = (
  result: EnrollmentData | null,
  userErrors: EnrollmentPayloadData['userErrors'] = [],
): EnrollmentPayloadData => ({
  __typename: 'EnrollmentPayload',
  enrollment: result && {
    __typename: 'Enrollment',
    id: result.id,
    status: result.status,
    waitlistPosition: result.waitlistPosition,
    session: {
      __typename: 'CourseSession',
      id: result.session.id,
      seatsLeft: result.session.seatsLeft,
    },
  },
  userErrors: userErrors.map((error) => ({ ...error, __typename: 'UserError' as const })),
});

export const enrollMock = (
  sessionId: string,
  result: EnrollmentData | null,
  userErrors: EnrollmentPayloadData['userErrors'] = [],
) => ({
  request: { query: ENROLL_MUTATION, variables: { sessionId } },
  result: { data: { enrollInSession: payload(result, userErrors) } },
});

export const cancelMock = (enrollmentId: string, result: EnrollmentData | null) => ({
  request: { query: CANCEL_MUTATION, variables: { enrollmentId } },
  result: { data: { cancelEnrollment: payload(result) } },
});

/** The sign-up request fails: a dropped line (Error) or a refusal as a top-level GraphQL error. */
export const enrollFailMock = (sessionId: string, how: 'offline' | 'forbidden') => ({
  request: { query: ENROLL_MUTATION, variables: { sessionId } },
  ...(how === 'offline'
    ? { error: new Error('offline') }
    : { result: { errors: [{ message: 'Forbidden', extensions: { code: 'FORBIDDEN' } }] } }),
});
