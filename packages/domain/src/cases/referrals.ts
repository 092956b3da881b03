import { DomainError } from '../errors';

export const REFERRAL_SERVICES = [
  'MEDICAL',
  'PROSTHETICS',
  'PSYCHOSOCIAL',
  'LEGAL',
  'EMPLOYMENT',
  'OTHER',
] as const;
export type ReferralServiceName = (typeof REFERRAL_SERVICES)[number];

export const REFERRAL_STATUSES = ['SENT', 'ACCEPTED', 'REJECTED', 'DONE'] as const;
export type ReferralStatusName = (typeof REFERRAL_STATUSES)[number];

/**
 * The provider answers a SENT referral (ACCEPTED or REJECTED); an accepted one ends DONE.
 * REJECTED and DONE are final: a new attempt is a new referral, so the history stays readable.
 */
const NEXT: Record<ReferralStatusName, readonly ReferralStatusName[]> = {
  SENT: ['ACCEPTED', 'REJECTED'],
  ACCEPTED: ['DONE'],
  REJECTED: [],
  DONE: [],
};

export function allowedReferralTransitions(
  from: ReferralStatusName,
): readonly ReferralStatusName[] {
  return NEXT[from];
}

export function canChangeReferralStatus(from: ReferralStatusName, to: ReferralStatusName): boolean {
  return NEXT[from].includes(to);
}

/** Throws INVALID_STATE naming the allowed next statuses. */
export function assertReferralTransition(from: ReferralStatusName, to: ReferralStatusName): void {
  if (canChangeReferralStatus(from, to)) return;
  const allowed = NEXT[from];
  throw new DomainError(
    'INVALID_STATE',
    allowed.length === 0
      ? `A ${from} referral is final.`
      : `A ${from} referral can only become ${allowed.join(' or ')}.`,
    ['status'],
  );
}

/** What a referral needs to know about the survivor's consent. */
export interface ReferralConsent {
  /** Consent to the programme keeping and using the data. */
  dataUse: boolean;
  /** Scope: share personal data with the services the survivor is referred to. */
  referrals: boolean;
  withdrawn: boolean;
}

/**
 * A referral that passes personal data to an outside provider needs the survivor's active
 * consent to that sharing; one that shares nothing (an anonymous enquiry, a leaflet) does not.
 */
export function assertReferralConsent(sharesPersonalData: boolean, consent: ReferralConsent): void {
  if (!sharesPersonalData) return;
  if (consent.withdrawn || !consent.dataUse || !consent.referrals) {
    throw new DomainError(
      'CONSENT_REQUIRED',
      'The survivor has not agreed to share personal data with service providers.',
      ['sharesPersonalData'],
    );
  }
}
