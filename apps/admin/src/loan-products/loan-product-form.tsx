import { useMutation } from '@apollo/client/react';
import { Button, MoneyText, TextField } from '@revolve/ui';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../forms/checkbox-field';
import { SelectField } from '../forms/select-field';
import { ActionProblem } from '../loans/action-problem';
import { type Currency } from '../loans/loan-documents';
import { useLoanAction } from '../loans/use-loan-action';
import {
  COURSE_TOPICS,
  CREATE_LOAN_PRODUCT_MUTATION,
  type LoanProduct,
  UPDATE_LOAN_PRODUCT_MUTATION,
} from './loan-products-documents';
import {
  type LoanProductFormValues,
  PRODUCT_FIELDS,
  type ProductField,
  validateLoanProduct,
} from './validate-loan-product';

const fieldId = (field: string) => `product-${field}`;
const REFETCH = ['AdminLoanProductList', 'AdminLoanProducts'];

function initialValues(p: LoanProduct | undefined): LoanProductFormValues {
  return {
    name: p?.name ?? '',
    nameAz: p?.nameAz ?? '',
    nameRu: p?.nameRu ?? '',
    currency: p?.currency ?? 'AZN',
    minPrincipal: p?.minPrincipal.amount ?? '',
    maxPrincipal: p?.maxPrincipal.amount ?? '',
    minTermMonths: p ? String(p.minTermMonths) : '',
    maxTermMonths: p ? String(p.maxTermMonths) : '',
    maxGraceMonths: p ? String(p.maxGraceMonths) : '0',
    roundingUnit: p?.roundingUnit.amount ?? '1.00',
    requiredCourseTopics: p?.requiredCourseTopics ?? [],
  };
}

export interface LoanProductFormProps {
  /** Absent to create a new product. */
  product?: LoanProduct;
  onDone: (product: LoanProduct) => void;
  onCancel: () => void;
}

/**
 * Creates a loan product or changes one's names and limits. Each field is checked as it is
 * typed, with the API's rules; currency and rounding unit are fixed once the product exists.
 */
