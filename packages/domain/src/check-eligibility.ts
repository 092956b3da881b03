import { formatDecimal } from './format-money';
import { isMoney, type Currency, type Money } from './money';

export interface LoanProductLimits {
  minPrincipal: Money;
  maxPrincipal: Money;
  minTermMonths: number;
  maxTermMonths: number;
  maxGraceMonths: number;
  currency: Currency;
}

export interface LoanApplicationInput {
  principal: Money;
  termMonths: number;
  graceMonths: number;
}

export interface EligibilityInput {
  consentGiven: boolean;
  product: LoanProductLimits;
  application: LoanApplicationInput;
  hasOpenLoan: boolean;
}

export type EligibilityCode =
  'CONSENT_REQUIRED' | 'OUT_OF_LIMITS' | 'CURRENCY_MISMATCH' | 'ACTIVE_LOAN_EXISTS';

export interface EligibilityProblem {
  code: EligibilityCode;
  /** Path to the input at fault, e.g. ['input', 'principal']; [] when about the person. */
  field: string[];
  message: string;
}

const show = (m: Money): string => `${formatDecimal(m)} ${m.currency}`;

function checkPrincipal(product: LoanProductLimits, principal: Money): EligibilityProblem | null {
  const field = ['input', 'principal'];
  if (!isMoney(principal)) {
    return { code: 'OUT_OF_LIMITS', field, message: 'Enter the amount to borrow.' };
  }
  if (principal.currency !== product.currency) {
    return {
      code: 'CURRENCY_MISMATCH',
      field,
      message: `This product lends in ${product.currency}, not ${principal.currency}.`,
    };
  }
  if (
    principal.amount < product.minPrincipal.amount ||
    principal.amount > product.maxPrincipal.amount
  ) {
    return {
      code: 'OUT_OF_LIMITS',
      field,
      message: `The amount must be between ${show(product.minPrincipal)} and ${show(product.maxPrincipal)}.`,
    };
  }
  return null;
}

function checkTerm(product: LoanProductLimits, termMonths: number): EligibilityProblem | null {
  if (
    !Number.isInteger(termMonths) ||
    termMonths < product.minTermMonths ||
    termMonths > product.maxTermMonths
  ) {
    return {
      code: 'OUT_OF_LIMITS',
      field: ['input', 'termMonths'],
      message: `The loan must last a whole number of months between ${product.minTermMonths} and ${product.maxTermMonths}.`,
    };
  }
  return null;
}

function checkGrace(
  product: LoanProductLimits,
  { graceMonths, termMonths }: LoanApplicationInput,
): EligibilityProblem | null {
  const field = ['input', 'graceMonths'];
  if (!Number.isInteger(graceMonths) || graceMonths < 0 || graceMonths > product.maxGraceMonths) {
    return {
      code: 'OUT_OF_LIMITS',
      field,
      message: `The grace period must be a whole number of months from 0 to ${product.maxGraceMonths}.`,
    };
  }
  if (Number.isInteger(termMonths) && graceMonths >= termMonths) {
    return {
      code: 'OUT_OF_LIMITS',
      field,
      message:
        'The grace period must be shorter than the loan, so that there is something to repay.',
    };
  }
  return null;
}

/**
 * Every reason the application cannot go ahead, all at once so that a form can show them
 * together; an empty list means eligible. The same rules run in the browser and the API.
 */
export function checkEligibility(input: EligibilityInput): EligibilityProblem[] {
  const problems: EligibilityProblem[] = [];
  if (input.consentGiven !== true) {
    problems.push({
      code: 'CONSENT_REQUIRED',
      field: [],
      message: 'The borrower has not given consent to the use of their data. Record consent first.',
    });
  }
  if (input.hasOpenLoan) {
    problems.push({
      code: 'ACTIVE_LOAN_EXISTS',
      field: [],
      message: 'The borrower already has a loan that is not closed. Only one loan at a time.',
    });
  }
  const { product, application } = input;
  for (const problem of [
    checkPrincipal(product, application.principal),
    checkTerm(product, application.termMonths),
    checkGrace(product, application),
  ]) {
    if (problem) problems.push(problem);
  }
  return problems;
}
