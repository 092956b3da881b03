import { DomainError } from './errors';
import { formatDecimal } from './format-money';
import { isMoney, type Money } from './money';

export interface InstalmentBalance {
  number: number;
  principalDue: Money;
  principalPaid: Money;
}

export interface Allocation {
  number: number;
  amount: Money;
}

function fieldOf(index: number, name: string): string[] {
  return ['instalments', String(index), name];
}

// Plain function without closures: this runs for every instalment of every repayment.
function checkInstalment(inst: InstalmentBalance, index: number, currency: string): void {
  const { principalDue: due, principalPaid: paid } = inst;
  if (!isMoney(due) || due.amount < 0n) {
    throw new DomainError(
      'INVALID_AMOUNT',
      'Principal due must be a non-negative amount.',
      fieldOf(index, 'principalDue'),
    );
  }
  if (!isMoney(paid) || paid.amount < 0n) {
    throw new DomainError(
      'INVALID_AMOUNT',
      'Principal paid must be a non-negative amount.',
      fieldOf(index, 'principalPaid'),
    );
  }
  if (due.currency !== currency || paid.currency !== currency) {
    throw new DomainError(
      'CURRENCY_MISMATCH',
      `Instalment is not in ${currency}.`,
      fieldOf(index, 'principalDue'),
    );
  }
  if (paid.amount > due.amount) {
    throw new DomainError(
      'OVERPAYMENT',
      'Instalment is already overpaid.',
      fieldOf(index, 'principalPaid'),
    );
  }
  throw new DomainError(
    'INVALID_SCHEDULE',
    'Instalment number must be a number.',
    fieldOf(index, 'number'),
  );
}

/** Cheap structural check; checkInstalment explains what is wrong when this says no. */
function isSound(inst: InstalmentBalance, currency: string): boolean {
  const due = inst.principalDue;
  const paid = inst.principalPaid;
  return (
    typeof inst.number === 'number' &&
    typeof due === 'object' &&
    due !== null &&
    typeof paid === 'object' &&
    paid !== null &&
    typeof due.amount === 'bigint' &&
    typeof paid.amount === 'bigint' &&
    due.currency === currency &&
    paid.currency === currency &&
    paid.amount >= 0n &&
    paid.amount <= due.amount
  );
}

function allocateInOrder(
  ordered: readonly InstalmentBalance[],
  amount: Money,
): { allocations: Allocation[]; left: bigint } {
  let left = amount.amount;
  const allocations: Allocation[] = [];
  for (const inst of ordered) {
    if (left === 0n) break;
    const open = inst.principalDue.amount - inst.principalPaid.amount;
    if (open === 0n) continue;
    const part = open < left ? open : left;
    allocations.push({ number: inst.number, amount: { amount: part, currency: amount.currency } });
    left -= part;
  }
  return { allocations, left };
}

function sortedByNumber(instalments: readonly InstalmentBalance[]): InstalmentBalance[] {
  const sorted = [...instalments].sort((a, b) => a.number - b.number);
  for (let i = 1; i < sorted.length; i++) {
    if ((sorted[i - 1] as InstalmentBalance).number === (sorted[i] as InstalmentBalance).number) {
      throw new DomainError('INVALID_SCHEDULE', 'Instalment numbers must be unique.', [
        'instalments',
      ]);
    }
  }
  return sorted;
}

/**
 * Splits a repayment over the instalments, oldest (lowest number) unpaid first, filling each
 * before the next; partial payments stay on the instalment they reach. Paying more than is
 * outstanding is refused rather than kept as credit (the programme takes no deposits).
 * Returns only the instalments that receive something, in payment order.
 */
export function allocateRepayment(
  instalments: readonly InstalmentBalance[],
  amount: Money,
): Allocation[] {
  if (!isMoney(amount) || amount.amount <= 0n) {
    throw new DomainError('INVALID_AMOUNT', 'Repayment must be greater than zero.', ['amount']);
  }
  const currency = amount.currency;
  // One pass validates, checks the order and allocates; out-of-order input (rare) is sorted
  // and allocated again. Kept free of closures and helper calls: it is the hot path.
  let inOrder = true;
  let left = amount.amount;
  let allocations: Allocation[] = [];
  let previousNumber = -Infinity;
  for (let i = 0; i < instalments.length; i++) {
    const inst = instalments[i] as InstalmentBalance;
    if (!isSound(inst, currency)) checkInstalment(inst, i, currency);
    if (inst.number <= previousNumber) inOrder = false;
    previousNumber = inst.number;
    if (left === 0n) continue;
    const open = inst.principalDue.amount - inst.principalPaid.amount;
    if (open === 0n) continue;
    const part = open < left ? open : left;
    allocations.push({ number: inst.number, amount: { amount: part, currency } });
    left -= part;
  }
  if (!inOrder) ({ allocations, left } = allocateInOrder(sortedByNumber(instalments), amount));
  if (left > 0n) {
    const outstanding = { amount: amount.amount - left, currency };
    throw new DomainError(
      'OVERPAYMENT',
      `Repayment of ${formatDecimal(amount)} ${currency} is more than the ${formatDecimal(outstanding)} ${currency} outstanding.`,
      ['amount'],
    );
  }
  return allocations;
}
