import { findMissingKeys } from './find-missing-keys';

describe('findMissingKeys', () => {
  it('is empty when every locale has the same keys', () => {
    expect(
      findMissingKeys({ az: { a: 'A', b: { c: 'C' } }, en: { b: { c: 'C' }, a: 'A' } }),
    ).toEqual({});
  });

  it('names the keys each locale lacks, nested keys with dots', () => {
    expect(
      findMissingKeys({
        az: { a: 'A', b: { c: 'C' } },
        ru: { a: 'A' },
        en: { b: { c: 'C', d: 'D' } },
      }),
    ).toEqual({ az: ['b.d'], ru: ['b.c', 'b.d'], en: ['a'] });
  });
});
