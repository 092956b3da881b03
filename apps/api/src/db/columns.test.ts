import { bigintTransformer } from './columns';

describe('bigintTransformer', () => {
  it('writes bigint as a decimal string and reads both driver shapes back as bigint', () => {
    expect(bigintTransformer.to(9007199254740993n)).toBe('9007199254740993');
    expect(bigintTransformer.from('9007199254740993')).toBe(9007199254740993n);
    expect(bigintTransformer.from(1250)).toBe(1250n);
    expect(bigintTransformer.from(null)).toBeNull();
    expect(bigintTransformer.to(null)).toBeNull();
  });
});
