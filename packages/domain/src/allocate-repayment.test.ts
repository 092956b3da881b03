import fc from 'fast-check';
import { allocateRepayment, type InstalmentBalance } from './allocate-repayment';
import { money } from './money';
import { domainErrorOf } from './test-helpers';

const inst = (number: number, due: bigint, paid = 0n): InstalmentBalance => ({
  number,
  principalDue: money(due, 'AZN'),
  principalPaid: money(paid, 'AZN'),
});

const schedule = [
  inst(1, 10000n, 10000n),
  inst(2, 10000n, 2500n),
  inst(3, 10000n),
  inst(4, 12000n),
];

describe('allocateRepayment', () => {
  it('fills the oldest unpaid instalment first, then the next, leaving a partial', () => {
    expect(allocateRepayment(schedule, money(12500n, 'AZN'))).toEqual([
      { number: 2, amount: money(7500n, 'AZN') },
      { number: 3, amount: money(5000n, 'AZN') },
    ]);
  });

  it('takes a small partial payment on the oldest unpaid one only', () => {
    expect(allocateRepayment(schedule, money(1n, 'AZN'))).toEqual([
      { number: 2, amount: money(1n, 'AZN') },
    ]);
  });

  it('accepts exactly the outstanding amount', () => {
    const allocations = allocateRepayment(schedule, money(29500n, 'AZN'));
    expect(allocations.map((a) => [a.number, a.amount.amount])).toEqual([
      [2, 7500n],
      [3, 10000n],
      [4, 12000n],
    ]);
  });

  it('orders by instalment number whatever order they come in', () => {
    const shuffled = [schedule[3], schedule[0], schedule[2], schedule[1]] as InstalmentBalance[];
    expect(allocateRepayment(shuffled, money(12500n, 'AZN'))).toEqual(
      allocateRepayment(schedule, money(12500n, 'AZN')),
    );
  });

  it('refuses more than is outstanding, naming amount', () => {
    const error = domainErrorOf(() => allocateRepayment(schedule, money(29501n, 'AZN')));
    expect(error.code).toBe('OVERPAYMENT');
    expect(error.field).toEqual(['amount']);
    expect(error.message).toContain('295.00');
  });

  it.each([0n, -100n])('refuses a repayment of %p', (amount) => {
    const error = domainErrorOf(() => allocateRepayment(schedule, money(amount, 'AZN')));
    expect(error.code).toBe('INVALID_AMOUNT');
    expect(error.field).toEqual(['amount']);
  });

  it('refuses a float amount, a currency mismatch and bad instalment data', () => {
    expect(
      domainErrorOf(() => allocateRepayment(schedule, { amount: 1, currency: 'AZN' } as never))
        .code,
    ).toBe('INVALID_AMOUNT');
    expect(domainErrorOf(() => allocateRepayment(schedule, money(100n, 'USD'))).code).toBe(
      'CURRENCY_MISMATCH',
    );
    expect(
      domainErrorOf(() => allocateRepayment([inst(1, 100n, 200n)], money(1n, 'AZN'))).field,
    ).toEqual(['instalments', '0', 'principalPaid']);
    expect(
      domainErrorOf(() => allocateRepayment([inst(2, 100n), inst(2, 100n)], money(1n, 'AZN'))).code,
    ).toBe('INVALID_SCHEDULE');
  });

  it('names the instalment field at fault', () => {
    const noNumber = { ...inst(1, 100n), number: '1' as unknown as number };
    expect(domainErrorOf(() => allocateRepayment([noNumber], money(1n, 'AZN'))).field).toEqual([
      'instalments',
      '0',
      'number',
    ]);
    const floatDue = { ...inst(1, 100n), principalDue: { amount: 1, currency: 'AZN' } as never };
    expect(domainErrorOf(() => allocateRepayment([floatDue], money(1n, 'AZN'))).field).toEqual([
      'instalments',
      '0',
      'principalDue',
    ]);
  });

  it('refuses any payment on a fully paid loan', () => {
    expect(
      domainErrorOf(() => allocateRepayment([inst(1, 100n, 100n)], money(1n, 'AZN'))).code,
    ).toBe('OVERPAYMENT');
  });
});

describe('allocateRepayment: invariants', () => {
  const instalments = fc
    .array(
      fc.tuple(fc.bigInt({ min: 0n, max: 1_000_000n }), fc.double({ min: 0, max: 1, noNaN: true })),
      { minLength: 1, maxLength: 40 },
    )
    .map((rows) =>
      rows.map(([due, paidShare], index) =>
        inst(index + 1, due, BigInt(Math.floor(Number(due) * paidShare))),
      ),
    );

  it('sums to the amount, overpays nothing, and fills strictly in order', () => {
    fc.assert(
      fc.property(instalments, fc.double({ min: 0, max: 1, noNaN: true }), (list, share) => {
        const outstanding = list.reduce(
          (total, i) => total + i.principalDue.amount - i.principalPaid.amount,
          0n,
        );
        fc.pre(outstanding > 0n);
        const amount = 1n + BigInt(Math.floor(Number(outstanding - 1n) * share));
        const allocations = allocateRepayment(list, money(amount, 'AZN'));
        expect(allocations.reduce((t, a) => t + a.amount.amount, 0n)).toBe(amount);
        const byNumber = new Map(allocations.map((a) => [a.number, a.amount.amount]));
        let reachedPartial = false;
        for (const i of list) {
          const open = i.principalDue.amount - i.principalPaid.amount;
          const given = byNumber.get(i.number) ?? 0n;
          expect(given).toBeGreaterThanOrEqual(0n);
          expect(given).toBeLessThanOrEqual(open);
          // Once an instalment is left with something open, no later one receives anything.
          if (reachedPartial) expect(given).toBe(0n);
          if (given < open) reachedPartial = true;
        }
        const numbers = allocations.map((a) => a.number);
        expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
        expect(allocations.every((a) => a.amount.amount > 0n)).toBe(true);
      }),
    );
  });

  it('refuses every amount above the outstanding total', () => {
    fc.assert(
      fc.property(instalments, fc.bigInt({ min: 1n, max: 10n ** 9n }), (list, extra) => {
        const outstanding = list.reduce(
          (total, i) => total + i.principalDue.amount - i.principalPaid.amount,
          0n,
        );
        expect(
          domainErrorOf(() => allocateRepayment(list, money(outstanding + extra, 'AZN'))).code,
        ).toBe('OVERPAYMENT');
      }),
    );
  });
});
