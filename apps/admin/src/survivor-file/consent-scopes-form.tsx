import { useMutation } from '@apollo/client/react';
import { Button, ErrorState } from '@revolve/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../forms/checkbox-field';
import { type SurvivorFile } from './beneficiary-query';
import { UPDATE_CONSENT_MUTATION } from './consent-mutations';

/** The optional scopes a survivor may agree to or refuse at any time (data use is not one). */
export function ConsentScopesForm({
  survivor,
  onDone,
}: {
  survivor: SurvivorFile;
  onDone: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const [update, { loading }] = useMutation(UPDATE_CONSENT_MUTATION);
  const [donorFigures, setDonorFigures] = useState(survivor.consent.donorFigures);
  const [photos, setPhotos] = useState(survivor.consent.photos);
  const [referrals, setReferrals] = useState(survivor.consent.referrals);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(null);
    try {
      const result = await update({
        variables: { input: { beneficiaryId: survivor.id, donorFigures, photos, referrals } },
      });
      const errors = result.data?.updateBeneficiaryConsent.userErrors ?? [];
      if (result.data?.updateBeneficiaryConsent.beneficiary && errors.length === 0) onDone(true);
      else setProblem(errors.map((e) => e.message).join(' ') || t('consent.networkError'));
    } catch {
      setProblem(t('consent.networkError'));
    }
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby="scopes-heading">
      <h3 id="scopes-heading">{t('consent.changeScopes')}</h3>
      {problem && <ErrorState title={t('file.saveFailed')} message={problem} />}
      <CheckboxField
        label={t('register.fields.consentDonorFigures')}
        checked={donorFigures}
        onChange={(e) => setDonorFigures(e.target.checked)}
      />
      <CheckboxField
        label={t('register.fields.consentPhotos')}
        checked={photos}
        onChange={(e) => setPhotos(e.target.checked)}
      />
      <CheckboxField
        label={t('consentScopes.referralsAgree')}
        checked={referrals}
        onChange={(e) => setReferrals(e.target.checked)}
      />
      <div className="admin-row">
        <Button type="submit" busy={loading} busyLabel={t('users.saving')}>
          {t('users.save')}
        </Button>
        <Button variant="secondary" onClick={() => onDone(false)}>
          {t('users.cancel')}
        </Button>
      </div>
    </form>
  );
}
