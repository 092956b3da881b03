import { validateSignIn } from './validate-sign-in';

describe('validateSignIn (staff)', () => {
  it('accepts a username and a password', () => {
    expect(validateSignIn({ username: 'leyla.cm', password: 'correct horse' })).toEqual({});
  });

  it('names each missing field; spaces alone are no username', () => {
    expect(validateSignIn({ username: '   ', password: '' })).toEqual({
      username: 'required',
      password: 'required',
    });
  });

  it('refuses absurdly long input', () => {
    expect(validateSignIn({ username: 'a'.repeat(101), password: 'b'.repeat(201) })).toEqual({
      username: 'tooLong',
      password: 'tooLong',
    });
  });
});
