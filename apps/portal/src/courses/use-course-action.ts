import { CombinedGraphQLErrors } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useCourseT } from './course-messages';
import { COURSES_QUERY } from './courses-query';
import {
  CANCEL_MUTATION,
  ENROLL_MUTATION,
  type EnrollmentPayloadData,
} from './enrollment-mutations';
import { userErrorKey } from './user-error-text';

/** What happened, in the reader's words: a confirmation to read, or a refusal to act on. */
export type Outcome = { kind: 'done'; text: string } | { kind: 'failed'; text: string };

// Seats left and the list of my courses both change: fetch the screen's data again.
const refetch = { refetchQueries: [COURSES_QUERY], awaitRefetchQueries: true };

/** Sign up and cancel, each ending in an Outcome the card shows. */
export function useCourseAction() {
  const t = useCourseT();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [enroll, enrolling] = useMutation(ENROLL_MUTATION, refetch);
  const [cancel, cancelling] = useMutation(CANCEL_MUTATION, refetch);

  const refused = (payload: EnrollmentPayloadData | undefined): boolean => {
    const first = payload?.userErrors[0];
    if (first) {
      setOutcome({ kind: 'failed', text: t(`courses.${userErrorKey(first)}`) });
      return true;
    }
    if (!payload?.enrollment) {
      setOutcome({ kind: 'failed', text: t('courses.errors.OTHER') });
      return true;
    }
    return false;
  };
  // A refusal from the API (e.g. FORBIDDEN) is not a connection problem: say so differently.
  const thrown = (error: unknown) =>
    setOutcome({
      kind: 'failed',
      text: t(CombinedGraphQLErrors.is(error) ? 'courses.errors.OTHER' : 'courses.networkError'),
    });

  async function signUp(sessionId: string, course: string): Promise<void> {
    setOutcome(null);
    try {
      const { data } = await enroll({ variables: { sessionId } });
      const payload = data?.enrollInSession;
      if (refused(payload) || !payload?.enrollment) return;
      const { status, waitlistPosition } = payload.enrollment;
      setOutcome({
        kind: 'done',
        text:
          status === 'WAITLISTED'
            ? t('courses.waitlisted', { position: waitlistPosition ?? 0 })
            : t('courses.enrolled', { course }),
      });
    } catch (error) {
      thrown(error);
    }
  }

  async function cancelPlace(enrollmentId: string, course: string): Promise<void> {
    setOutcome(null);
    try {
      const { data } = await cancel({ variables: { enrollmentId } });
      if (refused(data?.cancelEnrollment)) return;
      setOutcome({ kind: 'done', text: t('courses.cancelled', { course }) });
    } catch (error) {
      thrown(error);
    }
  }

  return { outcome, busy: enrolling.loading || cancelling.loading, signUp, cancelPlace };
}
