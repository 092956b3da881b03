import fc from 'fast-check';
import {
  addMoney,
  assertNonNegative,
  compareMoney,
  CURRENCIES,
  isMoney,
  isNegative,
  isPositive,
  isZero,
  negateMoney,
  assertPositive,
  maxMoney,
  minMoney,
  minorUnits,
  money,
  subtractMoney,
  sumMoney,
  type Money,
} from './money';
import { domainErrorOf } from './test-helpers';

const azn = (amount: bigint): Money => money(amount, 'AZN');
const usd = (amount: bigint): Money => money(amount, 'USD');

function codeOf(fn: () => unknown): { code: string; field?: string[] } {
  const { code, field } = domainErrorOf(fn);
  return field === undefined ? { code } : { code, field };
}

describe('money', () => {
  it('knows both currencies have 2 decimals', () => {
    expect(CURRENCIES).toEqual(['AZN', 'USD']);
    expect(minorUnits('AZN')).toBe(2);
    expect(minorUnits('USD')).toBe(2);
  });

  it.each([12.5, 1, Number.NaN, '100', null, undefined])('refuses %p as an amount', (bad) => {
    expect(codeOf(() => money(bad as unknown as bigint, 'AZN', ['principal']))).toEqual({
      code: 'INVALID_AMOUNT',
      field: ['principal'],
    });
  });

  it('refuses an unknown currency', () => {
    expect(codeOf(() => money(1n, 'EUR' as never)).code).toBe('INVALID_CURRENCY');
  });

  it('adds, subtracts and compares within one currency', () => {
    expect(addMoney(azn(150n), azn(250n))).toEqual(azn(400n));
    expect(subtractMoney(azn(150n), azn(250n))).toEqual(azn(-100n));
    expect(compareMoney(azn(1n), azn(2n))).toBe(-1);
    expect(compareMoney(azn(2n), azn(2n))).toBe(0);
    expect(compareMoney(azn(3n), azn(2n))).toBe(1);
    expect(isZero(azn(0n))).toBe(true);
    expect(isZero(azn(1n))).toBe(false);
    expect(minMoney(azn(5n), azn(3n))).toEqual(azn(3n));
    expect(maxMoney(azn(5n), azn(3n))).toEqual(azn(5n));
  });

  it('refuses mixed currencies everywhere', () => {
    expect(codeOf(() => addMoney(azn(1n), usd(1n))).code).toBe('CURRENCY_MISMATCH');
    expect(codeOf(() => subtractMoney(azn(1n), usd(1n))).code).toBe('CURRENCY_MISMATCH');
    expect(codeOf(() => compareMoney(azn(1n), usd(1n))).code).toBe('CURRENCY_MISMATCH');
    expect(codeOf(() => minMoney(azn(1n), usd(1n))).code).toBe('CURRENCY_MISMATCH');
    expect(codeOf(() => sumMoney([azn(1n), usd(1n)], 'AZN')).code).toBe('CURRENCY_MISMATCH');
  });

  it('sums an empty list to zero in the given currency', () => {
    expect(sumMoney([], 'USD')).toEqual(usd(0n));
    expect(sumMoney([azn(100n), azn(-30n), azn(5n)], 'AZN')).toEqual(azn(75n));
  });

  it('recognises Money at runtime and keeps the sign helpers exact', () => {
    expect(isMoney(azn(1n))).toBe(true);
    expect(isMoney({ amount: 1, currency: 'AZN' })).toBe(false);
    expect(isMoney(null)).toBe(false);
    expect(negateMoney(azn(5n))).toEqual(azn(-5n));
    expect([isPositive(azn(1n)), isNegative(azn(-1n)), isPositive(azn(0n))]).toEqual([
      true,
      true,
      false,
    ]);
    expect(codeOf(() => assertPositive(azn(0n), ['amount']))).toEqual({
      code: 'INVALID_AMOUNT',
      field: ['amount'],
    });
  });

  it('assertNonNegative names the field', () => {
    expect(assertNonNegative(azn(0n), ['x'])).toEqual(azn(0n));
    expect(codeOf(() => assertNonNegative(azn(-1n), ['amount']))).toEqual({
      code: 'NEGATIVE_AMOUNT',
      field: ['amount'],
    });
  });

  it('addition is exact, commutative and undone by subtraction', () => {
    fc.assert(
      fc.property(fc.bigInt(), fc.bigInt(), (a, b) => {
        expect(addMoney(azn(a), azn(b))).toEqual(addMoney(azn(b), azn(a)));
        expect(subtractMoney(addMoney(azn(a), azn(b)), azn(b))).toEqual(azn(a));
        expect(sumMoney([azn(a), azn(b)], 'AZN').amount).toBe(a + b);
      }),
    );
  });
});
