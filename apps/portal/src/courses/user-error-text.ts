import { type UserErrorData } from './enrollment-mutations';

/** API refusal codes the portal explains in its own words; anything else gets a general line. */
export const EXPLAINED_CODES: readonly string[] = [
  'ALREADY_ENROLLED',
  'SESSION_STARTED',
  'NOT_FOUND',
  'INVALID_STATE',
  'FORBIDDEN',
];

/** The message key (under `courses.`) that explains a refusal in plain words. */
export function userErrorKey(error: Pick<UserErrorData, 'code'>): string {
  return EXPLAINED_CODES.includes(error.code) ? `errors.${error.code}` : 'errors.OTHER';
}
