import { gql, type TypedDocumentNode } from '@apollo/client';
import { type EnrollmentStatus } from './courses-query';

export interface UserErrorData {
  __typename?: 'UserError';
  field: string[] | null;
  message: string;
  code: string;
}

export interface EnrollmentPayloadData {
  __typename?: 'EnrollmentPayload';
  enrollment: {
    __typename?: 'Enrollment';
    id: string;
    status: EnrollmentStatus;
    waitlistPosition: number | null;
    session: { __typename?: 'CourseSession'; id: string; seatsLeft: number };
  } | null;
  userErrors: UserErrorData[];
}

const PAYLOAD = `
  enrollment {
    id
    status
    waitlistPosition
    session {
      id
      seatsLeft
    }
  }
  userErrors {
    field
    message
    code
  }
`;

/** A survivor signs themself up; the API puts them on the waiting list when the session is full. */
export const ENROLL_MUTATION: TypedDocumentNode<
  { enrollInSession: EnrollmentPayloadData },
  { sessionId: string }
> = gql`
  mutation PortalEnrollInSession($sessionId: ID!) {
    enrollInSession(input: { sessionId: $sessionId }) {
      ${PAYLOAD}
    }
  }
`;

export const CANCEL_MUTATION: TypedDocumentNode<
  { cancelEnrollment: EnrollmentPayloadData },
  { enrollmentId: string }
> = gql`
  mutation PortalCancelEnrollment($enrollmentId: ID!) {
    cancelEnrollment(input: { enrollmentId: $enrollmentId }) {
      ${PAYLOAD}
    }
  }
`;
