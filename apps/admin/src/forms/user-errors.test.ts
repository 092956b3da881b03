import { fieldPath, splitUserErrors } from './user-errors';

const err = (field: string[] | null, message = 'bad') => ({ field, message, code: 'VALIDATION' });

describe('userErrors onto fields', () => {
  it('drops the leading "input" and joins nested paths', () => {
    expect(fieldPath(err(['input', 'injury', 'year']))).toBe('injury.year');
    expect(fieldPath(err(['input']))).toBeNull();
    expect(fieldPath(err(null))).toBeNull();
  });

  it('puts known fields on the field (several messages joined) and the rest in general', () => {
    const { byField, general } = splitUserErrors(
      [err(['input', 'phone'], 'Phone wrong'), err(['input', 'phone'], 'second'), err(null, 'x')],
      (p) => p === 'phone',
    );
    expect(byField).toEqual({ phone: 'Phone wrong second' });
    expect(general.map((e) => e.message)).toEqual(['x']);
  });

  it('keeps errors on fields the form does not show as general ones', () => {
    const { byField, general } = splitUserErrors([err(['input', 'nationalId'])], () => false);
    expect(byField).toEqual({});
    expect(general).toHaveLength(1);
  });
});
