import { isDomainError } from '../errors';
import {
  REFERRAL_STATUSES,
  type ReferralStatusName,
  allowedReferralTransitions,
  assertReferralConsent,
  assertReferralTransition,
  canChangeReferralStatus,
} from './referrals';

function codeOf(run: () => void): string | null {
  try {
    run();
    return null;
  } catch (error) {
    return isDomainError(error) ? error.code : 'NOT_A_DOMAIN_ERROR';
  }
}

describe('referral status transitions', () => {
  it('allows exactly SENT->ACCEPTED, SENT->REJECTED and ACCEPTED->DONE', () => {
    const allowed: string[] = [];
    for (const from of REFERRAL_STATUSES)
      for (const to of REFERRAL_STATUSES)
        if (canChangeReferralStatus(from, to)) allowed.push(`${from}->${to}`);
    expect(allowed.sort()).toEqual(['ACCEPTED->DONE', 'SENT->ACCEPTED', 'SENT->REJECTED']);
  });

  it('keeps REJECTED and DONE final', () => {
    expect(allowedReferralTransitions('REJECTED')).toEqual([]);
    expect(allowedReferralTransitions('DONE')).toEqual([]);
  });

  it('refuses a disallowed change with INVALID_STATE on the status field', () => {
    const refuse = (from: ReferralStatusName, to: ReferralStatusName) =>
      codeOf(() => assertReferralTransition(from, to));
    expect(refuse('SENT', 'DONE')).toBe('INVALID_STATE');
    expect(refuse('DONE', 'SENT')).toBe('INVALID_STATE');
    expect(refuse('ACCEPTED', 'ACCEPTED')).toBe('INVALID_STATE');
    expect(refuse('SENT', 'ACCEPTED')).toBeNull();
    expect(() => assertReferralTransition('ACCEPTED', 'REJECTED')).toThrow(
      expect.objectContaining({ field: ['status'], message: expect.stringContaining('DONE') }),
    );
  });
});

describe('assertReferralConsent', () => {
  const full = { dataUse: true, referrals: true, withdrawn: false };

  it('lets a referral that shares personal data through with consent to share', () => {
    expect(codeOf(() => assertReferralConsent(true, full))).toBeNull();
  });

  it('refuses with CONSENT_REQUIRED without the sharing scope, or after withdrawal', () => {
    expect(codeOf(() => assertReferralConsent(true, { ...full, referrals: false }))).toBe(
      'CONSENT_REQUIRED',
    );
    expect(codeOf(() => assertReferralConsent(true, { ...full, withdrawn: true }))).toBe(
      'CONSENT_REQUIRED',
    );
    expect(codeOf(() => assertReferralConsent(true, { ...full, dataUse: false }))).toBe(
      'CONSENT_REQUIRED',
    );
  });

  it('needs no consent when nothing personal is shared', () => {
    expect(
      codeOf(() =>
        assertReferralConsent(false, { dataUse: false, referrals: false, withdrawn: true }),
      ),
    ).toBeNull();
  });
});
