import { useMutation } from '@apollo/client/react';
import { Button, DateText, ErrorState, StatusBadge } from '@revolve/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type SurvivorFile } from './beneficiary-query';
import { WITHDRAW_CONSENT_MUTATION } from './consent-mutations';
import { ConsentScopesForm } from './consent-scopes-form';

/** What the survivor agreed to, and recording a withdrawal (the record stays, marked withdrawn). */
export function ConsentSection({ survivor }: { survivor: SurvivorFile }) {
  const { t, i18n } = useTranslation();
  const [withdraw, { loading }] = useMutation(WITHDRAW_CONSENT_MUTATION);
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const { consent } = survivor;
  const yesNo = (value: boolean) => (value ? t('file.yes') : t('file.no'));

  const send = async () => {
    setProblem(null);
    try {
      const result = await withdraw({ variables: { input: { beneficiaryId: survivor.id } } });
      const payload = result.data?.withdrawBeneficiaryConsent;
      if (payload?.userErrors.length)
        setProblem(payload.userErrors.map((e) => e.message).join(' '));
      else setConfirming(false);
    } catch {
      setProblem(t('consent.networkError'));
    }
  };

  return (
    <section className="admin-section" aria-labelledby="consent-heading">
      <h2 id="consent-heading">{t('consent.title')}</h2>
      <p>
        {consent.active ? (
          <StatusBadge tone="success" label={t('survivors.consent.active')} />
        ) : (
          <StatusBadge tone="warning" label={t('survivors.consent.withdrawn')} />
        )}
      </p>
      <dl className="admin-dl">
        <dt>{t('consent.givenOn')}</dt>
        <dd>
          <DateText value={consent.givenOn} locale={i18n.language} />
        </dd>
        <dt>{t('consent.recordedBy')}</dt>
        <dd>{consent.recordedBy ?? t('file.unknown')}</dd>
        <dt>{t('consent.dataUse')}</dt>
        <dd>{yesNo(consent.dataUse)}</dd>
        <dt>{t('consent.donorFigures')}</dt>
        <dd>{yesNo(consent.donorFigures)}</dd>
        <dt>{t('consent.photos')}</dt>
        <dd>{yesNo(consent.photos)}</dd>
        <dt>{t('consentScopes.referrals')}</dt>
        <dd>{yesNo(consent.referrals)}</dd>
        {consent.withdrawnOn && (
          <>
            <dt>{t('consent.withdrawnOn')}</dt>
            <dd>
              <DateText value={consent.withdrawnOn} locale={i18n.language} />
            </dd>
          </>
        )}
      </dl>
      <div role="status">{saved && <p className="admin-notice">{t('file.saved')}</p>}</div>
      {problem && <ErrorState title={t('consent.failedTitle')} message={problem} />}
      {consent.active && editing && (
        <ConsentScopesForm
          survivor={survivor}
          onDone={(didSave) => {
            setEditing(false);
            setSaved(didSave);
          }}
        />
      )}
      {consent.active && !confirming && !editing && (
        <div className="admin-row">
          <Button
            variant="secondary"
            onClick={() => {
              setSaved(false);
              setEditing(true);
            }}
          >
            {t('consent.changeScopes')}
          </Button>
          <Button
            variant="secondary"
            onClick={() => {
              setSaved(false);
              setConfirming(true);
            }}
          >
            {t('consent.withdraw')}
          </Button>
        </div>
      )}
      {consent.active && confirming && (
        <div>
          <p>{t('consent.confirmBody')}</p>
          <div className="admin-row">
            <Button
              variant="danger"
              busy={loading}
              busyLabel={t('consent.withdrawing')}
              onClick={() => void send()}
            >
              {t('consent.confirm')}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {t('consent.cancel')}
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}
