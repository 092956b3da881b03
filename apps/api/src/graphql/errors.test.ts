import { GraphQLError } from 'graphql';
import { formatError, withoutInputValues } from './errors';

describe('withoutInputValues', () => {
  it('keeps the path and the expectation, drops the value', () => {
    const r = withoutInputValues(
      'Variable "$input" got invalid value 12345678 at "input.password"; String cannot represent a non string value: 12345678',
    );
    expect(r.field).toBe('input.password');
    expect(r.message).toContain('input.password');
    expect(r.message).not.toContain('12345678');
  });

  it('drops whole echoed objects when no path is given', () => {
    const r = withoutInputValues(
      'Variable "$input" got invalid value { username: "a", password: "hunter2-secret", x: 1 }; Field "x" is not defined by type "LoginInput".',
    );
    expect(r.message).not.toContain('hunter2-secret');
    expect(r.message).toContain('Field "x" is not defined by type "LoginInput"');
  });

  it('drops enum values and literal values', () => {
    expect(
      withoutInputValues('Value "SECRET" does not exist in "Sex" enum.').message,
    ).not.toContain('SECRET');
    expect(withoutInputValues('Int cannot represent non-integer value: "s3cret"').message).toBe(
      'Int cannot represent non-integer value.',
    );
    expect(
      withoutInputValues('Expected value of type "Int!", found "s3cret"; extra').message,
    ).not.toContain('s3cret');
  });
});

describe('formatError', () => {
  it('masks unknown failures', () => {
    const f = formatError(
      { message: 'relation "x" does not exist' },
      new Error('relation "x" does not exist'),
    );
    expect(f.message).not.toContain('relation');
    expect(f.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('names the fields of validation errors', () => {
    const error = new GraphQLError('Argument Validation Error', {
      extensions: {
        code: 'BAD_USER_INPUT',
        validationErrors: [
          {
            property: 'fullName',
            constraints: { maxLength: 'fullName must be at most 200 characters' },
          },
        ],
      },
    });
    const f = formatError({ message: error.message, extensions: error.extensions }, error);
    expect(f.message).toContain('fullName must be at most 200 characters');
    expect(f.extensions?.field).toBe('fullName');
    expect(f.extensions?.validationErrors).toBeUndefined();
  });
});
