import { useMutation } from '@apollo/client/react';
import { Button, ErrorState, TextField } from '@revolve/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RESET_PASSWORD_MUTATION, type StaffUser } from './users-documents';
import { validatePassword } from './validate-user-form';

/** Sets a new password for a staff member; the API ends their sessions. */
export function ResetPasswordForm({
  user,
  onDone,
  onCancel,
}: {
  user: StaffUser;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [reset, { loading }] = useMutation(RESET_PASSWORD_MUTATION);
  const [password, setPassword] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const local = submitted ? validatePassword(password) : undefined;
  const label = t('users.fields.newPassword');
  const error = local
    ? `${label}: ${t(`users.problems.${local}`)}`
    : problem
      ? `${label}: ${problem}`
      : null;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(true);
    setProblem(null);
    if (validatePassword(password)) {
      document.getElementById('reset-password')?.focus();
      return;
    }
    try {
      const result = await reset({
        variables: { input: { userId: user.id, newPassword: password } },
      });
      const errors = result.data?.resetUserPassword.userErrors ?? [];
      if (result.data?.resetUserPassword.user && errors.length === 0) onDone();
      else setProblem(errors.map((e) => e.message).join(' ') || t('users.networkError'));
    } catch {
      setProblem(t('users.networkError'));
    }
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby="reset-heading">
      <h2 id="reset-heading">{t('users.resetTitle', { name: user.displayName })}</h2>
      <p>{t('users.resetExplained')}</p>
      {problem && !local && <ErrorState title={t('users.failedTitle')} message={problem} />}
      <TextField
        id="reset-password"
        label={label}
        hint={t('users.passwordHint')}
        type="password"
        autoComplete="new-password"
        required
        value={password}
        error={error}
        onChange={(e) => setPassword(e.target.value)}
      />
      <div className="admin-row">
        <Button type="submit" busy={loading} busyLabel={t('users.saving')}>
          {t('users.resetSubmit')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('users.cancel')}
        </Button>
      </div>
    </form>
  );
}
