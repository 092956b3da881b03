import { type UserFormValues, validatePassword, validateUserForm } from './validate-user-form';

const valid: UserFormValues = {
  username: 'leyla.cm',
  displayName: 'Leyla Həsənova',
  role: 'CASE_MANAGER',
  password: 'long enough pw',
  organizationId: '',
  districtIds: ['d1'],
};

describe('validateUserForm', () => {
  it('accepts a complete new case manager', () => {
    expect(validateUserForm(valid, true)).toEqual({});
  });

  it('names every missing field of a new account', () => {
    expect(
      validateUserForm({ ...valid, username: '', displayName: ' ', role: '', password: '' }, true),
    ).toEqual({
      username: 'required',
      displayName: 'required',
      role: 'required',
      password: 'required',
    });
  });

  it('follows the API username rule and wants 10-character passwords', () => {
    expect(validateUserForm({ ...valid, username: 'Leyla CM', password: 'short' }, true)).toEqual({
      username: 'username',
      password: 'passwordShort',
    });
  });

  it('wants districts for a case manager only', () => {
    expect(validateUserForm({ ...valid, districtIds: [] }, true)).toEqual({
      districtIds: 'districtsNeeded',
    });
    expect(validateUserForm({ ...valid, role: 'APPROVER', districtIds: [] }, true)).toEqual({});
  });

  it('does not ask for username or password when editing', () => {
    expect(validateUserForm({ ...valid, username: '', password: '' }, false)).toEqual({});
  });

  it('checks a new password on its own', () => {
    expect(validatePassword('0123456789')).toBeUndefined();
    expect(validatePassword('x'.repeat(201))).toBe('tooLong');
  });
});
