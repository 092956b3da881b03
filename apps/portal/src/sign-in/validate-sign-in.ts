/** Why a field was refused; the screen turns it into a message that names the field. */
export type FieldProblem = 'required' | 'invalid';

export interface SignInValues {
  phone: string;
  pin: string;
}

export interface SignInCheck {
  /** +994 followed by 9 digits, what the API expects as username; null when invalid. */
  username: string | null;
  errors: Partial<Record<keyof SignInValues, FieldProblem>>;
}

/**
 * Accepts the ways people write Azerbaijani mobile numbers (+994 50 123 45 67,
 * 994501234567, 050 123 45 67) and normalises them to +994XXXXXXXXX.
 */
export function normalisePhone(input: string): string | null {
  const compact = input.replace(/[\s\-().]/g, '');
  let digits: string;
  if (/^\+994\d{9}$/.test(compact)) digits = compact.slice(4);
  else if (/^994\d{9}$/.test(compact)) digits = compact.slice(3);
  else if (/^0\d{9}$/.test(compact)) digits = compact.slice(1);
  else return null;
  return `+994${digits}`;
}

export function validateSignIn({ phone, pin }: SignInValues): SignInCheck {
  const errors: SignInCheck['errors'] = {};
  const username = normalisePhone(phone);
  if (phone.trim() === '') errors.phone = 'required';
  else if (!username) errors.phone = 'invalid';
  if (pin === '') errors.pin = 'required';
  else if (!/^\d{6}$/.test(pin)) errors.pin = 'invalid';
  return { username, errors };
}
