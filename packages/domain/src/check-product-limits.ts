/** A loan product's limits, in minor units and whole months. */
export interface ProductLimits {
  minPrincipal: bigint;
  maxPrincipal: bigint;
  minTermMonths: number;
  maxTermMonths: number;
  maxGraceMonths: number;
  roundingUnit: bigint;
}

export type ProductLimitField =
  | 'minPrincipal'
  | 'maxPrincipal'
  | 'minTermMonths'
  | 'maxTermMonths'
  | 'maxGraceMonths'
  | 'roundingUnit';

export type ProductLimitProblem =
  'positive' | 'maxBelowMin' | 'months' | 'termBelowMin' | 'graceTooLong';

export interface ProductLimitViolation {
  field: ProductLimitField;
  problem: ProductLimitProblem;
}

/**
 * The limits that must hold together, each refusal on the field a person would correct: the API
 * refuses with them and the admin form shows them as you type, so both say the same.
 */
export function checkProductLimits(p: ProductLimits): ProductLimitViolation[] {
  const found: ProductLimitViolation[] = [];
  if (p.minPrincipal <= 0n) found.push({ field: 'minPrincipal', problem: 'positive' });
  if (p.maxPrincipal < p.minPrincipal)
    found.push({ field: 'maxPrincipal', problem: 'maxBelowMin' });
  if (p.minTermMonths < 1) found.push({ field: 'minTermMonths', problem: 'months' });
  if (p.maxTermMonths < p.minTermMonths)
    found.push({ field: 'maxTermMonths', problem: 'termBelowMin' });
  if (p.maxGraceMonths < 0) found.push({ field: 'maxGraceMonths', problem: 'months' });
  else if (p.maxGraceMonths >= p.maxTermMonths)
    found.push({ field: 'maxGraceMonths', problem: 'graceTooLong' });
  if (p.roundingUnit <= 0n) found.push({ field: 'roundingUnit', problem: 'positive' });
  return found;
}
