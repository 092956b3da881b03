import { useMutation } from '@apollo/client/react';
import { Button, ErrorState, Page, TextField } from '@revolve/ui';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { LOGIN_MUTATION, type UserError } from '../auth/login-mutation';
import { ME_QUERY } from '../auth/me-query';
import { returnPath } from './return-path';
import { type SignInValues, validateSignIn } from './validate-sign-in';

type Field = keyof SignInValues;
const FIELDS: readonly Field[] = ['username', 'password'];

export function SignInPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = params.get('next');
  const [values, setValues] = useState<SignInValues>({ username: '', password: '' });
  // A field's error shows once it was left or the form was sent, then updates as you type.
  const [visited, setVisited] = useState<Partial<Record<Field, boolean>>>({});
  const [serverErrors, setServerErrors] = useState<UserError[]>([]);
  const [unreachable, setUnreachable] = useState(false);
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const [login, { loading }] = useMutation(LOGIN_MUTATION);

  const errors = validateSignIn(values);
  const describe = (error: UserError) => {
    const key = `signIn.errors.${error.code}`;
    return i18n.exists(key) ? t(key) : error.message;
  };
  const fieldOf = (error: UserError) => FIELDS.find((f) => f === error.field?.at(-1));
  const errorFor = (field: Field): string | null => {
    const problem = visited[field] ? errors[field] : undefined;
    if (problem) return t(`signIn.${field}.${problem}`);
    const server = serverErrors.find((e) => fieldOf(e) === field);
    return server ? `${t(`signIn.${field}.label`)}: ${describe(server)}` : null;
  };
  const change = (field: Field, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setServerErrors((current) => current.filter((e) => fieldOf(e) !== field));
  };
  const visit = (field: Field) =>
    setVisited((v) => ({ ...v, [field]: values[field] !== '' || v[field] }));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setVisited({ username: true, password: true });
    const firstInvalid = FIELDS.find((field) => errors[field]);
    if (firstInvalid) {
      (firstInvalid === 'username' ? usernameRef : passwordRef).current?.focus();
      return;
    }
    setServerErrors([]);
    setUnreachable(false);
    try {
      const result = await login({
        variables: { input: { username: values.username.trim(), password: values.password } },
        update(cache, { data }) {
          const user = data?.login.user;
          if (user) cache.writeQuery({ query: ME_QUERY, data: { me: user } });
        },
      });
      const payload = result.data?.login;
      if (payload?.user && payload.userErrors.length === 0) {
        // Back to where an expired session interrupted the user, if that is where they came from.
        await navigate(returnPath(next), { replace: true });
        return;
      }
      setServerErrors(payload?.userErrors ?? []);
      setUnreachable(!payload);
    } catch {
      setUnreachable(true);
    }
  };

  const formErrors = serverErrors.filter((e) => !fieldOf(e));
  return (
    <Page title={t('signIn.title')} titleSuffix={t('app.name')}>
      {next && <p className="admin-notice">{t('signIn.expired')}</p>}
      {(formErrors.length > 0 || unreachable) && (
        <ErrorState
          title={t('signIn.failedTitle')}
          message={unreachable ? t('signIn.networkError') : formErrors.map(describe).join(' ')}
        />
      )}
      <form noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          ref={usernameRef}
          id="username"
          name="username"
          label={t('signIn.username.label')}
          error={errorFor('username')}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          value={values.username}
          onChange={(event) => change('username', event.target.value)}
          onBlur={() => visit('username')}
        />
        <TextField
          ref={passwordRef}
          id="password"
          name="password"
          type="password"
          label={t('signIn.password.label')}
          error={errorFor('password')}
          autoComplete="current-password"
          required
          value={values.password}
          onChange={(event) => change('password', event.target.value)}
          onBlur={() => visit('password')}
        />
        <Button type="submit" busy={loading} busyLabel={t('signIn.submitting')}>
          {t('signIn.submit')}
        </Button>
      </form>
    </Page>
  );
}
