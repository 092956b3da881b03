import { normalisePhone, validateSignIn } from './validate-sign-in';

describe('normalisePhone', () => {
  it.each([
    ['+994501234567', '+994501234567'],
    ['+994 50 123 45 67', '+994501234567'],
    ['994-50-123-45-67', '+994501234567'],
    ['050 123 45 67', '+994501234567'],
    ['(050) 123-45-67', '+994501234567'],
  ])('reads %p as %p', (input, expected) => {
    expect(normalisePhone(input)).toBe(expected);
  });

  it.each(['', '+99450123456', '+9945012345678', '+7 900 123 45 67', '50 123 45 67', 'abc'])(
    'refuses %p',
    (input) => {
      expect(normalisePhone(input)).toBeNull();
    },
  );
});

describe('validateSignIn', () => {
  it('accepts a phone and a 6-digit PIN', () => {
    expect(validateSignIn({ phone: '+994 50 123 45 67', pin: '123456' })).toEqual({
      username: '+994501234567',
      errors: {},
    });
  });

  it('says which field is missing', () => {
    expect(validateSignIn({ phone: '  ', pin: '' }).errors).toEqual({
      phone: 'required',
      pin: 'required',
    });
  });

  it.each(['12345', '1234567', '12a456', '12 456'])('refuses the PIN %p', (pin) => {
    expect(validateSignIn({ phone: '+994501234567', pin }).errors).toEqual({ pin: 'invalid' });
  });

  it('refuses a phone outside Azerbaijan', () => {
    expect(validateSignIn({ phone: '+7 900 123 45 67', pin: '123456' }).errors).toEqual({
      phone: 'invalid',
    });
  });
});
