import { useMutation, useQuery } from '@apollo/client/react';
import { formatDecimal, todayIn } from '@revolve/domain';
import { Button, ErrorState, LoadingState, MoneyText, Page, TextField } from '@revolve/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { type UserError } from '../auth/login-mutation';
import { SelectField } from '../forms/select-field';
import { splitUserErrors } from '../forms/user-errors';
import { RequireRole } from '../shell/require-role';
import { BENEFICIARY_QUERY } from '../survivor-file/beneficiary-query';
import { type Currency, LOAN_PRODUCTS_QUERY, SUBMIT_APPLICATION_MUTATION } from './loan-documents';
import { ScheduleTable } from './schedule-table';
import {
  type ApplicationField,
  type ApplicationProblem,
  type ApplicationValues,
  validateApplication,
} from './validate-application';

const FIELDS: readonly ApplicationField[] = [
  'productId',
  'purpose',
  'businessDescription',
  'expectedMonthlyIncome',
  'expectedMonthlyCosts',
  'familyWorkers',
  'principal',
  'termMonths',
  'graceMonths',
];
const fieldId = (f: string) => `application-${f}`;
// The API names an amount ["input","principal","amount"]; the form has one field per amount.
const toFormField = (path: string) => path.replace(/\.(amount|currency)$/, '');

const optionalMoney = (text: string, currency: Currency) =>
  text.trim() ? { amount: text.trim(), currency } : null;

export function LoanApplicationPage() {
  return (
    <RequireRole roles={['CASE_MANAGER']}>
      <LoanApplication />
    </RequireRole>
  );
}

