import { useMutation } from '@apollo/client/react';
import { Button, ErrorState } from '@revolve/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { splitUserErrors } from '../forms/user-errors';
import { HouseholdRows } from '../register/household-rows';
import { type MemberValues } from '../register/registration-form';
import { toMemberInput, validateHousehold } from '../register/validate-registration';
import { type SurvivorFile } from './beneficiary-query';
import { UPDATE_HOUSEHOLD_MUTATION } from './file-mutations';

const fieldId = (path: string) => `hh-${path.replace(/\./g, '-')}`;

/** Replaces the household list; the API sets the household size to its length. */
export function EditHouseholdForm({
  survivor,
  onDone,
}: {
  survivor: SurvivorFile;
  onDone: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const [update, { loading }] = useMutation(UPDATE_HOUSEHOLD_MUTATION);
  const [members, setMembers] = useState<MemberValues[]>(
    (survivor.household ?? []).map((m, i) => ({
      key: i + 1,
      relation: m.relation,
      sex: m.sex,
      birthYear: String(m.birthYear),
      occupation: m.occupation,
    })),
  );
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const errors = validateHousehold(members, new Date().getFullYear());

  const errorFor = (path: string) => {
    const [, index, name] = path.split('.');
    const label = t('register.memberField', {
      n: Number(index) + 1,
      field: t(`register.member.${name}`),
    });
    const local = submitted ? errors[path] : undefined;
    if (local) return `${label}: ${t(`register.problems.${local}`)}`;
    return serverErrors[path] ? `${label}: ${serverErrors[path]}` : null;
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(true);
    const first = Object.keys(errors)[0];
    if (first) {
      document.getElementById(fieldId(first))?.focus();
      return;
    }
    setServerErrors({});
    setProblem(null);
    try {
      const result = await update({
        variables: { input: { beneficiaryId: survivor.id, members: members.map(toMemberInput) } },
      });
      const payload = result.data?.updateBeneficiaryHousehold;
      if (payload?.beneficiary && payload.userErrors.length === 0) {
        onDone(true);
        return;
      }
      // The API names rows as ["input", "members", "0", "sex"]; the rows here are "household.0.sex".
      const renamed = (payload?.userErrors ?? []).map((e) => ({
        ...e,
        field: e.field?.map((part) => (part === 'members' ? 'household' : part)) ?? null,
      }));
      const split = splitUserErrors(renamed, (p) => !!document.getElementById(fieldId(p)));
      setServerErrors(split.byField);
      setProblem(
        payload
          ? split.general.map((e) => e.message).join(' ') || null
          : t('register.networkError'),
      );
    } catch {
      setProblem(t('register.networkError'));
    }
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby="household-edit-heading">
      <h3 id="household-edit-heading">{t('file.editHousehold')}</h3>
      {problem && <ErrorState title={t('file.saveFailed')} message={problem} />}
      <HouseholdRows
        members={members}
        onChange={(next) => {
          setMembers(next);
          setServerErrors({});
        }}
        errorFor={errorFor}
        idFor={fieldId}
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
