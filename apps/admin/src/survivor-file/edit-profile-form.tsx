import { useMutation, useQuery } from '@apollo/client/react';
import { Button, ErrorState } from '@revolve/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type UserError } from '../auth/login-mutation';
import { splitUserErrors } from '../forms/user-errors';
import { needsInput, validateNeeds } from '../register/needs';
import { NeedsFields } from '../register/needs-fields';
import { InjuryFields, PersonFields } from '../register/profile-fields';
import { validateProfile } from '../register/validate-registration';
import { STAFF_DISTRICTS_QUERY, workingDistricts } from '../survivors/districts-query';
import { type SurvivorFile } from './beneficiary-query';
import { UPDATE_PROFILE_MUTATION } from './file-mutations';

const fieldId = (path: string) => `profile-${path.replace(/\./g, '-')}`;

/** Changes the survivor's own fields; the API records which fields changed in the audit log. */
export function EditProfileForm({
  survivor,
  onDone,
}: {
  survivor: SurvivorFile;
  onDone: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const districts = useQuery(STAFF_DISTRICTS_QUERY);
  const [update, { loading }] = useMutation(UPDATE_PROFILE_MUTATION);
  const [values, setValues] = useState({
    fullName: survivor.fullName ?? '',
    sex: survivor.sex,
    birthYear: String(survivor.birthYear),
    districtId: survivor.district.id,
    village: survivor.village ?? '',
    phone: survivor.phone ?? '',
    injuryKind: survivor.injury?.kind ?? '',
    injuryYear: survivor.injury?.year ? String(survivor.injury.year) : '',
    nationalId: survivor.nationalId ?? '',
    disabilityNotes: survivor.disabilityNotes ?? '',
    needsAssessment: survivor.needsAssessment ?? '',
  });
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<UserError[]>([]);
  const [unreachable, setUnreachable] = useState(false);
  const errors = { ...validateProfile(values, new Date().getFullYear()), ...validateNeeds(values) };

  const labelOf = (path: string) =>
    path.startsWith('injury.') ? t(`register.${path}`) : t(`register.fields.${path}`);
  const errorFor = (path: string) => {
    const problem = submitted ? errors[path] : undefined;
    if (problem) return `${labelOf(path)}: ${t(`register.problems.${problem}`)}`;
    return serverErrors[path] ? `${labelOf(path)}: ${serverErrors[path]}` : null;
  };
  const set = (patch: Partial<typeof values>, path: string) => {
    setValues((v) => ({ ...v, ...patch }));
    setServerErrors((s) => Object.fromEntries(Object.entries(s).filter(([k]) => k !== path)));
  };
  const focus = (path: string) => document.getElementById(fieldId(path))?.focus();
  const optional = (s: string) => (s.trim() === '' ? null : s.trim());

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
      const result = await update({
        variables: {
          input: {
            beneficiaryId: survivor.id,
            fullName: values.fullName.trim(),
            sex: values.sex,
            birthYear: Number(values.birthYear),
            districtId: values.districtId,
            village: optional(values.village),
            phone: optional(values.phone),
            ...needsInput(values),
            injury: values.injuryKind
              ? {
                  kind: values.injuryKind,
                  year: values.injuryYear.trim() ? Number(values.injuryYear) : null,
                }
              : null,
          },
        },
      });
      const payload = result.data?.updateBeneficiaryProfile;
      if (payload?.beneficiary && payload.userErrors.length === 0) {
        onDone(true);
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

  const options = workingDistricts(districts.data);
  // The survivor's current district stays choosable even if it is not one of the caller's.
  const districtOptions = options.some((d) => d.id === survivor.district.id)
    ? options
    : [{ id: survivor.district.id, name: survivor.district.name, code: '' }, ...options];
  // The select only offers SEXES, so the text it gives back is one of them.
  const change = (patch: Partial<Record<keyof typeof values, string>>, path: string) =>
    set(patch as Partial<typeof values>, path);

  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby="profile-edit-heading">
      <h3 id="profile-edit-heading">{t('file.editProfile')}</h3>
      {(general.length > 0 || unreachable) && (
        <ErrorState
          title={t('file.saveFailed')}
          message={
            unreachable ? t('register.networkError') : general.map((e) => e.message).join(' ')
          }
        />
      )}
      <PersonFields
        values={values}
        idFor={fieldId}
        errorFor={errorFor}
        onChange={change}
        districtOptions={districtOptions.map((d) => ({ value: d.id, label: d.name }))}
      />
      <InjuryFields values={values} idFor={fieldId} errorFor={errorFor} onChange={change} />
      <NeedsFields values={values} idFor={fieldId} errorFor={errorFor} onChange={change} />
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
