export type FieldProblem = 'required' | 'tooLong';

export interface SignInValues {
  username: string;
  password: string;
}

export type SignInErrors = Partial<Record<keyof SignInValues, FieldProblem>>;

// Generous limits that still stop a pasted essay from being sent to the server.
const MAX_USERNAME = 100;
const MAX_PASSWORD = 200;

export function validateSignIn({ username, password }: SignInValues): SignInErrors {
  const errors: SignInErrors = {};
  if (username.trim() === '') errors.username = 'required';
  else if (username.trim().length > MAX_USERNAME) errors.username = 'tooLong';
  if (password === '') errors.password = 'required';
  else if (password.length > MAX_PASSWORD) errors.password = 'tooLong';
  return errors;
}
