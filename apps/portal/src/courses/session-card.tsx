import { Button, ConfirmPanel, StatusBadge } from '@revolve/ui';
import { useId, useState } from 'react';
import { useCourseT } from './course-messages';
import { type CourseSessionData, type EnrollmentData } from './courses-query';
import { ENROLLMENT_TONE } from './enrollment-status';
import { OutcomeMessage } from './outcome-message';
import { SessionFacts, sessionName } from './session-facts';
import { useCourseAction } from './use-course-action';

export interface SessionCardProps {
  session: CourseSessionData;
  /** The survivor's place in this session, if they hold or wait for one. */
  enrollment: EnrollmentData | undefined;
}

/** One session: what, where, when, places left, and a big sign-up button with a confirm step. */
export function SessionCard({ session, enrollment }: SessionCardProps) {
  const t = useCourseT();
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const { outcome, busy, signUp } = useCourseAction();
  const name = sessionName(t, session);
  const full = session.seatsLeft <= 0;

  const confirm = async () => {
    await signUp(session.id, name.topic);
    setConfirming(false);
  };

  return (
    <li>
      <article aria-labelledby={id} className="pt-course">
        <h3 id={id}>{name.topic}</h3>
        <p className="pt-course-title">{session.course.title}</p>
        <p>{session.course.description}</p>
        <SessionFacts session={session} />
        <p className={full ? 'pt-seats pt-seats--full' : 'pt-seats'}>
          <strong>{t('courses.seats')}: </strong>
          {t('courses.seatsLeft', { seats: session.seatsLeft, capacity: session.capacity })}
        </p>
        {enrollment ? (
          <p>
            <StatusBadge
              tone={ENROLLMENT_TONE[enrollment.status]}
              label={t(`courses.status.${enrollment.status}`)}
            />
            {enrollment.status === 'WAITLISTED' && enrollment.waitlistPosition !== null && (
              <span>
                {' '}
                {t('courses.waitlistPosition')}: {enrollment.waitlistPosition}
              </span>
            )}
          </p>
        ) : confirming ? (
          <ConfirmPanel
            question={t(full ? 'courses.confirmWaitlist' : 'courses.confirmSignUp', {
              course: name.topic,
              district: session.district.name,
            })}
            yesLabel={t(full ? 'courses.confirmWaitlistYes' : 'courses.confirmSignUpYes')}
            noLabel={t('courses.confirmNo')}
            busy={busy}
            busyLabel={t('courses.signingUp')}
            onYes={() => void confirm()}
            onNo={() => setConfirming(false)}
          />
        ) : (
          <Button
            className="pt-wide"
            variant={full ? 'secondary' : 'primary'}
            aria-label={t(full ? 'courses.joinWaitlistFor' : 'courses.signUpFor', {
              course: name.withDistrict,
            })}
            onClick={() => setConfirming(true)}
          >
            {t(full ? 'courses.joinWaitlist' : 'courses.signUp')}
          </Button>
        )}
        {outcome && <OutcomeMessage outcome={outcome} />}
      </article>
    </li>
  );
}
