import { useMutation } from '@apollo/client/react';
import { Button, ErrorState, TextField } from '@revolve/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../forms/checkbox-field';
import { SelectField } from '../forms/select-field';
import { TextAreaField } from '../forms/text-area-field';
import { splitUserErrors } from '../forms/user-errors';
import { CREATE_REFERRAL_MUTATION, SERVICES, type Service } from './referrals-documents';

const FIELDS = ['service', 'provider', 'reason', 'sharesPersonalData'] as const;
const fieldId = (path: string) => `referral-new-${path}`;

/** Refers the survivor to a service; sharing personal data needs their referrals consent. */
export function ReferralForm({
  beneficiaryId,
  onCreated,
}: {
  beneficiaryId: string;
  onCreated: () => void;
}) {
  const { t } = useTranslation();
  const [create, { loading }] = useMutation(CREATE_REFERRAL_MUTATION);
  const empty = { service: 'MEDICAL' as Service, provider: '', reason: '', shares: false };
  const [values, setValues] = useState(empty);
  const [byField, setByField] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const set = (patch: Partial<typeof values>) => setValues((v) => ({ ...v, ...patch }));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setGeneral(null);
    try {
      const result = await create({
        variables: {
          input: {
            beneficiaryId,
            service: values.service,
            provider: values.provider.trim(),
            reason: values.reason.trim(),
            sharesPersonalData: values.shares,
          },
        },
      });
      const errors = result.data?.createReferral.userErrors;
      if (!errors) {
        setGeneral(t('register.networkError'));
        return;
      }
      // A consent refusal gets a plain explanation rather than the API's wording.
      const explained = errors.map((e) =>
        e.code === 'CONSENT_REQUIRED'
          ? {
              ...e,
              field: ['input', 'sharesPersonalData'],
              message: t('referrals.consentRequired'),
            }
          : e,
      );
      const split = splitUserErrors(explained, (p) => (FIELDS as readonly string[]).includes(p));
      setByField(split.byField);
      setGeneral(split.general.length ? split.general.map((e) => e.message).join(' ') : null);
      if (errors.length === 0) {
        setValues(empty);
        onCreated();
        return;
      }
      const first = FIELDS.find((f) => split.byField[f]);
      if (first) requestAnimationFrame(() => document.getElementById(fieldId(first))?.focus());
    } catch {
      setGeneral(t('register.networkError'));
    }
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby="referral-new-heading">
      <h3 id="referral-new-heading">{t('referrals.addTitle')}</h3>
      {general && <ErrorState title={t('file.saveFailed')} message={general} />}
      <SelectField
        id={fieldId('service')}
        label={t('referrals.service')}
        value={values.service}
        error={byField.service}
        options={SERVICES.map((s) => ({ value: s, label: t(`referrals.services.${s}`) }))}
        onChange={(e) => set({ service: e.target.value as Service })}
      />
      <TextField
        id={fieldId('provider')}
        label={t('referrals.provider')}
        value={values.provider}
        error={byField.provider}
        onChange={(e) => set({ provider: e.target.value })}
      />
      <TextAreaField
        id={fieldId('reason')}
        label={t('referrals.reason')}
        value={values.reason}
        error={byField.reason}
        onChange={(e) => set({ reason: e.target.value })}
      />
      <CheckboxField
        id={fieldId('sharesPersonalData')}
        label={t('referrals.sharesPersonalData')}
        checked={values.shares}
        error={byField.sharesPersonalData}
        onChange={(e) => set({ shares: e.target.checked })}
      />
      <Button type="submit" busy={loading} busyLabel={t('users.saving')}>
        {t('referrals.add')}
      </Button>
    </form>
  );
}
