import { DomainError, isDomainError } from './errors';

describe('DomainError', () => {
  it('carries a stable code and a copy of the field path', () => {
    const field = ['input', 'principal'];
    const error = new DomainError('OUT_OF_LIMITS', 'Too much.', field);
    field.push('mutated');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('DomainError');
    expect(error.message).toBe('Too much.');
    expect(error.code).toBe('OUT_OF_LIMITS');
    expect(error.field).toEqual(['input', 'principal']);
    expect(new DomainError('INVALID_STATE', 'No.').field).toBeUndefined();
  });

  it('isDomainError tells it apart from other errors', () => {
    expect(isDomainError(new DomainError('INVALID_STATE', 'x'))).toBe(true);
    expect(isDomainError(new Error('x'))).toBe(false);
    expect(isDomainError({ code: 'INVALID_STATE' })).toBe(false);
  });
});