export function LoanProductForm({ product, onDone, onCancel }: LoanProductFormProps) {
  const { t, i18n } = useTranslation();
  const [create, created] = useMutation(CREATE_LOAN_PRODUCT_MUTATION, {
    refetchQueries: (r) => (r.data?.createLoanProduct.product ? REFETCH : []),
  });
  const [update, updated] = useMutation(UPDATE_LOAN_PRODUCT_MUTATION, {
    refetchQueries: (r) => (r.data?.updateLoanProduct.product ? REFETCH : []),
  });
  const [values, setValues] = useState(() => initialValues(product));
  // A field shows its problems once it has been typed in, and every field after a submit.
  const [dirty, setDirty] = useState<ReadonlySet<ProductField>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const action = useLoanAction(PRODUCT_FIELDS);
  const errors = validateLoanProduct(values);

  const focus = (field: string) => document.getElementById(fieldId(field))?.focus();
  const label = (field: ProductField) => t(`loanProducts.fields.${field}`);
  const errorFor = (field: ProductField) => {
    const problem = submitted || dirty.has(field) ? errors[field] : undefined;
    if (problem) return `${label(field)}: ${t(`loanProducts.problems.${problem}`)}`;
    return action.byField[field] ? `${label(field)}: ${action.byField[field]}` : null;
  };
  const set = <K extends ProductField>(field: K, value: LoanProductFormValues[K]) => {
    setValues((v) => ({ ...v, [field]: value }));
    setDirty((d) => new Set(d).add(field));
    action.clear(field);
  };

  // The API's refusals land on their fields after the answer: focus the first of them.
  const firstServerError = PRODUCT_FIELDS.find((f) => action.byField[f]);
  useEffect(() => {
    if (firstServerError) focus(firstServerError);
  }, [firstServerError]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(true);
    const first = PRODUCT_FIELDS.find((f) => errors[f]);
    if (first) {
      focus(first);
      return;
    }
    const money = (amount: string) => ({ amount: amount.trim(), currency: values.currency });
    const common = {
      name: values.name.trim(),
      // The API keeps a translation it is not sent; an empty one would be refused.
      nameAz: values.nameAz.trim() || null,
      nameRu: values.nameRu.trim() || null,
      minPrincipal: money(values.minPrincipal),
      maxPrincipal: money(values.maxPrincipal),
      minTermMonths: Number(values.minTermMonths.trim()),
      maxTermMonths: Number(values.maxTermMonths.trim()),
      maxGraceMonths: Number(values.maxGraceMonths.trim()),
      requiredCourseTopics: COURSE_TOPICS.filter((c) => values.requiredCourseTopics.includes(c)),
    };
    const saved: { product: LoanProduct | null } = { product: null };
    await action.run(async () => {
      const payload = product
        ? (await update({ variables: { input: { productId: product.id, ...common } } })).data
            ?.updateLoanProduct
        : (
            await create({
              variables: {
                input: {
                  ...common,
                  currency: values.currency,
                  roundingUnit: values.roundingUnit.trim(),
                },
              },
            })
          ).data?.createLoanProduct;
      saved.product = payload?.product ?? null;
      return payload && { ok: Boolean(payload.product), userErrors: payload.userErrors };
    });
    if (saved.product) onDone(saved.product);
  };

  const text = (field: ProductField, extra: { hint?: string; required?: boolean } = {}) => (
    <TextField
      id={fieldId(field)}
      label={label(field)}
      autoComplete="off"
      value={values[field] as string}
      error={errorFor(field)}
      onChange={(e) => set(field, e.target.value)}
      {...extra}
    />
  );
  const amount = (field: ProductField) => (
    <TextField
      id={fieldId(field)}
      label={`${label(field)} (${values.currency})`}
      hint={t('loanProducts.amountHint')}
      inputMode="decimal"
      required
      autoComplete="off"
      value={values[field] as string}
      error={errorFor(field)}
      onChange={(e) => set(field, e.target.value)}
    />
  );
  const monthsField = (field: ProductField) => (
    <TextField
      id={fieldId(field)}
      label={label(field)}
      inputMode="numeric"
      required
      autoComplete="off"
      value={values[field] as string}
      error={errorFor(field)}
      onChange={(e) => set(field, e.target.value)}
    />
  );

  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby="product-form-heading">
      <h2 id="product-form-heading">
        {product
          ? t('loanProducts.editTitle', { name: product.name })
          : t('loanProducts.createTitle')}
      </h2>
      <ActionProblem general={action.general} unreachable={action.unreachable} />
      {text('name', { required: true, hint: t('loanProducts.nameHint') })}
      <div className="admin-row">
        {text('nameAz', { hint: t('loanProducts.translationHint') })}
        {text('nameRu', { hint: t('loanProducts.translationHint') })}
      </div>
      <div className="admin-row">
        {product ? (
          <dl className="admin-dl">
            <dt>{label('currency')}</dt>
            <dd>{product.currency}</dd>
            <dt>{label('roundingUnit')}</dt>
            <dd>
              <MoneyText
                amount={product.roundingUnit.amount}
                currency={product.currency}
                locale={i18n.language}
              />
            </dd>
          </dl>
        ) : (
          <>
            <SelectField
              id={fieldId('currency')}
              label={label('currency')}
              options={(['AZN', 'USD'] as const).map((c) => ({ value: c, label: c }))}
              value={values.currency}
              onChange={(e) => set('currency', e.target.value as Currency)}
            />
            <TextField
              id={fieldId('roundingUnit')}
              label={`${label('roundingUnit')} (${values.currency})`}
              hint={t('loanProducts.roundingHint')}
              inputMode="decimal"
              required
              autoComplete="off"
              value={values.roundingUnit}
              error={errorFor('roundingUnit')}
              onChange={(e) => set('roundingUnit', e.target.value)}
            />
          </>
        )}
      </div>
      <div className="admin-row">
        {amount('minPrincipal')}
        {amount('maxPrincipal')}
      </div>
      <div className="admin-row">
        {monthsField('minTermMonths')}
        {monthsField('maxTermMonths')}
        {monthsField('maxGraceMonths')}
      </div>
      <fieldset className="admin-fieldset">
        <legend>{label('requiredCourseTopics')}</legend>
        <p className="admin-muted">{t('loanProducts.topicsHint')}</p>
        {COURSE_TOPICS.map((topic, i) => (
          <CheckboxField
            key={topic}
            id={i === 0 ? fieldId('requiredCourseTopics') : `product-topic-${topic}`}
            label={t(`dashboard.topics.${topic}`)}
            checked={values.requiredCourseTopics.includes(topic)}
            onChange={(e) =>
              set(
                'requiredCourseTopics',
                e.target.checked
                  ? [...values.requiredCourseTopics, topic]
                  : values.requiredCourseTopics.filter((c) => c !== topic),
              )
            }
          />
        ))}
      </fieldset>
      <div className="admin-row">
        <Button
          type="submit"
          busy={created.loading || updated.loading}
          busyLabel={t('loanProducts.saving')}
        >
          {product ? t('loanProducts.save') : t('loanProducts.create')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('loanProducts.cancel')}
        </Button>
      </div>
    </form>
  );
}
