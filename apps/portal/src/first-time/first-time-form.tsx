import { Button, ErrorState, Page, TextField } from '@revolve/ui';
import { type TFunction } from 'i18next';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { announceSignedIn } from '../session';
import { type LoginUserError } from '../sign-in/login-mutation';
import { redeemAccessCode } from './redeem-mutation';
import { validateCode, validatePin } from './validate-first-time';

type Field = 'phone' | 'code' | 'pin' | 'pinAgain';

export function FirstTimeForm({ t }: { t: TFunction }) {
  const { t: common } = useTranslation();
  const navigate = useNavigate();
  const [step, setStep] = useState<1 | 2>(1);
  const [values, setValues] = useState({ phone: '', code: '', pin: '', pinAgain: '' });
  const [sent, setSent] = useState<Partial<Record<1 | 2, boolean>>>({});
  const [serverError, setServerError] = useState<LoginUserError | 'network' | null>(null);
  const [loading, setLoading] = useState(false);
  const phoneRef = useRef<HTMLInputElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  const pinRef = useRef<HTMLInputElement>(null);
  const pinAgainRef = useRef<HTMLInputElement>(null);
  const focus = (field: Field) =>
    ({ phone: phoneRef, code: codeRef, pin: pinRef, pinAgain: pinAgainRef })[
      field
    ].current?.focus();
  const codeCheck = validateCode(values);
  const pinCheck = validatePin(values);
  // Each step starts at its first field, so keyboard and screen reader users land there.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    (step === 1 ? phoneRef : pinRef).current?.focus();
  }, [step]);

  const errorFor = (field: Field): string | null => {
    const problem =
      field === 'phone' || field === 'code'
        ? sent[1] && codeCheck.errors[field]
        : sent[2] && pinCheck.errors[field];
    if (!problem) return null;
    return field === 'phone' ? common(`signIn.phone.${problem}`) : t(`${field}.${problem}`);
  };
  const change = (field: Field, value: string) =>
    setValues((current) => ({ ...current, [field]: value }));

  const next = (event: FormEvent) => {
    event.preventDefault();
    setSent((s) => ({ ...s, 1: true }));
    const invalid = (['phone', 'code'] as const).find((f) => codeCheck.errors[f]);
    if (invalid) return focus(invalid);
    setServerError(null);
    setStep(2);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSent((s) => ({ ...s, 2: true }));
    const invalid = (['pin', 'pinAgain'] as const).find((f) => pinCheck.errors[f]);
    if (invalid) return focus(invalid);
    setServerError(null);
    setLoading(true);
    try {
      const payload = await redeemAccessCode({
        input: { phone: codeCheck.username!, code: codeCheck.code, pin: values.pin },
      });
      if (payload?.user && payload.userErrors.length === 0) {
        announceSignedIn(payload.user);
        navigate('/', { replace: true });
        return;
      }
      const error = payload?.userErrors[0] ?? null;
      setServerError(error ?? 'network');
      // A wrong code is fixed on the first step; the PIN stays chosen.
      if (error && error.code !== 'VALIDATION') setStep(1);
    } catch {
      setServerError('network');
    } finally {
      setLoading(false);
    }
  };

  const problem =
    serverError === 'network'
      ? t('networkError')
      : serverError &&
        (t(`errors.${serverError.code}`, { defaultValue: serverError.message }) as string);
  return (
    <Page title={t('title')} titleSuffix={common('app.name')}>
      <p>{t('step', { step })}</p>
      {problem && <ErrorState title={t('failedTitle')} message={problem} />}
      {step === 1 ? (
        <form noValidate onSubmit={next}>
          <p>{t('intro')}</p>
          <TextField
            ref={phoneRef}
            id="phone"
            name="phone"
            type="tel"
            label={common('signIn.phone.label')}
            hint={common('signIn.phone.hint')}
            error={errorFor('phone')}
            inputMode="tel"
            autoComplete="username"
            required
            value={values.phone}
            onChange={(e) => change('phone', e.target.value)}
          />
          <TextField
            ref={codeRef}
            id="code"
            name="code"
            label={t('code.label')}
            hint={t('code.hint')}
            error={errorFor('code')}
            inputMode="numeric"
            autoComplete="one-time-code"
            required
            value={values.code}
            onChange={(e) => change('code', e.target.value)}
          />
          <Button type="submit">{t('continue')}</Button>
        </form>
      ) : (
        <form noValidate onSubmit={(e) => void submit(e)}>
          <p>{t('pinIntro')}</p>
          {(['pin', 'pinAgain'] as const).map((field) => (
            <TextField
              key={field}
              ref={field === 'pin' ? pinRef : pinAgainRef}
              id={field}
              name={field}
              type="password"
              label={t(`${field}.label`)}
              hint={t(`${field}.hint`)}
              error={errorFor(field)}
              inputMode="numeric"
              pattern="[0-9]*"
              autoComplete="new-password"
              required
              value={values[field]}
              onChange={(e) => change(field, e.target.value.replace(/\s/g, ''))}
            />
          ))}
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.75rem' }}>
            <Button type="submit" busy={loading} busyLabel={t('submitting')}>
              {t('submit')}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setStep(1)}>
              {t('back')}
            </Button>
          </div>
        </form>
      )}
      <p>
        <Link to="/sign-in">{t('haveAccount')}</Link>
      </p>
    </Page>
  );
}
