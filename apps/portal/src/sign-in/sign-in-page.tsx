import { Button, ErrorState, Page, TextField } from '@revolve/ui';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { announceSignedIn } from '../session';
import { loginWithPin, type LoginUserError } from './login-mutation';
import { type SignInValues, validateSignIn } from './validate-sign-in';

type Field = keyof SignInValues;
type UserError = LoginUserError;

// The API names fields by the contract (username/password); the screen by what people type.
const FIELD_OF_INPUT: Record<string, Field> = { username: 'phone', password: 'pin' };

export function SignInPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [values, setValues] = useState<SignInValues>({ phone: '', pin: '' });
  // A field's error shows once it was left or the form was sent, then updates as you type.
  const [visited, setVisited] = useState<Partial<Record<Field, boolean>>>({});
  const [serverErrors, setServerErrors] = useState<UserError[]>([]);
  const [unreachable, setUnreachable] = useState(false);
  const phoneRef = useRef<HTMLInputElement>(null);
  const pinRef = useRef<HTMLInputElement>(null);
  const [loading, setLoading] = useState(false);

  const check = validateSignIn(values);
  const describe = (error: UserError) => {
    const key = `signIn.errors.${error.code}`;
    return i18n.exists(key) ? t(key) : error.message;
  };
  const serverErrorFor = (field: Field) =>
    serverErrors.find((e) => FIELD_OF_INPUT[e.field?.at(-1) ?? ''] === field);
  const errorFor = (field: Field): string | null => {
    const problem = visited[field] ? check.errors[field] : undefined;
    if (problem) return t(`signIn.${field}.${problem}`);
    const server = serverErrorFor(field);
    return server ? `${t(`signIn.${field}.label`)}: ${describe(server)}` : null;
  };
  const change = (field: Field, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setServerErrors((current) => current.filter((e) => e !== serverErrorFor(field)));
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setVisited({ phone: true, pin: true });
    const firstInvalid = (['phone', 'pin'] as const).find((field) => check.errors[field]);
    if (firstInvalid || !check.username) {
      (firstInvalid === 'pin' ? pinRef : phoneRef).current?.focus();
      return;
    }
    setServerErrors([]);
    setUnreachable(false);
    setLoading(true);
    try {
      const payload = await loginWithPin({
        input: { username: check.username, password: values.pin },
      });
      if (payload?.user && payload.userErrors.length === 0) {
        announceSignedIn(payload.user);
        navigate('/', { replace: true });
        return;
      }
      setServerErrors(payload?.userErrors ?? []);
      setUnreachable(!payload);
    } catch {
      setUnreachable(true);
    } finally {
      setLoading(false);
    }
  };

  const formErrors = serverErrors.filter((e) => !FIELD_OF_INPUT[e.field?.at(-1) ?? '']);
  return (
    <Page title={t('signIn.title')} titleSuffix={t('app.name')}>
      <p>{t('signIn.intro')}</p>
      {(formErrors.length > 0 || unreachable) && (
        <ErrorState
          title={t('signIn.failedTitle')}
          message={unreachable ? t('signIn.networkError') : formErrors.map(describe).join(' ')}
        />
      )}
      <form noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          ref={phoneRef}
          id="phone"
          name="phone"
          type="tel"
          label={t('signIn.phone.label')}
          hint={t('signIn.phone.hint')}
          error={errorFor('phone')}
          inputMode="tel"
          autoComplete="username"
          required
          value={values.phone}
          onChange={(event) => change('phone', event.target.value)}
          onBlur={() => setVisited((v) => ({ ...v, phone: values.phone !== '' || v.phone }))}
        />
        <TextField
          ref={pinRef}
          id="pin"
          name="pin"
          type="password"
          label={t('signIn.pin.label')}
          hint={t('signIn.pin.hint')}
          error={errorFor('pin')}
          inputMode="numeric"
          pattern="[0-9]*"
          autoComplete="current-password"
          required
          value={values.pin}
          // Pasted PINs often carry spaces ("123 456"): drop them rather than refuse.
          onChange={(event) => change('pin', event.target.value.replace(/\s/g, ''))}
          onBlur={() => setVisited((v) => ({ ...v, pin: values.pin !== '' || v.pin }))}
        />
        <Button type="submit" busy={loading} busyLabel={t('signIn.submitting')}>
          {t('signIn.submit')}
        </Button>
      </form>
      <p>{t('signIn.help')}</p>
      <Link className="rv-button rv-button--secondary" to="/first-time">
        {t('signIn.firstTime')}
      </Link>
    </Page>
  );
}
