import { useMutation, useQuery } from '@apollo/client/react';
import { Button, ErrorState, TextField } from '@revolve/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type UserError } from '../auth/login-mutation';
import { STAFF_ROLES } from '../auth/roles';
import { CheckboxField } from '../forms/checkbox-field';
import { SelectField } from '../forms/select-field';
import { splitUserErrors } from '../forms/user-errors';
import {
  CREATE_USER_MUTATION,
  type StaffUser,
  UPDATE_USER_MUTATION,
  USER_OPTIONS_QUERY,
} from './users-documents';
import { type UserFormValues, validateUserForm } from './validate-user-form';

const FIELDS: readonly (keyof UserFormValues)[] = [
  'username',
  'displayName',
  'role',
  'password',
  'organizationId',
  'districtIds',
];
const fieldId = (field: string) => `user-${field}`;

export interface UserFormProps {
  /** Absent to create a new account. */
  user?: StaffUser;
  onDone: (user: StaffUser) => void;
  onCancel: () => void;
}

/** Creates a staff account, or changes one's name, role, organisation and districts. */
export function UserForm({ user, onDone, onCancel }: UserFormProps) {
  const { t } = useTranslation();
  const creating = !user;
  const options = useQuery(USER_OPTIONS_QUERY);
  const [create, created] = useMutation(CREATE_USER_MUTATION, {
    // A new account belongs in the list; a refused one changes nothing.
    refetchQueries: (result) => (result.data?.createUser.user ? ['AdminUsers'] : []),
  });
  const [update, updated] = useMutation(UPDATE_USER_MUTATION);
  const [values, setValues] = useState<UserFormValues>({
    username: '',
    displayName: user?.displayName ?? '',
    role: user?.role ?? '',
    password: '',
    organizationId: user?.organization?.id ?? '',
    districtIds: user?.districts.map((d) => d.id) ?? [],
  });
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<UserError[]>([]);
  const [unreachable, setUnreachable] = useState(false);
  const errors = validateUserForm(values, creating);

  const label = (field: string) => t(`users.fields.${field}`);
  const errorFor = (field: keyof UserFormValues) => {
    const problem = submitted ? errors[field] : undefined;
    if (problem) return `${label(field)}: ${t(`users.problems.${problem}`)}`;
    return serverErrors[field] ? `${label(field)}: ${serverErrors[field]}` : null;
  };
  const set = (patch: Partial<UserFormValues>) => {
    setValues((v) => ({ ...v, ...patch }));
    setServerErrors((s) => Object.fromEntries(Object.entries(s).filter(([k]) => !(k in patch))));
  };
  const focus = (field: string) => document.getElementById(fieldId(field))?.focus();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(true);
    const first = FIELDS.find((f) => errors[f]);
    if (first) {
      focus(first);
      return;
    }
    setServerErrors({});
    setGeneral([]);
    setUnreachable(false);
    const common = {
      displayName: values.displayName.trim(),
      role: values.role,
      organizationId: values.organizationId || null,
      districtIds: values.role === 'CASE_MANAGER' ? values.districtIds : [],
    };
    try {
      const payload = user
        ? (await update({ variables: { input: { userId: user.id, ...common } } })).data?.updateUser
        : (
            await create({
              variables: {
                input: { username: values.username.trim(), password: values.password, ...common },
              },
            })
          ).data?.createUser;
      if (payload?.user && payload.userErrors.length === 0) {
        onDone(payload.user);
        return;
      }
      const split = splitUserErrors(payload?.userErrors ?? [], (p) =>
        (FIELDS as readonly string[]).includes(p),
      );
      setServerErrors(split.byField);
      setGeneral(split.general);
      setUnreachable(!payload);
      const firstServer = FIELDS.find((f) => split.byField[f]);
      if (firstServer) requestAnimationFrame(() => focus(firstServer));
    } catch {
      setUnreachable(true);
    }
  };

  const districtError = errorFor('districtIds');
  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby="user-form-heading">
      <h2 id="user-form-heading">
        {user ? t('users.editTitle', { name: user.displayName }) : t('users.createTitle')}
      </h2>
      {(general.length > 0 || unreachable) && (
        <ErrorState
          title={t('users.failedTitle')}
          message={unreachable ? t('users.networkError') : general.map((e) => e.message).join(' ')}
        />
      )}
      {creating && (
        <TextField
          id={fieldId('username')}
          label={label('username')}
          hint={t('users.usernameHint')}
          required
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          value={values.username}
          error={errorFor('username')}
          onChange={(e) => set({ username: e.target.value })}
        />
      )}
      <TextField
        id={fieldId('displayName')}
        label={label('displayName')}
        required
        autoComplete="off"
        value={values.displayName}
        error={errorFor('displayName')}
        onChange={(e) => set({ displayName: e.target.value })}
      />
      <SelectField
        id={fieldId('role')}
        label={label('role')}
        required
        placeholder={t('register.choose')}
        options={STAFF_ROLES.map((r) => ({ value: r, label: t(`users.roles.${r}`) }))}
        value={values.role}
        error={errorFor('role')}
        onChange={(e) => set({ role: e.target.value })}
      />
      {creating && (
        <TextField
          id={fieldId('password')}
          label={label('password')}
          hint={t('users.passwordHint')}
          type="password"
          autoComplete="new-password"
          required
          value={values.password}
          error={errorFor('password')}
          onChange={(e) => set({ password: e.target.value })}
        />
      )}
      <SelectField
        id={fieldId('organizationId')}
        label={label('organizationId')}
        placeholder={t('users.noOrganization')}
        options={(options.data?.organizations ?? []).map((o) => ({ value: o.id, label: o.name }))}
        value={values.organizationId}
        error={errorFor('organizationId')}
        onChange={(e) => set({ organizationId: e.target.value })}
      />
      {values.role === 'CASE_MANAGER' && (
        <fieldset
          className="admin-fieldset"
          aria-describedby={districtError ? 'user-districtIds-error' : undefined}
        >
          <legend>{label('districtIds')}</legend>
          {(options.data?.districts ?? []).map((d, i) => (
            <CheckboxField
              key={d.id}
              id={i === 0 ? fieldId('districtIds') : `user-district-${d.id}`}
              label={d.name}
              checked={values.districtIds.includes(d.id)}
              onChange={(e) =>
                set({
                  districtIds: e.target.checked
                    ? [...values.districtIds, d.id]
                    : values.districtIds.filter((id) => id !== d.id),
                })
              }
            />
          ))}
          {districtError && (
            <p className="rv-field__error" id="user-districtIds-error">
              <span aria-hidden="true">⚠ </span>
              {districtError}
            </p>
          )}
        </fieldset>
      )}
      <div className="admin-row">
        <Button
          type="submit"
          busy={created.loading || updated.loading}
          busyLabel={t('users.saving')}
        >
          {user ? t('users.save') : t('users.create')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('users.cancel')}
        </Button>
      </div>
    </form>
  );
}
