import { changedFieldNames } from './record-audit-event';

// Found by the mutation fuzzer: updating a product's principal limits failed on the bigint.
describe('changedFieldNames with money (bigint) fields', () => {
  it('compares bigints by value', () => {
    expect(changedFieldNames({ max: 100n, min: 5n }, { max: 200n, min: 5n })).toEqual(['max']);
    expect(changedFieldNames({ max: 100n }, { max: 100n })).toEqual([]);
  });
});
