import { useMutation } from '@apollo/client/react';
import { Button, ErrorState, StatusBadge } from '@revolve/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type SurvivorFile } from './beneficiary-query';
import { SET_PIN_MUTATION } from './consent-mutations';
import { generatePin } from './generate-pin';
import { PortalAccessCode } from './portal-access-code';

/**
 * Sets or resets the survivor's portal PIN. The PIN is made here, sent once, shown once: it is
 * stored only as a hash, so nobody can look it up later, only set a new one.
 */
export function PortalAccessSection({ survivor }: { survivor: SurvivorFile }) {
  const { t, i18n } = useTranslation();
  const [setPin, { loading }] = useMutation(SET_PIN_MUTATION);
  const [confirming, setConfirming] = useState(false);
  const [shownPin, setShownPin] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const blocked = !survivor.consent.active
    ? t('portal.noConsent')
    : !survivor.phone
      ? t('portal.noPhone')
      : null;

  const send = async () => {
    setConfirming(false);
    setProblem(null);
    setShownPin(null);
    const pin = generatePin();
    try {
      const result = await setPin({
        variables: { input: { beneficiaryId: survivor.id, pin } },
        update(cache, { data }) {
          if (!data?.setBeneficiaryPin.user) return;
          cache.modify({
            id: cache.identify({ __typename: 'Beneficiary', id: survivor.id }),
            fields: { portalAccess: () => true },
          });
        },
      });
      const payload = result.data?.setBeneficiaryPin;
      if (payload?.user && payload.userErrors.length === 0) setShownPin(pin);
      else
        setProblem(payload?.userErrors.map((e) => e.message).join(' ') || t('portal.networkError'));
    } catch {
      setProblem(t('portal.networkError'));
    }
  };

  return (
    <section className="admin-section" aria-labelledby="portal-heading">
      <h2 id="portal-heading">{t('portal.title')}</h2>
      <p>
        {survivor.portalAccess ? (
          <StatusBadge tone="success" label={t('portal.on')} />
        ) : (
          <StatusBadge tone="neutral" label={t('portal.off')} />
        )}
      </p>
      <p>{t('portal.explained')}</p>
      {blocked && <p className="admin-muted">{blocked}</p>}
      {problem && <ErrorState title={t('portal.failedTitle')} message={problem} />}
      {shownPin && (
        <div className="rv-state admin-pin-box" role="status">
          <p className="rv-state__title">{t('portal.newPin')}</p>
          <p className="admin-pin">{shownPin}</p>
          <p>{t('portal.shownOnce', { phone: survivor.phone ?? '' })}</p>
          <Button variant="secondary" onClick={() => setShownPin(null)}>
            {t('portal.hidePin')}
          </Button>
        </div>
      )}
      {!blocked && !shownPin && !confirming && (
        <Button
          busy={loading}
          busyLabel={t('portal.setting')}
          onClick={() => (survivor.portalAccess ? setConfirming(true) : void send())}
        >
          {survivor.portalAccess ? t('portal.reset') : t('portal.set')}
        </Button>
      )}
      {!blocked && (
        <>
          <p>{t('portal.codeIntro')}</p>
          <PortalAccessCode
            beneficiaryId={survivor.id}
            locale={i18n.language}
            labels={{
              issue: t('portal.codeIssue'),
              issuing: t('portal.codeIssuing'),
              codeTitle: t('portal.codeTitle'),
              validUntil: t('portal.codeValidUntil'),
              hide: t('portal.codeHide'),
              failedTitle: t('portal.failedTitle'),
              networkError: t('portal.networkError'),
            }}
          />
        </>
      )}
      {confirming && (
        <div className="admin-row">
          <p>{t('portal.confirmReset')}</p>
          <Button variant="danger" onClick={() => void send()}>
            {t('portal.confirm')}
          </Button>
          <Button variant="secondary" onClick={() => setConfirming(false)}>
            {t('portal.cancel')}
          </Button>
        </div>
      )}
    </section>
  );
}