function LoanApplication() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const survivor = useQuery(BENEFICIARY_QUERY, { variables: { id } });
  const products = useQuery(LOAN_PRODUCTS_QUERY);
  const [submitApplication, submitting] = useMutation(SUBMIT_APPLICATION_MUTATION, {
    refetchQueries: (r) => (r.data?.submitLoanApplication.loan ? ['AdminLoans'] : []),
  });
  const [values, setValues] = useState<ApplicationValues>({
    productId: '',
    purpose: '',
    businessDescription: '',
    expectedMonthlyIncome: '',
    expectedMonthlyCosts: '',
    familyWorkers: '',
    principal: '',
    termMonths: '',
    graceMonths: '0',
  });
  const [touched, setTouched] = useState<Partial<Record<ApplicationField, boolean>>>({});
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<UserError[]>([]);
  const [unreachable, setUnreachable] = useState(false);

  const active = (products.data?.loanProducts ?? []).filter((p) => p.active);
  const product = active.find((p) => p.id === values.productId);
  // The preview assumes disbursement today; the real dates count from the disbursement.
  const today = todayIn();
  const { errors, preview } = validateApplication(values, product, today);

  const label = (f: ApplicationField) => t(`application.fields.${f}`);
  const describe = (p: ApplicationProblem) =>
    'code' in p ? t(`application.problems.${p.code}`) : p.message;
  const errorFor = (f: ApplicationField) => {
    const problem = submitted || touched[f] ? errors[f] : undefined;
    if (problem) return `${label(f)}: ${describe(problem)}`;
    return serverErrors[f] ? `${label(f)}: ${serverErrors[f]}` : null;
  };
  const set = (f: ApplicationField, value: string) => {
    setValues((v) => ({ ...v, [f]: value }));
    setTouched((s) => ({ ...s, [f]: true }));
    setServerErrors((s) => Object.fromEntries(Object.entries(s).filter(([k]) => k !== f)));
  };
  const focus = (f: string) => document.getElementById(fieldId(f))?.focus();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(true);
    const first = FIELDS.find((f) => errors[f]);
    if (first || !product) {
      focus(first ?? 'productId');
      return;
    }
    setServerErrors({});
    setGeneral([]);
    setUnreachable(false);
    try {
      const result = await submitApplication({
        variables: {
          input: {
            beneficiaryId: id,
            productId: product.id,
            purpose: values.purpose,
            businessDescription: values.businessDescription.trim(),
            expectedMonthlyIncome: optionalMoney(values.expectedMonthlyIncome, product.currency),
            expectedMonthlyCosts: optionalMoney(values.expectedMonthlyCosts, product.currency),
            familyWorkers: values.familyWorkers.trim() ? Number(values.familyWorkers.trim()) : null,
            principal: { amount: values.principal.trim(), currency: product.currency },
            termMonths: Number(values.termMonths.trim()),
            graceMonths: Number(values.graceMonths.trim() || '0'),
          },
        },
      });
      const payload = result.data?.submitLoanApplication;
      if (payload?.loan && payload.userErrors.length === 0) {
        void navigate(`/loans/${payload.loan.id}`, { state: { notice: 'submitted' } });
        return;
      }
      const byField: Record<string, string> = {};
      const split = splitUserErrors(payload?.userErrors ?? [], (p) =>
        (FIELDS as readonly string[]).includes(toFormField(p)),
      );
      for (const [k, m] of Object.entries(split.byField)) byField[toFormField(k)] = m;
      setServerErrors(byField);
      setGeneral(split.general);
      setUnreachable(!payload);
      const firstServer = FIELDS.find((f) => byField[f]);
      if (firstServer) requestAnimationFrame(() => focus(firstServer));
    } catch {
      setUnreachable(true);
    }
  };

  const s = survivor.data?.beneficiary;
  if ((survivor.loading && !survivor.data) || (products.loading && !products.data))
    return <LoadingState label={t('application.loading')} />;
  if (survivor.error || products.error || !s)
    return (
      <Page title={t('application.title')} titleSuffix={t('app.name')}>
        <ErrorState
          title={t('application.loadFailed')}
          message={t('survivors.errorBody')}
          retryLabel={t('survivors.retry')}
          onRetry={() => {
            void survivor.refetch().catch(() => undefined);
            void products.refetch().catch(() => undefined);
          }}
        />
      </Page>
    );

  const total = preview?.reduce((sum, i) => sum + i.principalDue.amount, 0n);
  return (
    <Page
      title={t('application.titleFor', { code: s.code, name: s.fullName ?? '' })}
      titleSuffix={t('app.name')}
    >
      <p>
        <Link to={`/beneficiaries/${id}`}>{t('application.back')}</Link>
      </p>
      {!s.consent.active && (
        <ErrorState title={t('application.noConsentTitle')} message={t('application.noConsent')} />
      )}
      <div className="loan-wizard">
        <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby="application-heading">
          <h2 id="application-heading">{t('application.formTitle')}</h2>
          {(general.length > 0 || unreachable) && (
            <ErrorState
              title={t('application.failedTitle')}
              message={
                unreachable ? t('users.networkError') : general.map((e) => e.message).join(' ')
              }
            />
          )}
          <SelectField
            id={fieldId('productId')}
            label={label('productId')}
            required
            placeholder={t('register.choose')}
            options={active.map((p) => ({ value: p.id, label: p.name }))}
            value={values.productId}
            error={errorFor('productId')}
            onChange={(e) => set('productId', e.target.value)}
          />
          {product && (
            <p className="admin-muted" id="product-limits">
              {t('application.limits', {
                min: product.minPrincipal.amount,
                max: product.maxPrincipal.amount,
                currency: product.currency,
                minTerm: product.minTermMonths,
                maxTerm: product.maxTermMonths,
                maxGrace: product.maxGraceMonths,
              })}
            </p>
          )}
          <SelectField
            id={fieldId('purpose')}
            label={label('purpose')}
            required
            placeholder={t('register.choose')}
            options={['START_UP', 'EXPANSION'].map((p) => ({
              value: p,
              label: t(`loan.purposes.${p}`),
            }))}
            value={values.purpose}
            error={errorFor('purpose')}
            onChange={(e) => set('purpose', e.target.value)}
          />
          <div className="rv-field">
            <label className="rv-field__label" htmlFor={fieldId('businessDescription')}>
              {label('businessDescription')}
              <span aria-hidden="true"> *</span>
            </label>
            <textarea
              id={fieldId('businessDescription')}
              className="rv-field__input"
              rows={4}
              required
              value={values.businessDescription}
              aria-invalid={errorFor('businessDescription') ? true : undefined}
              aria-describedby={
                errorFor('businessDescription')
                  ? 'application-businessDescription-error'
                  : undefined
              }
              onChange={(e) => set('businessDescription', e.target.value)}
            />
            {errorFor('businessDescription') && (
              <p className="rv-field__error" id="application-businessDescription-error">
                <span aria-hidden="true">⚠ </span>
                {errorFor('businessDescription')}
              </p>
            )}
          </div>
          <fieldset className="admin-fieldset">
            <legend>{t('application.planFigures')}</legend>
            <div className="admin-row">
              {(['expectedMonthlyIncome', 'expectedMonthlyCosts'] as const).map((f) => (
                <TextField
                  key={f}
                  id={fieldId(f)}
                  label={label(f)}
                  hint={t('application.monthlyHint', { currency: product?.currency ?? 'AZN' })}
                  inputMode="decimal"
                  autoComplete="off"
                  value={values[f]}
                  error={errorFor(f)}
                  onChange={(e) => set(f, e.target.value)}
                />
              ))}
            </div>
            <TextField
              id={fieldId('familyWorkers')}
              label={label('familyWorkers')}
              hint={t('application.familyWorkersHint')}
              inputMode="numeric"
              autoComplete="off"
              value={values.familyWorkers}
              error={errorFor('familyWorkers')}
              onChange={(e) => set('familyWorkers', e.target.value)}
            />
          </fieldset>
          <TextField
            id={fieldId('principal')}
            label={label('principal')}
            hint={t('application.principalHint', { currency: product?.currency ?? 'AZN' })}
            inputMode="decimal"
            required
            autoComplete="off"
            value={values.principal}
            error={errorFor('principal')}
            onChange={(e) => set('principal', e.target.value)}
          />
          <div className="admin-row">
            <TextField
              id={fieldId('termMonths')}
              label={label('termMonths')}
              inputMode="numeric"
              required
              autoComplete="off"
              value={values.termMonths}
              error={errorFor('termMonths')}
              onChange={(e) => set('termMonths', e.target.value)}
            />
            <TextField
              id={fieldId('graceMonths')}
              label={label('graceMonths')}
              inputMode="numeric"
              autoComplete="off"
              value={values.graceMonths}
              error={errorFor('graceMonths')}
              onChange={(e) => set('graceMonths', e.target.value)}
            />
          </div>
          <Button type="submit" busy={submitting.loading} busyLabel={t('application.submitting')}>
            {t('application.submit')}
          </Button>
        </form>
        <section className="admin-section" aria-labelledby="preview-heading" aria-live="polite">
          <h2 id="preview-heading">{t('application.previewTitle')}</h2>
          {preview && product && total !== undefined ? (
            <>
              <p>
                {t('application.previewSummary', { count: preview.length })}{' '}
                <MoneyText
                  amount={formatDecimal({ amount: total, currency: product.currency })}
                  currency={product.currency}
                  locale={i18n.language}
                />
              </p>
              <ScheduleTable
                caption={t('application.previewCaption')}
                currency={product.currency}
                rows={preview.map((i) => ({
                  number: i.number,
                  dueDate: i.dueDate,
                  principalDue: formatDecimal(i.principalDue),
                }))}
              />
            </>
          ) : (
            <p className="admin-muted">{t('application.previewEmpty')}</p>
          )}
        </section>
      </div>
    </Page>
  );
}
