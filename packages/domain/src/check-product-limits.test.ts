import { checkProductLimits, type ProductLimits } from './check-product-limits';

const valid: ProductLimits = {
  minPrincipal: 50_000n,
  maxPrincipal: 500_000n,
  minTermMonths: 6,
  maxTermMonths: 24,
  maxGraceMonths: 3,
  roundingUnit: 100n,
};

describe('checkProductLimits', () => {
  it('accepts a product whose limits hold together', () => {
    expect(checkProductLimits(valid)).toEqual([]);
  });

  it('accepts equal bounds and a grace one month shorter than the longest term', () => {
    expect(
      checkProductLimits({
        ...valid,
        maxPrincipal: valid.minPrincipal,
        minTermMonths: 12,
        maxTermMonths: 12,
        maxGraceMonths: 11,
      }),
    ).toEqual([]);
  });

  it.each<[Partial<ProductLimits>, ReturnType<typeof checkProductLimits>]>([
    [{ minPrincipal: 0n }, [{ field: 'minPrincipal', problem: 'positive' }]],
    [{ maxPrincipal: 49_999n }, [{ field: 'maxPrincipal', problem: 'maxBelowMin' }]],
    [{ minTermMonths: 0 }, [{ field: 'minTermMonths', problem: 'months' }]],
    [
      { maxTermMonths: 5, maxGraceMonths: 0 },
      [{ field: 'maxTermMonths', problem: 'termBelowMin' }],
    ],
    [{ maxGraceMonths: 24 }, [{ field: 'maxGraceMonths', problem: 'graceTooLong' }]],
    [{ maxGraceMonths: -1 }, [{ field: 'maxGraceMonths', problem: 'months' }]],
    [{ roundingUnit: 0n }, [{ field: 'roundingUnit', problem: 'positive' }]],
  ])('refuses %p on the field to correct', (change, expected) => {
    expect(checkProductLimits({ ...valid, ...change })).toEqual(expected);
  });

  it('names every broken limit at once', () => {
    const fields = checkProductLimits({
      ...valid,
      minPrincipal: -1n,
      maxPrincipal: -2n,
      maxGraceMonths: 30,
      roundingUnit: -5n,
    }).map((v) => v.field);
    expect(fields).toEqual(['minPrincipal', 'maxPrincipal', 'maxGraceMonths', 'roundingUnit']);
  });
});
