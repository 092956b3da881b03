import {
  calculateSchedule,
  checkEligibility,
  type Currency,
  isDomainError,
  parseDecimal,
  type ScheduledInstalment,
} from '@revolve/domain';
import { type LoanProductOption } from './loan-documents';

export interface ApplicationValues {
  productId: string;
  purpose: string;
  businessDescription: string;
  /** The plan's figures: optional, in the product's currency; family members a whole number. */
  expectedMonthlyIncome: string;
  expectedMonthlyCosts: string;
  familyWorkers: string;
  principal: string;
  termMonths: string;
  graceMonths: string;
}

export type ApplicationField = keyof ApplicationValues;

/** A problem code (translated by the form) or, from the domain, its own message. */
export type ApplicationProblem =
  { code: 'required' | 'wholeNumber' | 'tooShort' | 'familyWorkers' } | { message: string };

/** The API's limit on family members working in one business. */
export const MAX_FAMILY_WORKERS = 50;

export interface ApplicationCheck {
  errors: Partial<Record<ApplicationField, ApplicationProblem>>;
  /** The schedule the survivor would get if disbursed on `disbursedOn`; null while input is incomplete. */
  preview: ScheduledInstalment[] | null;
}

const WHOLE = /^\d+$/;
const wholeNumber = (text: string): number | null =>
  WHOLE.test(text.trim()) ? Number(text.trim()) : null;

/**
 * The API's rules, run as the officer types: the amount parsed exactly by the domain, the
 * product's limits by checkEligibility, the preview by calculateSchedule. Consent and open loans
 * are the API's to check (it sees the survivor); they come back as userErrors.
 */
export function validateApplication(
  v: ApplicationValues,
  product: LoanProductOption | undefined,
  disbursedOn: string,
): ApplicationCheck {
  const errors: ApplicationCheck['errors'] = {};
  if (!product) errors.productId = { code: 'required' };
  if (!v.purpose) errors.purpose = { code: 'required' };
  const description = v.businessDescription.trim();
  if (description === '') errors.businessDescription = { code: 'required' };
  else if (description.length < 10) errors.businessDescription = { code: 'tooShort' };

  const currency: Currency = product?.currency ?? 'AZN';
  /** The amount typed into `field`, exact; null (with the problem noted) when it is not one. */
  const amount = (field: 'principal' | 'expectedMonthlyIncome' | 'expectedMonthlyCosts') => {
    try {
      return parseDecimal(v[field].trim(), currency);
    } catch (e) {
      errors[field] = { message: isDomainError(e) ? e.message : String(e) };
      return null;
    }
  };
  let principal = null;
  if (v.principal.trim() === '') errors.principal = { code: 'required' };
  else principal = amount('principal');
  for (const f of ['expectedMonthlyIncome', 'expectedMonthlyCosts'] as const)
    if (v[f].trim() !== '') amount(f);
  if (v.familyWorkers.trim() !== '') {
    const workers = wholeNumber(v.familyWorkers);
    if (workers === null || workers > MAX_FAMILY_WORKERS)
      errors.familyWorkers = { code: 'familyWorkers' };
  }
  const term = wholeNumber(v.termMonths);
  if (v.termMonths.trim() === '') errors.termMonths = { code: 'required' };
  else if (term === null) errors.termMonths = { code: 'wholeNumber' };
  const grace = v.graceMonths.trim() === '' ? 0 : wholeNumber(v.graceMonths);
  if (grace === null) errors.graceMonths = { code: 'wholeNumber' };

  if (product && principal && term !== null && grace !== null) {
    const problems = checkEligibility({
      consentGiven: true,
      hasOpenLoan: false,
      product: {
        currency: product.currency,
        minPrincipal: parseDecimal(product.minPrincipal.amount, product.currency),
        maxPrincipal: parseDecimal(product.maxPrincipal.amount, product.currency),
        minTermMonths: product.minTermMonths,
        maxTermMonths: product.maxTermMonths,
        maxGraceMonths: product.maxGraceMonths,
      },
      application: { principal, termMonths: term, graceMonths: grace },
    });
    for (const p of problems) {
      const field = p.field[1] as ApplicationField | undefined;
      if (field && !errors[field]) errors[field] = { message: p.message };
    }
  }

  let preview: ScheduledInstalment[] | null = null;
  if (!errors.principal && !errors.termMonths && !errors.graceMonths && principal && term) {
    try {
      preview = calculateSchedule({
        principal,
        termMonths: term,
        graceMonths: grace ?? 0,
        disbursedOn,
        roundingUnit: product
          ? parseDecimal(product.roundingUnit.amount, product.currency).amount
          : undefined,
      });
    } catch (e) {
      if (!isDomainError(e)) throw e;
    }
  }
  return { errors, preview };
}
