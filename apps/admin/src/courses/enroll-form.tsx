import { useMutation, useQuery } from '@apollo/client/react';
import { Button, ErrorState } from '@revolve/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../forms/select-field';
import { BENEFICIARIES_QUERY } from '../survivors/beneficiaries-query';
import { ENROLL_MUTATION, type SessionDetail } from './course-documents';

/**
 * Enrolls a survivor of the session's district (the API refuses other districts to case
 * managers). Those already holding or waiting for a place are left out of the choice.
 */
export function EnrollForm({
  session,
  onDone,
}: {
  session: SessionDetail;
  onDone: (notice: string) => void;
}) {
  const { t } = useTranslation();
  const survivors = useQuery(BENEFICIARIES_QUERY, {
    variables: { first: 100, after: null, filter: { districtIds: [session.district.id] } },
  });
  const [enroll, enrolling] = useMutation(ENROLL_MUTATION);
  const [beneficiaryId, setBeneficiaryId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [general, setGeneral] = useState<string | null>(null);
  const taken = new Set(
    session.enrollments.filter((e) => e.status !== 'CANCELLED').map((e) => e.beneficiary.id),
  );
  const options = (survivors.data?.beneficiaries.edges ?? [])
    .map((e) => e.node)
    .filter((b) => !taken.has(b.id))
    .map((b) => ({ value: b.id, label: `${b.code} ${b.fullName ?? ''}`.trim() }));
  const label = t('courses.survivor');

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setGeneral(null);
    if (!beneficiaryId) {
      setError(`${label}: ${t('courses.problems.survivorRequired')}`);
      document.getElementById('enroll-survivor')?.focus();
      return;
    }
    try {
      const r = await enroll({ variables: { input: { sessionId: session.id, beneficiaryId } } });
      const p = r.data?.enrollInSession;
      if (p?.enrollment && p.userErrors.length === 0) {
        setBeneficiaryId('');
        const code = p.enrollment.beneficiary.code;
        onDone(
          p.enrollment.status === 'WAITLISTED'
            ? t('courses.waitlistedNotice', { code, n: p.enrollment.waitlistPosition ?? 0 })
            : t('courses.enrolledNotice', { code }),
        );
        return;
      }
      // CONSENT_REQUIRED, ALREADY_ENROLLED... belong to the chosen survivor: shown on the field.
      const message = p?.userErrors.map((u) => u.message).join(' ');
      if (message) {
        setError(`${label}: ${message}`);
        document.getElementById('enroll-survivor')?.focus();
      } else setGeneral(t('users.networkError'));
    } catch {
      setGeneral(t('users.networkError'));
    }
  };

  return (
    <section className="admin-section" aria-labelledby="enroll-heading">
      <h2 id="enroll-heading">{t('courses.enrollTitle')}</h2>
      <p>{session.seatsLeft > 0 ? t('courses.enrollHint') : t('courses.enrollFullHint')}</p>
      {general && <ErrorState title={t('courses.enrollFailed')} message={general} />}
      {survivors.error ? (
        <p className="admin-inline-error">{t('courses.survivorsFailed')}</p>
      ) : (
        <form noValidate onSubmit={(e) => void submit(e)} className="admin-inline-form">
          <SelectField
            id="enroll-survivor"
            label={label}
            required
            placeholder={survivors.loading ? t('courses.loadingSurvivors') : t('register.choose')}
            options={options}
            value={beneficiaryId}
            error={error}
            onChange={(e) => {
              setBeneficiaryId(e.target.value);
              setError(null);
            }}
          />
          <Button type="submit" busy={enrolling.loading} busyLabel={t('users.saving')}>
            {session.seatsLeft > 0 ? t('courses.enroll') : t('courses.addToWaitlist')}
          </Button>
        </form>
      )}
    </section>
  );
}
