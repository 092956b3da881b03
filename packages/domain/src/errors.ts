/**
 * Stable, machine-readable codes for business-rule refusals. The API turns them into
 * `userErrors` (never a 500), so they must not change once published.
 */
export const DOMAIN_ERROR_CODES = [
  'INVALID_AMOUNT',
  'INVALID_CURRENCY',
  'CURRENCY_MISMATCH',
  'NEGATIVE_AMOUNT',
  'INVALID_DATE',
  'INVALID_SCHEDULE',
  'OVERPAYMENT',
  'INVALID_STATE',
  'SELF_APPROVAL',
  'INSUFFICIENT_FUNDS',
  'TRAINING_REQUIRED',
  'BALANCE_OUTSTANDING',
  'CONSENT_REQUIRED',
  'OUT_OF_LIMITS',
  'ACTIVE_LOAN_EXISTS',
  'UNBALANCED_ENTRY',
] as const;

export type KnownDomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];
/** A known code, or another stable code a caller defines (the union keeps autocompletion). */
export type DomainErrorCode = KnownDomainErrorCode | (string & {});

/** A refused business rule; `field` names the offending parameter when there is one. */
export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly field?: string[];

  constructor(code: DomainErrorCode, message: string, field?: readonly string[]) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    if (field !== undefined) this.field = [...field];
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
