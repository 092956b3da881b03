import { normalizePhone } from '../auth/usernames';
import { type UserError, userError } from '../graphql/common.types';
import { todayIn } from '@revolve/domain';

/** Checks that need today's date or normalisation; shape and lengths are checked by the input types. */
export function validateBeneficiaryFields(
  input: {
    fullName?: string | null;
    birthYear?: number | null;
    phone?: string | null;
    injury?: { year?: number | null } | null;
    consentGivenOn?: string | null;
  },
  now: Date,
): { errors: UserError[]; phone: string | null | undefined; fullName: string | undefined } {
  const errors: UserError[] = [];
  const year = Number(todayIn('Asia/Baku', now).slice(0, 4));
  const fullName = input.fullName?.trim().replace(/\s+/g, ' ');
  if (input.fullName != null && (fullName ?? '').length < 2) {
    errors.push(
      userError('VALIDATION', 'Full name must have at least 2 letters.', ['input', 'fullName']),
    );
  }
  if (input.birthYear != null && (input.birthYear > year || input.birthYear < year - 110)) {
    errors.push(
      userError('VALIDATION', `Birth year must be between ${year - 110} and ${year}.`, [
        'input',
        'birthYear',
      ]),
    );
  }
  if (input.injury?.year != null && input.injury.year > year) {
    errors.push(
      userError('VALIDATION', 'The incident year cannot be in the future.', [
        'input',
        'injury',
        'year',
      ]),
    );
  }
  if (input.consentGivenOn != null && input.consentGivenOn > todayIn('Asia/Baku', now)) {
    errors.push(
      userError('VALIDATION', 'Consent cannot be dated in the future.', [
        'input',
        'consentGivenOn',
      ]),
    );
  }
  let phone: string | null | undefined = input.phone === null ? null : undefined;
  if (input.phone != null && input.phone.trim() !== '') {
    phone = normalizePhone(input.phone);
    if (phone === null) {
      errors.push(
        userError('VALIDATION', 'Phone number must look like +994 50 123 45 67.', [
          'input',
          'phone',
        ]),
      );
    }
  } else if (input.phone != null) {
    phone = null;
  }
  return { errors, phone, fullName };
}
