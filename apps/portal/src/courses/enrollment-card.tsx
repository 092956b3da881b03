import { Button, ConfirmPanel, StatusBadge } from '@revolve/ui';
import { useId, useState } from 'react';
import { useCourseT } from './course-messages';
import { type EnrollmentData } from './courses-query';
import { ENROLLMENT_TONE, isActive } from './enrollment-status';
import { OutcomeMessage } from './outcome-message';
import { SessionFacts, sessionName } from './session-facts';
import { useCourseAction } from './use-course-action';

/** One of my courses: its status, my place in line, my certificate, and cancel while it counts. */
export function EnrollmentCard({ enrollment }: { enrollment: EnrollmentData }) {
  const t = useCourseT();
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const { outcome, busy, cancelPlace } = useCourseAction();
  const name = sessionName(t, enrollment.session);
  const position = enrollment.status === 'WAITLISTED' ? enrollment.waitlistPosition : null;
  const certificate = enrollment.status === 'COMPLETED' ? enrollment.certificateNumber : null;

  const confirm = async () => {
    await cancelPlace(enrollment.id, name.topic);
    setConfirming(false);
  };

  return (
    <li>
      <article aria-labelledby={id} className="pt-course">
        <h3 id={id}>{name.topic}</h3>
        <StatusBadge
          tone={ENROLLMENT_TONE[enrollment.status]}
          label={t(`courses.status.${enrollment.status}`)}
        />
        <p className="pt-course-title">{enrollment.session.course.title}</p>
        <SessionFacts session={enrollment.session} />
        {(position !== null || certificate) && (
          <dl>
            {position !== null && (
              <>
                <dt>{t('courses.waitlistPosition')}</dt>
                <dd>{position}</dd>
              </>
            )}
            {certificate && (
              <>
                <dt>{t('courses.certificate')}</dt>
                <dd>{certificate}</dd>
              </>
            )}
          </dl>
        )}
        {isActive(enrollment) &&
          (confirming ? (
            <ConfirmPanel
              question={t('courses.confirmCancel', { course: name.withDistrict })}
              yesLabel={t('courses.confirmCancelYes')}
              yesVariant="danger"
              noLabel={t('courses.confirmCancelNo')}
              busy={busy}
              busyLabel={t('courses.cancelling')}
              onYes={() => void confirm()}
              onNo={() => setConfirming(false)}
            />
          ) : (
            <Button
              className="pt-wide"
              variant="secondary"
              aria-label={t('courses.cancelFor', { course: name.withDistrict })}
              onClick={() => setConfirming(true)}
            >
              {t('courses.cancel')}
            </Button>
          ))}
        {outcome && <OutcomeMessage outcome={outcome} />}
      </article>
    </li>
  );
}
