import {
  CASE_NOTE_KINDS,
  REFERRAL_SERVICES,
  type CaseNoteKindName,
  type ReferralServiceName,
  type ReferralStatusName,
} from '@revolve/domain';

/** A demo case note, dated relative to the seed's "today" (negative: days ago). */
export interface DemoCaseNote {
  survivor: string;
  kind: CaseNoteKindName;
  dayOffset: number;
  text: string;
  followUpOffset: number | null;
  followUpDone: boolean;
}

export interface DemoReferral {
  survivor: string;
  service: ReferralServiceName;
  provider: string;
  reason: string;
  dayOffset: number;
  sharesPersonalData: boolean;
  /** The statuses it passes through after SENT, with the outcome recorded at the last. */
  path: ReferralStatusName[];
  outcome: string | null;
}

const TEXTS: Record<CaseNoteKindName, string[]> = {
  COUNSELLING: [
    'Talked through worries about repaying on time; agreed a weekly savings habit.',
    'Discussed family tension since the injury; offered a session with the spouse.',
  ],
  HOME_VISIT: [
    'Visited the workshop: tools in good order, the roof needs repair before winter.',
    'Home visit: the greenhouse is planted; the survivor manages the watering with help from a son.',
  ],
  PHONE_CALL: [
    'Phone call: the survivor asked when the next course starts; gave the dates.',
    'Called to remind about the instalment due next week; no difficulties reported.',
  ],
  SOCIAL_INTERMEDIATION: [
    'Went with the survivor to the municipality about the disability allowance papers.',
    'Introduced the survivor to a buyer at the district market for regular milk sales.',
  ],
  BUSINESS_ADVICE: [
    'Reviewed the sales book: margins on honey are good; advised keeping receipts for feed.',
    'Advised on pricing the repairs so that spare parts are covered; wrote a price list together.',
  ],
};

const PROVIDERS: Record<ReferralServiceName, string> = {
  MEDICAL: 'District central hospital, outpatient department',
  PROSTHETICS: 'State prosthetic and orthopaedic centre, Baku',
  PSYCHOSOCIAL: 'Psychosocial support service (Ciraq)',
  LEGAL: 'Legal aid clinic for persons with disabilities',
  EMPLOYMENT: 'District employment centre',
  OTHER: 'Social protection office (allowances)',
};

const REASONS: Record<ReferralServiceName, string> = {
  MEDICAL: 'Recurring pain at the amputation site; needs a check-up.',
  PROSTHETICS: 'The prosthesis no longer fits; a new socket is needed.',
  PSYCHOSOCIAL: 'Sleep problems and anxiety since a relative’s accident.',
  LEGAL: 'Disability status papers were refused; needs advice on the appeal.',
  EMPLOYMENT: 'The eldest daughter looks for vocational training.',
  OTHER: 'Eligibility for the disability allowance has not been checked.',
};

const OUTCOMES: Partial<Record<ReferralStatusName, string>> = {
  DONE: 'Seen by the provider; the matter is settled.',
  REJECTED: 'The provider has no place this year; look for another.',
};

/**
 * Deterministic demo cases for the given survivors (in the demo's order): one to three notes
 * each, of every kind; every fifth with an overdue follow-up, others due today, upcoming or done;
 * a referral for every third, in every status. Sharing personal data only with consent.
 */
export function demoCases(survivors: { code: string; consentReferrals: boolean }[]): {
  notes: DemoCaseNote[];
  referrals: DemoReferral[];
} {
  const notes: DemoCaseNote[] = [];
  const referrals: DemoReferral[] = [];
  survivors.forEach((s, i) => {
    const count = 1 + (i % 3);
    for (let j = 0; j < count; j++) {
      const kind = CASE_NOTE_KINDS[(i + j) % CASE_NOTE_KINDS.length]!;
      const dayOffset = -(5 + ((i * 7 + j * 11) % 50));
      // Only the newest note of a survivor carries the follow-up.
      const plan = j === 0 ? i % 5 : 4;
      const followUpOffset = [-(1 + (i % 4)), 0, 7 + (i % 10), dayOffset + 3, null][plan]!;
      notes.push({
        survivor: s.code,
        kind,
        dayOffset,
        text: TEXTS[kind][(i + j) % 2]!,
        followUpOffset,
        followUpDone: plan === 3,
      });
    }
    if (i % 3 === 0) {
      const service = REFERRAL_SERVICES[(i / 3) % REFERRAL_SERVICES.length]!;
      const path: ReferralStatusName[][] = [[], ['ACCEPTED'], ['ACCEPTED', 'DONE'], ['REJECTED']];
      const chosen = path[(i / 3) % 4]!;
      const last = chosen[chosen.length - 1];
      referrals.push({
        survivor: s.code,
        service,
        provider: PROVIDERS[service],
        reason: REASONS[service],
        dayOffset: -(3 + (i % 40)),
        sharesPersonalData: s.consentReferrals,
        path: chosen,
        outcome: last ? (OUTCOMES[last] ?? null) : null,
      });
    }
  });
  return { notes, referrals };
}
