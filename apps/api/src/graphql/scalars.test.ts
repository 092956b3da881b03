import { DateScalar, DateTimeScalar, DecimalScalar } from './scalars';

describe('scalars', () => {
  it('Decimal accepts decimal strings only, never numbers', () => {
    expect(DecimalScalar.parseValue('1250.00')).toBe('1250.00');
    expect(DecimalScalar.parseValue('-0.5')).toBe('-0.5');
    expect(() => DecimalScalar.parseValue(1250)).toThrow('Decimal must be');
    expect(() => DecimalScalar.parseValue('1e3')).toThrow('Decimal must be');
    expect(() => DecimalScalar.parseValue('01.0')).toThrow('Decimal must be');
  });

  it('Date accepts real calendar dates only', () => {
    expect(DateScalar.parseValue('2024-02-29')).toBe('2024-02-29');
    expect(() => DateScalar.parseValue('2023-02-29')).toThrow('Date must be');
    expect(() => DateScalar.parseValue('2023-2-1')).toThrow('Date must be');
  });

  it('DateTime needs a time zone', () => {
    expect(DateTimeScalar.parseValue('2026-03-31T09:30:00.000Z')).toBe('2026-03-31T09:30:00.000Z');
    expect(() => DateTimeScalar.parseValue('2026-03-31T09:30:00')).toThrow('DateTime must be');
  });

  it('error messages never echo the value', () => {
    expect(() => DecimalScalar.parseValue('secret-value')).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('secret-value') }),
    );
  });
});
