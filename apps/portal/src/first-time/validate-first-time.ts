import { normalisePhone, type FieldProblem } from '../sign-in/validate-sign-in';

export interface CodeValues {
  phone: string;
  code: string;
}

export interface PinValues {
  pin: string;
  pinAgain: string;
}

type Problem = FieldProblem | 'mismatch';

/** Step 1: a phone the API will know, and the case manager's 8 digits (spaces allowed). */
export function validateCode({ phone, code }: CodeValues) {
  const errors: Partial<Record<keyof CodeValues, Problem>> = {};
  const username = normalisePhone(phone);
  const digits = code.replace(/[\s-]/g, '');
  if (phone.trim() === '') errors.phone = 'required';
  else if (!username) errors.phone = 'invalid';
  if (digits === '') errors.code = 'required';
  else if (!/^\d{8}$/.test(digits)) errors.code = 'invalid';
  return { username, code: digits, errors };
}

/** Step 2: six digits, typed the same twice. */
export function validatePin({ pin, pinAgain }: PinValues) {
  const errors: Partial<Record<keyof PinValues, Problem>> = {};
  if (pin === '') errors.pin = 'required';
  else if (!/^\d{6}$/.test(pin)) errors.pin = 'invalid';
  if (pinAgain === '') errors.pinAgain = 'required';
  else if (!errors.pin && pinAgain !== pin) errors.pinAgain = 'mismatch';
  return { errors };
}
