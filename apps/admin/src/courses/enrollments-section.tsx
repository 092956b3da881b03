import { useMutation } from '@apollo/client/react';
import { Button, ConfirmPanel, ErrorState, StatusBadge, type StatusTone } from '@revolve/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  CANCEL_ENROLLMENT_MUTATION,
  type EnrollmentStatus,
  type SessionDetail,
  type SessionEnrollment,
} from './course-documents';

const TONES: Record<EnrollmentStatus, StatusTone> = {
  ENROLLED: 'info',
  WAITLISTED: 'warning',
  COMPLETED: 'success',
  CANCELLED: 'neutral',
};

/** Who holds a seat, who waits (in order), who finished with a certificate, who left. */
export function EnrollmentsSection({
  session,
  onDone,
}: {
  session: SessionDetail;
  onDone: (notice: string) => void;
}) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState<SessionEnrollment | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [cancel, cancelling] = useMutation(CANCEL_ENROLLMENT_MUTATION);
  const rows = [...session.enrollments].sort(
    (a, b) => order(a) - order(b) || a.beneficiary.code.localeCompare(b.beneficiary.code),
  );
  const present = (e: SessionEnrollment) => e.attendance.filter((a) => a.mark === 'PRESENT').length;

  const doCancel = async (e: SessionEnrollment) => {
    setProblem(null);
    try {
      const r = await cancel({ variables: { input: { enrollmentId: e.id } } });
      const p = r.data?.cancelEnrollment;
      if (p?.enrollment && p.userErrors.length === 0) {
        setConfirming(null);
        onDone(t('courses.cancelled', { code: e.beneficiary.code }));
      } else setProblem(p?.userErrors.map((u) => u.message).join(' ') || t('users.networkError'));
    } catch {
      setProblem(t('users.networkError'));
    }
  };

  return (
    <section className="admin-section" aria-labelledby="enrollments-heading">
      <h2 id="enrollments-heading">{t('courses.enrollments')}</h2>
      {problem && <ErrorState title={t('courses.cancelFailed')} message={problem} />}
      {rows.length === 0 ? (
        <p className="admin-muted">{t('courses.noEnrollments')}</p>
      ) : (
        <div className="admin-table-wrap">
          <table className="admin-table">
            <caption className="admin-visually-hidden">{t('courses.enrollments')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('courses.survivor')}</th>
                <th scope="col">{t('courses.status')}</th>
                <th scope="col">{t('courses.attended')}</th>
                <th scope="col">{t('courses.certificate')}</th>
                <th scope="col">
                  <span className="admin-visually-hidden">{t('courses.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((e) => (
                <tr key={e.id}>
                  <td>
                    <Link to={`/beneficiaries/${e.beneficiary.id}`}>
                      {e.beneficiary.code} {e.beneficiary.fullName ?? ''}
                    </Link>
                  </td>
                  <td>
                    <StatusBadge
                      tone={TONES[e.status]}
                      label={
                        e.status === 'WAITLISTED'
                          ? t('courses.waitlisted', { n: e.waitlistPosition ?? 0 })
                          : t(`courses.statuses.${e.status}`)
                      }
                    />
                  </td>
                  <td>
                    {t('courses.attendedOf', { n: present(e), of: session.meetingDates.length })}
                  </td>
                  <td>{e.certificateNumber ?? ''}</td>
                  <td>
                    {(e.status === 'ENROLLED' || e.status === 'WAITLISTED') && (
                      <Button
                        variant="secondary"
                        onClick={() => setConfirming(e)}
                        aria-label={t('courses.cancelFor', { code: e.beneficiary.code })}
                      >
                        {t('courses.cancel')}
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {confirming && (
        <ConfirmPanel
          key={confirming.id}
          question={t('courses.cancelQuestion', { code: confirming.beneficiary.code })}
          yesLabel={t('courses.cancelYes')}
          noLabel={t('courses.cancelNo')}
          yesVariant="danger"
          busy={cancelling.loading}
          busyLabel={t('users.saving')}
          onYes={() => void doCancel(confirming)}
          onNo={() => setConfirming(null)}
        />
      )}
    </section>
  );
}

/** Seats first, then the waitlist in line, then those who left. */
function order(e: SessionEnrollment): number {
  const rank: Record<EnrollmentStatus, number> = {
    COMPLETED: 0,
    ENROLLED: 1,
    WAITLISTED: 100 + (e.waitlistPosition ?? 0),
    CANCELLED: 1000,
  };
  return rank[e.status];
}
