import { useMutation, useQuery } from '@apollo/client/react';
import { Button, DateText, ErrorState, LoadingState, StatusBadge, TextField } from '@revolve/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReferralForm } from './referral-form';
import {
  type Referral,
  REFERRALS_QUERY,
  UPDATE_REFERRAL_STATUS_MUTATION,
} from './referrals-documents';

const TONE = { SENT: 'info', ACCEPTED: 'info', REJECTED: 'neutral', DONE: 'success' } as const;

/** Referrals to outside services and where each stands; hidden from roles the API refuses. */
export function ReferralsSection({ beneficiaryId }: { beneficiaryId: string }) {
  const { t } = useTranslation();
  // errorPolicy "all": a FORBIDDEN at referrals still gives the rest, with referrals null.
  const { data, loading, error, refetch } = useQuery(REFERRALS_QUERY, {
    variables: { id: beneficiaryId },
    errorPolicy: 'all',
  });
  const referrals = data?.beneficiary?.referrals;
  const reload = () => void refetch().catch(() => undefined);

  let body;
  if (loading && !data) body = <LoadingState label={t('referrals.loading')} />;
  else if (data?.beneficiary && referrals === null)
    body = <p className="admin-muted">{t('notes.notForRole')}</p>;
  else if (error || !referrals)
    body = (
      <ErrorState
        title={t('referrals.error')}
        message={t('survivors.errorBody')}
        retryLabel={t('survivors.retry')}
        onRetry={reload}
      />
    );
  else
    body = (
      <>
        {referrals.length === 0 ? (
          <p className="admin-muted">{t('referrals.none')}</p>
        ) : (
          <ul>
            {referrals.map((r) => (
              <ReferralItem key={r.id} referral={r} />
            ))}
          </ul>
        )}
        <ReferralForm beneficiaryId={beneficiaryId} onCreated={reload} />
      </>
    );

  return (
    <section className="admin-section" aria-labelledby="referrals-heading">
      <h2 id="referrals-heading">{t('referrals.title')}</h2>
      {body}
    </section>
  );
}

function ReferralItem({ referral: r }: { referral: Referral }) {
  const { t, i18n } = useTranslation();
  const [move, { loading }] = useMutation(UPDATE_REFERRAL_STATUS_MUTATION);
  const [outcome, setOutcome] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const send = async (status: Referral['status']) => {
    setProblem(null);
    try {
      const text = outcome.trim();
      const result = await move({
        variables: { input: { referralId: r.id, status, ...(text ? { outcome: text } : {}) } },
      });
      const errors = result.data?.updateReferralStatus.userErrors ?? [];
      if (errors.length) setProblem(errors.map((e) => e.message).join(' '));
      else setOutcome('');
    } catch {
      setProblem(t('register.networkError'));
    }
  };

  return (
    <li>
      <p>
        <strong>{t(`referrals.services.${r.service}`)}</strong>: {r.provider},{' '}
        <DateText value={r.referredOn} locale={i18n.language} />{' '}
        <StatusBadge tone={TONE[r.status]} label={t(`referrals.statuses.${r.status}`)} />
      </p>
      <p className="loan-plan">{r.reason}</p>
      <p>
        {r.sharesPersonalData ? t('referrals.sharesYes') : t('referrals.sharesNo')}
        {r.outcome && (
          <>
            {' '}
            · {t('referrals.outcome')}: {r.outcome}
          </>
        )}
      </p>
      {problem && <ErrorState title={t('file.saveFailed')} message={problem} />}
      {r.nextStatuses.length > 0 && (
        <div>
          <TextField
            id={`referral-${r.id}-outcome`}
            label={t('referrals.outcomeOptional')}
            value={outcome}
            onChange={(e) => setOutcome(e.target.value)}
          />
          <div className="admin-row">
            {r.nextStatuses.map((s) => (
              <Button
                key={s}
                variant="secondary"
                busy={loading}
                busyLabel={t('users.saving')}
                onClick={() => void send(s)}
              >
                {t(`referrals.moveTo.${s}`)}
              </Button>
            ))}
          </div>
        </div>
      )}
    </li>
  );
}
