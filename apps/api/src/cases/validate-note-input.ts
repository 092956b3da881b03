import { todayIn, validateCaseNote } from '@revolve/domain';
import { userError, type UserError } from '../graphql/common.types';

/** The domain's field problems as userErrors at ["input", field], all at once. */
export function noteInputErrors(
  input: { date: string; text: string; followUpOn?: string | null },
  now: Date,
): UserError[] {
  return validateCaseNote(input, todayIn('Asia/Baku', now)).map((p) =>
    userError('VALIDATION', p.message, ['input', p.field]),
  );
}
