import { checkProductLimits, type Currency, isDomainError, parseDecimal } from '@revolve/domain';
import { type CourseTopic } from './loan-products-documents';

/** The form as typed: amounts and months stay text until they are valid. */
export interface LoanProductFormValues {
  name: string;
  nameAz: string;
  nameRu: string;
  currency: Currency;
  minPrincipal: string;
  maxPrincipal: string;
  minTermMonths: string;
  maxTermMonths: string;
  maxGraceMonths: string;
  roundingUnit: string;
  requiredCourseTopics: CourseTopic[];
}

export const PRODUCT_FIELDS = [
  'name',
  'nameAz',
  'nameRu',
  'currency',
  'minPrincipal',
  'maxPrincipal',
  'minTermMonths',
  'maxTermMonths',
  'maxGraceMonths',
  'roundingUnit',
  'requiredCourseTopics',
] as const satisfies readonly (keyof LoanProductFormValues)[];
export type ProductField = (typeof PRODUCT_FIELDS)[number];

export type ProductProblem =
  | 'required'
  | 'tooLong'
  | 'amount'
  | 'positive'
  | 'maxBelowMin'
  | 'months'
  | 'termBelowMin'
  | 'grace'
  | 'graceTooLong';

export type ProductErrors = Partial<Record<ProductField, ProductProblem>>;

/** The API's limits on names (1..200 characters) and on months (whole, up to 600). */
const MAX_NAME = 200;
const MAX_MONTHS = 600;
const WHOLE = /^\d+$/;

function months(text: string, min: number): number | ProductProblem {
  const t = text.trim();
  if (t === '') return 'required';
  if (!WHOLE.test(t)) return 'months';
  const n = Number(t);
  return n < min || n > MAX_MONTHS ? 'months' : n;
}

/** Minor units through the domain's strict parser, the one the API runs; never a float. */
function minor(text: string, currency: Currency): bigint | ProductProblem {
  const t = text.trim();
  if (t === '') return 'required';
  try {
    const { amount } = parseDecimal(t, currency);
    return amount > 0n ? amount : 'positive';
  } catch (e) {
    if (isDomainError(e) && e.code === 'NEGATIVE_AMOUNT') return 'positive';
    return 'amount';
  }
}

/**
 * The rules the API enforces (CreateLoanProductInput's limits and checkProductLimits): each
 * problem on the field the API would name, so the form and the server agree.
 */
export function validateLoanProduct(v: LoanProductFormValues): ProductErrors {
  const errors: ProductErrors = {};
  const name = v.name.trim();
  if (name === '') errors.name = 'required';
  else if (name.length > MAX_NAME) errors.name = 'tooLong';
  if (v.nameAz.trim().length > MAX_NAME) errors.nameAz = 'tooLong';
  if (v.nameRu.trim().length > MAX_NAME) errors.nameRu = 'tooLong';

  const min = minor(v.minPrincipal, v.currency);
  const max = minor(v.maxPrincipal, v.currency);
  const minTerm = months(v.minTermMonths, 1);
  const maxTerm = months(v.maxTermMonths, 1);
  const grace = months(v.maxGraceMonths, 0);
  const unit = minor(v.roundingUnit, v.currency);
  if (typeof min !== 'bigint') errors.minPrincipal = min;
  if (typeof max !== 'bigint') errors.maxPrincipal = max;
  if (typeof minTerm !== 'number') errors.minTermMonths = minTerm;
  if (typeof maxTerm !== 'number') errors.maxTermMonths = maxTerm;
  if (typeof grace !== 'number') errors.maxGraceMonths = grace === 'months' ? 'grace' : grace;
  if (typeof unit !== 'bigint') errors.roundingUnit = unit;
  // The cross-field limits come from the domain, the check the API refuses with. A field still
  // being typed stands in with a value that breaks no limit, so the others are checked as you type.
  const minP = typeof min === 'bigint' ? min : typeof max === 'bigint' ? max : 1n;
  const minT = typeof minTerm === 'number' ? minTerm : 1;
  const g = typeof grace === 'number' ? grace : 0;
  const limits = {
    minPrincipal: minP,
    maxPrincipal: typeof max === 'bigint' ? max : minP,
    minTermMonths: minT,
    maxTermMonths: typeof maxTerm === 'number' ? maxTerm : Math.max(minT, g + 1),
    maxGraceMonths: g,
    roundingUnit: typeof unit === 'bigint' ? unit : 1n,
  };
  for (const { field, problem } of checkProductLimits(limits)) errors[field] ??= problem;
  return errors;
}
