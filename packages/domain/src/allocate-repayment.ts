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

function checkInstalment(inst: InstalmentBalance, index: number, currency: string): void {
  const field = (name: string): string[] => ['instalments', String(index), name];
  if (!isMoney(inst.principalDue) || inst.principalDue.amount < 0n) {
    throw new DomainError(
      'INVALID_AMOUNT',
      'Principal due must be a non-negative amount.',
      field('principalDue'),
    );
  }
  if (!isMoney(inst.principalPaid) || inst.principalPaid.amount < 0n) {
    throw new DomainError(
      'INVALID_AMOUNT',
      'Principal paid must be a non-negative amount.',
      field('principalPaid'),
    );
  }
  if (inst.principalDue.currency !== currency || inst.principalPaid.currency !== currency) {
    throw new DomainError(
      'CURRENCY_MISMATCH',
      `Instalment is not in ${currency}.`,
      field('principalDue'),
    );
  }
  if (inst.principalPaid.amount > inst.principalDue.amount) {
    throw new DomainError('OVERPAYMENT', 'Instalment is already overpaid.', field('principalPaid'));
  }
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
  let inOrder = true;
  for (let i = 0; i < instalments.length; i++) {
    const inst = instalments[i] as InstalmentBalance;
    checkInstalment(inst, i, currency);
    const previous = instalments[i - 1];
    if (previous !== undefined && previous.number >= inst.number) inOrder = false;
  }
  const ordered = inOrder ? instalments : sortedByNumber(instalments);
  let left = amount.amount;
  const allocations: Allocation[] = [];
  for (const inst of ordered) {
    if (left === 0n) break;
    const open = inst.principalDue.amount - inst.principalPaid.amount;
    if (open === 0n) continue;
    const part = open < left ? open : left;
    allocations.push({ number: inst.number, amount: { amount: part, currency } });
    left -= part;
  }
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
