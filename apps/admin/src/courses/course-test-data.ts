import { type MockLink } from '@apollo/client/testing';
import { BENEFICIARIES_QUERY } from '../survivors/beneficiaries-query';
import { AGJ } from '../test-mocks';
import {
  COURSES_QUERY,
  type CourseOption,
  SESSION_QUERY,
  type SessionDetail,
  type SessionEnrollment,
  SESSIONS_QUERY,
  type SessionSummary,
} from './course-documents';

export const ACCOUNTING: CourseOption = {
  __typename: 'Course',
  id: 'c-acc',
  topic: 'ACCOUNTING',
  title: 'Bookkeeping for a small business',
};
export const MARKETING: CourseOption = {
  __typename: 'Course',
  id: 'c-mkt',
  topic: 'MARKETING',
  title: 'Selling what you make',
};

export const coursesMock = (): MockLink.MockedResponse => ({
  request: { query: COURSES_QUERY, variables: { language: 'EN' } },
  result: { data: { courses: [ACCOUNTING, MARKETING] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

export function sessionSummary(patch: Partial<SessionSummary> = {}): SessionSummary {
  return {
    __typename: 'CourseSession',
    id: 's1',
    startsOn: '2020-01-10',
    endsOn: '2099-01-17',
    capacity: 12,
    seatsLeft: 3,
    venue: 'Community centre',
    trainer: 'Aysel',
    course: ACCOUNTING,
    district: AGJ,
    ...patch,
  };
}

export const sessionsMock = (
  sessions: SessionSummary[],
  filter: { districtIds?: string[] } = {},
): MockLink.MockedResponse => ({
  request: { query: SESSIONS_QUERY, variables: { language: 'EN', filter } },
  result: { data: { courseSessions: sessions } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

export function enrollment(
  id: string,
  code: string,
  patch: Partial<SessionEnrollment> = {},
): SessionEnrollment {
  return {
    __typename: 'Enrollment',
    id,
    status: 'ENROLLED',
    waitlistPosition: null,
    certificateNumber: null,
    attendance: [],
    beneficiary: { __typename: 'Beneficiary', id: `b-${id}`, code, fullName: `Name ${code}` },
    ...patch,
  };
}

/** A session whose first two meetings are past and whose third is far in the future. */
export function sessionDetail(patch: Partial<SessionDetail> = {}): SessionDetail {
  return {
    ...sessionSummary(),
    meetingDates: ['2020-01-10', '2020-01-17', '2099-01-17'],
    enrollments: [],
    ...patch,
  };
}

export const sessionMock = (session: SessionDetail | null): MockLink.MockedResponse => ({
  request: { query: SESSION_QUERY, variables: { id: 's1', language: 'EN' } },
  result: { data: { courseSession: session } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

const survivor = (id: string, code: string) => ({
  __typename: 'Beneficiary' as const,
  id,
  code,
  fullName: `Name ${code}`,
  sex: 'FEMALE' as const,
  birthYear: 1980,
  phone: null,
  village: null,
  householdSize: 4,
  portalAccess: false,
  district: AGJ,
  consent: { __typename: 'Consent' as const, active: true },
});

/** The session district's survivors: b-e1 (already enrolled in the fixtures) and b-new. */
export const districtSurvivorsMock = (): MockLink.MockedResponse => ({
  request: {
    query: BENEFICIARIES_QUERY,
    variables: { first: 100, after: null, filter: { districtIds: [AGJ.id] } },
  },
  result: {
    data: {
      beneficiaries: {
        __typename: 'BeneficiaryConnection',
        totalCount: 2,
        pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
        edges: [
          { __typename: 'BeneficiaryEdge', cursor: 'a', node: survivor('b-e1', 'AGJ-001') },
          { __typename: 'BeneficiaryEdge', cursor: 'b', node: survivor('b-new', 'AGJ-009') },
        ],
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
});
