import fc from 'fast-check';
import { money, sumMoney } from './money';
import { splitMoney } from './split-money';
import { domainErrorOf } from './test-helpers';

describe('splitMoney', () => {
  it('rounds each part down to whole manat and puts the rest in the last', () => {
    const parts = splitMoney(money(100000n, 'AZN'), 12);
    expect(parts.slice(0, 11).every((p) => p.amount === 8300n)).toBe(true);
    expect(parts[11]).toEqual(money(8700n, 'AZN'));
  });

  it('honours another unit', () => {
    expect(splitMoney(money(1000n, 'USD'), 3, 1n).map((p) => p.amount)).toEqual([333n, 333n, 334n]);
  });

  it('refuses bad input naming the parameter', () => {
    expect(domainErrorOf(() => splitMoney(money(-1n, 'AZN'), 2)).field).toEqual(['total']);
    expect(domainErrorOf(() => splitMoney(money(1n, 'AZN'), 0)).field).toEqual(['parts']);
    expect(domainErrorOf(() => splitMoney(money(1n, 'AZN'), 1.5)).field).toEqual(['parts']);
    expect(domainErrorOf(() => splitMoney(money(1n, 'AZN'), 2, 0n)).field).toEqual(['unit']);
  });

  it('parts sum to the total, all but the last equal and multiples of the unit', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 15n }),
        fc.integer({ min: 1, max: 60 }),
        fc.bigInt({ min: 1n, max: 10_000n }),
        (amount, count, unit) => {
          const parts = splitMoney(money(amount, 'AZN'), count, unit);
          expect(parts).toHaveLength(count);
          expect(sumMoney(parts, 'AZN').amount).toBe(amount);
          const first = parts[0]?.amount ?? 0n;
          for (const part of parts.slice(0, -1)) {
            expect(part.amount).toBe(first);
            expect(part.amount % unit).toBe(0n);
          }
          expect(first * BigInt(count)).toBeLessThanOrEqual(amount);
        },
      ),
    );
  });
});
