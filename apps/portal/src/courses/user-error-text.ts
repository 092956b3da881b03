import { type UserErrorData } from './enrollment-mutations';

/** API refusal codes (apps/api/src/training) the portal explains in its own words; anything else gets a general line. */
export const EXPLAINED_CODES: readonly string[] = [
  'ALREADY_ENROLLED',
  'ENROLLMENT_CLOSED',
  'CONSENT_REQUIRED',
  'NOT_FOUND',
  'INVALID_STATE',
];

/** The message key (under `courses.`) that explains a refusal in plain words. */
export function userErrorKey(error: Pick<UserErrorData, 'code'>): string {
  return EXPLAINED_CODES.includes(error.code) ? `errors.${error.code}` : 'errors.OTHER';
}
