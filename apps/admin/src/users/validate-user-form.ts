export interface UserFormValues {
  username: string;
  displayName: string;
  role: string;
  password: string;
  organizationId: string;
  districtIds: string[];
}

export type UserFormProblem =
  'required' | 'username' | 'tooShort' | 'tooLong' | 'passwordShort' | 'districtsNeeded';

export type UserFormErrors = Partial<Record<keyof UserFormValues, UserFormProblem>>;

// The API's rule for staff usernames.
const USERNAME = /^[a-z0-9._-]{3,50}$/;

/** `creating` adds the username and the first password, which editing never changes. */
export function validateUserForm(v: UserFormValues, creating: boolean): UserFormErrors {
  const errors: UserFormErrors = {};
  if (creating) {
    if (v.username.trim() === '') errors.username = 'required';
    else if (!USERNAME.test(v.username.trim())) errors.username = 'username';
  }
  const name = v.displayName.trim();
  if (name === '') errors.displayName = 'required';
  else if (name.length < 2) errors.displayName = 'tooShort';
  else if (name.length > 200) errors.displayName = 'tooLong';
  if (!v.role) errors.role = 'required';
  if (creating) {
    const problem = validatePassword(v.password);
    if (problem) errors.password = problem;
  }
  // Only case managers are limited to districts, and they need at least one.
  if (v.role === 'CASE_MANAGER' && v.districtIds.length === 0)
    errors.districtIds = 'districtsNeeded';
  return errors;
}

export function validatePassword(password: string): UserFormProblem | undefined {
  if (password === '') return 'required';
  if (password.length < 10) return 'passwordShort';
  if (password.length > 200) return 'tooLong';
  return undefined;
}
