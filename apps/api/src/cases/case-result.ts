import { userError, type UserError } from '../graphql/common.types';
import { type CaseNoteEntity } from './case-note.entity';
import { type ReferralEntity } from './referral.entity';

export interface CaseNoteResult {
  caseNote: CaseNoteEntity | null;
  userErrors: UserError[];
}

export interface ReferralResult {
  referral: ReferralEntity | null;
  userErrors: UserError[];
}

export const noteRefused = (code: string, message: string, field?: string): CaseNoteResult => ({
  caseNote: null,
  userErrors: [userError(code, message, field ? ['input', field] : undefined)],
});

export const referralRefused = (code: string, message: string, field?: string): ReferralResult => ({
  referral: null,
  userErrors: [userError(code, message, field ? ['input', field] : undefined)],
});
