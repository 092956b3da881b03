import { useMutation, useQuery } from '@apollo/client/react';
import { Button, ErrorState, LoadingState, Page } from '@revolve/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { type UserError } from '../auth/login-mutation';
import { CheckboxField } from '../forms/checkbox-field';
import { splitUserErrors } from '../forms/user-errors';
import { RequireRole } from '../shell/require-role';
import { STAFF_DISTRICTS_QUERY, workingDistricts } from '../survivors/districts-query';
import { HouseholdRows } from './household-rows';
import { NeedsFields } from './needs-fields';
import { InjuryFields, PersonFields } from './profile-fields';
import { REGISTER_MUTATION } from './register-mutation';
import { emptyRegistration, type RegistrationValues } from './registration-form';
import { toRegisterInput, validateRegistration } from './validate-registration';

/** Element id of a field path: "household.0.sex" → "reg-household-0-sex". */
export const fieldId = (path: string) => `reg-${path.replace(/\./g, '-')}`;

export function RegisterSurvivorPage() {
  return (
    <RequireRole roles={['ADMIN', 'CASE_MANAGER']}>
      <RegisterSurvivor />
    </RequireRole>
  );
}

function RegisterSurvivor() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const districts = useQuery(STAFF_DISTRICTS_QUERY);
  const [register, { loading }] = useMutation(REGISTER_MUTATION);
  const [values, setValues] = useState<RegistrationValues>(emptyRegistration());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<UserError[]>([]);
  const [unreachable, setUnreachable] = useState(false);

  const options = workingDistricts(districts.data);
  // A case manager with one district has nothing to choose.
  const districtId = values.districtId || (options.length === 1 ? options[0]!.id : '');
  const current = { ...values, districtId };
  const errors = validateRegistration(current, new Date().getFullYear());

  const labelOf = (path: string): string => {
    const parts = path.split('.');
    if (parts[0] === 'household')
      return t('register.memberField', {
        n: Number(parts[1]) + 1,
        field: t(`register.member.${parts[2]}`),
      });
    if (path === 'consentGiven') return t('register.consent.legend');
    if (parts[0] === 'injury') return t(`register.injury.${parts[1]}`);
    return t(`register.fields.${path}`);
  };
  const errorFor = (path: string): string | null => {
    const problem = submitted ? errors[path] : undefined;
    if (problem) return `${labelOf(path)}: ${t(`register.problems.${problem}`)}`;
    const server = serverErrors[path];
    return server ? `${labelOf(path)}: ${server}` : null;
  };
  const set = (patch: Partial<RegistrationValues>, ...paths: string[]) => {
    setValues((v) => ({ ...v, ...patch }));
    setServerErrors((s) =>
      Object.fromEntries(Object.entries(s).filter(([k]) => !paths.includes(k))),
    );
  };
  const focus = (path: string) => document.getElementById(fieldId(path))?.focus();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(true);
    const first = Object.keys(errors)[0];
    if (first) {
      focus(first);
      return;
    }
    setServerErrors({});
    setGeneral([]);
    setUnreachable(false);
    try {
      const result = await register({ variables: { input: toRegisterInput(current) } });
      const payload = result.data?.registerBeneficiary;
      if (payload?.beneficiary && payload.userErrors.length === 0) {
        await navigate(`/beneficiaries/${payload.beneficiary.id}`);
        return;
      }
      const split = splitUserErrors(
        payload?.userErrors ?? [],
        (p) => !!document.getElementById(fieldId(p)),
      );
      setServerErrors(split.byField);
      setGeneral(split.general);
      setUnreachable(!payload);
      const firstServer = Object.keys(split.byField)[0];
      if (firstServer) requestAnimationFrame(() => focus(firstServer));
    } catch {
      setUnreachable(true);
    }
  };

  if (districts.loading && !districts.data) return <LoadingState label={t('register.loading')} />;

  return (
    <Page title={t('register.title')} titleSuffix={t('app.name')}>
      <p>
        <Link to="/beneficiaries">{t('register.back')}</Link>
      </p>
      {(general.length > 0 || unreachable) && (
        <ErrorState
          title={t('register.failedTitle')}
          message={
            unreachable ? t('register.networkError') : general.map((e) => e.message).join(' ')
          }
        />
      )}
      <form noValidate onSubmit={(e) => void submit(e)}>
        <fieldset className="admin-fieldset">
          <legend>{t('register.consent.legend')}</legend>
          <p id="reg-consent-explained">{t('register.consent.explained')}</p>
          <CheckboxField
            id={fieldId('consentGiven')}
            label={t('register.fields.consentGiven')}
            checked={values.consentGiven}
            error={errorFor('consentGiven')}
            onChange={(e) => set({ consentGiven: e.target.checked }, 'consentGiven')}
          />
          <CheckboxField
            id={fieldId('consentDonorFigures')}
            label={t('register.fields.consentDonorFigures')}
            checked={values.consentDonorFigures}
            onChange={(e) => set({ consentDonorFigures: e.target.checked })}
          />
          <CheckboxField
            id={fieldId('consentPhotos')}
            label={t('register.fields.consentPhotos')}
            checked={values.consentPhotos}
            onChange={(e) => set({ consentPhotos: e.target.checked })}
          />
        </fieldset>
        <fieldset className="admin-fieldset">
          <legend>{t('register.person')}</legend>
          <PersonFields
            values={current}
            idFor={fieldId}
            errorFor={errorFor}
            onChange={set}
            districtOptions={options.map((d) => ({ value: d.id, label: d.name }))}
            sexPlaceholder={t('register.choose')}
            districtPlaceholder={options.length === 1 ? undefined : t('register.choose')}
          />
        </fieldset>
        <fieldset className="admin-fieldset">
          <legend>{t('register.household')}</legend>
          <HouseholdRows
            members={values.household}
            onChange={(household) => set({ household })}
            errorFor={errorFor}
            idFor={fieldId}
          />
        </fieldset>
        <fieldset className="admin-fieldset">
          <legend>{t('register.injuryLegend')}</legend>
          <InjuryFields values={values} idFor={fieldId} errorFor={errorFor} onChange={set} />
        </fieldset>
        <fieldset className="admin-fieldset">
          <legend>{t('register.needsLegend')}</legend>
          <NeedsFields values={values} idFor={fieldId} errorFor={errorFor} onChange={set} />
        </fieldset>
        <Button type="submit" busy={loading} busyLabel={t('register.submitting')}>
          {t('register.submit')}
        </Button>
      </form>
    </Page>
  );
}
